package cn.diaodu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.diaodu.common.InputText;
import cn.diaodu.common.Messages;

/**
 * The project form as typed: text, so that a refused value is shown back as it was entered. The funding plan is one
 * row per {@link FundingSource}, in the enum's order; a row with no planned amount is left out.
 */
public class ProjectForm {
    private static final int SOURCES = FundingSource.values().length;
    private static final String NOT_NUMBER = "project.error.enter-number";
    private static final Pattern FUNDING_FIELD = Pattern.compile("funding\\[(\\d+)]\\.(planned|inPlace|source)");

    public String code = "";
    public String name = "";
    public String year = "";
    public String category = "";
    public String level = "";
    public String regionCode = "";
    public String leadUnitId = "";
    public String leaderId = "";
    public String totalInvestment = "";
    public String annualPlan = "";
    public String plannedStart = "";
    public String actualStart = "";
    public String plannedCompletion = "";
    public List<String> monthlyPlan = new ArrayList<>(Arrays.asList(new String[12]));
    public String version = "";
    public String ownerName = "";
    public String contactName = "";
    public String contactPhone = "";
    public List<String> cooperatingUnitIds = new ArrayList<>();
    public String content = "";
    public String actualCompletion = "";
    public String completedBefore = "";
    public List<String> fundingPlanned = new ArrayList<>(Arrays.asList(new String[SOURCES]));
    public List<String> fundingInPlace = new ArrayList<>(Arrays.asList(new String[SOURCES]));
    private transient List<Integer> fundingRows = new ArrayList<>();

    // setters and getters for data binding and the template
    public void setCode(String v) { code = v; }
    public void setName(String v) { name = v; }
    public void setYear(String v) { year = v; }
    public void setCategory(String v) { category = v; }
    public void setLevel(String v) { level = v; }
    public void setRegionCode(String v) { regionCode = v; }
    public void setLeadUnitId(String v) { leadUnitId = v; }
    public void setLeaderId(String v) { leaderId = v; }
    public void setTotalInvestment(String v) { totalInvestment = v; }
    public void setAnnualPlan(String v) { annualPlan = v; }
    public void setPlannedStart(String v) { plannedStart = v; }
    public void setActualStart(String v) { actualStart = v; }
    public void setPlannedCompletion(String v) { plannedCompletion = v; }
    public void setMonthlyPlan(List<String> v) { monthlyPlan = v; }
    public void setVersion(String v) { version = v; }
    public void setOwnerName(String v) { ownerName = v; }
    public void setContactName(String v) { contactName = v; }
    public void setContactPhone(String v) { contactPhone = v; }
    public void setCooperatingUnitIds(List<String> v) { cooperatingUnitIds = v == null ? new ArrayList<>() : v; }
    public void setContent(String v) { content = v; }
    public void setActualCompletion(String v) { actualCompletion = v; }
    public void setCompletedBefore(String v) { completedBefore = v; }
    public void setFundingPlanned(List<String> v) { fundingPlanned = v; }
    public void setFundingInPlace(List<String> v) { fundingInPlace = v; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public String getYear() { return year; }
    public String getCategory() { return category; }
    public String getLevel() { return level; }
    public String getRegionCode() { return regionCode; }
    public String getLeadUnitId() { return leadUnitId; }
    public String getLeaderId() { return leaderId; }
    public String getTotalInvestment() { return totalInvestment; }
    public String getAnnualPlan() { return annualPlan; }
    public String getPlannedStart() { return plannedStart; }
    public String getActualStart() { return actualStart; }
    public String getPlannedCompletion() { return plannedCompletion; }
    public List<String> getMonthlyPlan() { return monthlyPlan; }
    public String getVersion() { return version; }
    public String getOwnerName() { return ownerName; }
    public String getContactName() { return contactName; }
    public String getContactPhone() { return contactPhone; }
    public List<String> getCooperatingUnitIds() { return cooperatingUnitIds; }
    public String getContent() { return content; }
    public String getActualCompletion() { return actualCompletion; }
    public String getCompletedBefore() { return completedBefore; }
    public List<String> getFundingPlanned() { return fundingPlanned; }
    public List<String> getFundingInPlace() { return fundingInPlace; }

    /** The typed value of a funding row, or "" (the lists may come back shorter than the sources). */
    public String planned(int i) { return at(fundingPlanned, i); }
    public String inPlace(int i) { return at(fundingInPlace, i); }

    public boolean cooperates(Object unitId) {
        return cooperatingUnitIds.contains(String.valueOf(unitId));
    }

    static ProjectForm of(Project p) {
        ProjectForm f = new ProjectForm();
        f.code = p.code();
        f.name = p.name();
        f.year = String.valueOf(p.year());
        f.category = p.category().name();
        f.level = p.level().name();
        f.regionCode = p.regionCode();
        f.leadUnitId = String.valueOf(p.leadUnitId());
        f.leaderId = text(p.leaderId());
        f.totalInvestment = p.totalInvestment().toPlainString();
        f.annualPlan = p.annualPlan().toPlainString();
        f.plannedStart = text(p.plannedStart());
        f.actualStart = text(p.actualStart());
        f.plannedCompletion = text(p.plannedCompletion());
        if (p.monthlyPlan() != null) {
            f.monthlyPlan = new ArrayList<>(p.monthlyPlan().stream().map(BigDecimal::toPlainString).toList());
        }
        f.version = String.valueOf(p.version());
        f.ownerName = text(p.ownerName());
        f.contactName = p.contact() == null ? "" : text(p.contact().name());
        f.contactPhone = p.contact() == null ? "" : text(p.contact().phone());
        f.cooperatingUnitIds = new ArrayList<>(p.cooperatingUnitIds().stream().map(String::valueOf).toList());
        f.content = text(p.content());
        f.actualCompletion = text(p.actualCompletion());
        f.completedBefore = p.completedBefore() == null ? "" : p.completedBefore().toPlainString();
        f.continuedFrom = p.continuedFrom();
        for (FundingLine line : p.funding()) {
            int i = FundingSource.valueOf(line.source()).ordinal();
            f.fundingPlanned.set(i, line.planned().toPlainString());
            f.fundingInPlace.set(i, line.inPlace() == null ? "" : line.inPlace().toPlainString());
        }
        return f;
    }

    /** Kept from the project being edited: the form does not change which project it continues. */
    Long continuedFrom;

    /** Text to a ProjectInput; what does not parse is named in {@code errors}. */
    ProjectInput toInput(Map<String, String> errors) {
        List<BigDecimal> plan = null;
        if (monthlyPlan != null && monthlyPlan.stream().anyMatch(v -> v != null && !v.isBlank())) {
            plan = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                String v = at(monthlyPlan, m);
                plan.add(v.isBlank() ? BigDecimal.ZERO : decimal(v, "monthlyPlan[" + m + "]", errors));
            }
        }
        List<FundingLine> funding = new ArrayList<>();
        fundingRows = new ArrayList<>();
        for (int i = 0; i < SOURCES; i++) {
            if (!planned(i).isBlank() || !inPlace(i).isBlank()) {
                fundingRows.add(i);
                funding.add(new FundingLine(FundingSource.values()[i].name(),
                        decimal(planned(i), "fundingPlanned[" + i + "]", errors),
                        decimal(inPlace(i), "fundingInPlace[" + i + "]", errors)));
            }
        }
        List<Long> cooperating = new ArrayList<>();
        for (String id : cooperatingUnitIds) {
            Long v = longOrNull(id, "cooperatingUnitIds", errors);
            if (v != null) {
                cooperating.add(v);
            }
        }
        ProjectContact contact = contactName.isBlank() && contactPhone.isBlank() ? null
                : new ProjectContact(contactName, contactPhone);
        return new ProjectInput(code, name, integer(year, "year", errors), category, level, regionCode,
                longOrNull(leadUnitId, "leadUnitId", errors), longOrNull(leaderId, "leaderId", errors),
                decimal(totalInvestment, "totalInvestment", errors), decimal(annualPlan, "annualPlan", errors),
                date(plannedStart, "plannedStart", errors), date(actualStart, "actualStart", errors),
                date(plannedCompletion, "plannedCompletion", errors), plan, integer(version, "version", errors),
                ownerName, contact, cooperating, content, date(actualCompletion, "actualCompletion", errors),
                decimal(completedBefore, "completedBefore", errors), continuedFrom, funding);
    }

    /** The form's field for a field the service named: funding[k] is the k-th row sent, contact.x is contactX. */
    String formField(String apiField) {
        Matcher m = FUNDING_FIELD.matcher(apiField);
        if (m.matches()) {
            int k = Integer.parseInt(m.group(1));
            int row = k < fundingRows.size() ? fundingRows.get(k) : 0;
            return (m.group(2).equals("inPlace") ? "fundingInPlace[" : "fundingPlanned[") + row + "]";
        }
        if (apiField.startsWith("cooperatingUnitIds")) {
            return "cooperatingUnitIds";
        }
        return switch (apiField) {
            case "contact.name" -> "contactName";
            case "contact.phone" -> "contactPhone";
            default -> apiField;
        };
    }

    private static String at(List<String> list, int i) {
        String v = list != null && i < list.size() ? list.get(i) : null;
        return v == null ? "" : v;
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    static BigDecimal decimal(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text(NOT_NUMBER, List.of()));
            return null;
        }
    }

    private static Integer integer(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text(NOT_NUMBER, List.of()));
            return null;
        }
    }

    private static Long longOrNull(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text(NOT_NUMBER, List.of()));
            return null;
        }
    }

    private static LocalDate date(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.trim());
            if (!InputText.inRange(d)) {
                errors.put(field, InputText.DATE_MESSAGE);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.text("project.error.date-must-yyyy-mm-dd-2", List.of()));
            return null;
        }
    }
}
