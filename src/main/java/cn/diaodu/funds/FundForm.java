package cn.diaodu.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

import cn.diaodu.common.InputText;

/**
 * The new/edit form of a fund application, as typed (every field text, so that a refused value is shown again as it
 * was typed); {@link #input} converts it, rejecting in {@code BindingResult} what is not a number or a date.
 */
public class FundForm {
    private String name;
    private String year;
    private String programme;
    private String totalInvestment;
    private String requested;
    private String responsibleUnitId;
    private String projectId;
    private String date;
    private String version;

    static FundForm of(FundApplication a) {
        FundForm f = new FundForm();
        f.name = a.name();
        f.year = String.valueOf(a.year());
        f.programme = a.programme().name();
        f.totalInvestment = a.totalInvestment().toPlainString();
        f.requested = a.requested().toPlainString();
        f.responsibleUnitId = String.valueOf(a.responsibleUnitId());
        f.projectId = a.projectId() == null ? "" : String.valueOf(a.projectId());
        f.date = String.valueOf(a.dateOf(FundStage.RESERVE));
        f.version = String.valueOf(a.version());
        return f;
    }

    /** The API's input; a value that is not a number or a date is rejected on its field. */
    FundInput input(BindingResult result) {
        return new FundInput(name, integer(year, "year", result), programme, amount(totalInvestment, "totalInvestment",
                result), amount(requested, "requested", result), id(responsibleUnitId, "responsibleUnitId", result),
                id(projectId, "projectId", result), date(date, "date", result), integer(version, "version", result));
    }

    static Integer integer(String s, String field, BindingResult result) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "funds.form.not-a-number");
            return null;
        }
    }

    static Long id(String s, String field, BindingResult result) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            result.rejectValue(field, "funds.form.not-a-number");
            return null;
        }
    }

    static BigDecimal amount(String s, String field, BindingResult result) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(s.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            result.rejectValue(field, "funds.form.not-a-number");
            return null;
        }
    }

    static LocalDate date(String s, String field, BindingResult result) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s.strip());
            if (!InputText.inRange(d)) {
                result.rejectValue(field, InputText.DATE_MESSAGE);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "funds.form.not-a-date");
            return null;
        }
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public String getProgramme() { return programme; }
    public void setProgramme(String v) { programme = v; }
    public String getTotalInvestment() { return totalInvestment; }
    public void setTotalInvestment(String v) { totalInvestment = v; }
    public String getRequested() { return requested; }
    public void setRequested(String v) { requested = v; }
    public String getResponsibleUnitId() { return responsibleUnitId; }
    public void setResponsibleUnitId(String v) { responsibleUnitId = v; }
    public String getProjectId() { return projectId; }
    public void setProjectId(String v) { projectId = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}
