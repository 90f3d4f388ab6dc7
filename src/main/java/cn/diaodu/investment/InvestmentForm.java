package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import cn.diaodu.common.Checks;
import cn.diaodu.common.Messages;

/** The form of a new lead ({@code /investments/new}): the fields as typed, turned into {@link InvestmentInput}. */
public class InvestmentForm {
    private String name;
    private String investor;
    private String origin;
    private String industry;
    private String plannedInvestment;
    private String regionCode;
    private String responsibleUnitId;
    private String negotiator;
    private String informant;
    private String date;

    /** The input, or null with the fields that are not a number or a date rejected in {@code result}. */
    InvestmentInput input(BindingResult result) {
        BigDecimal planned = null;
        if (Checks.blankToNull(plannedInvestment) != null) {
            try {
                planned = new BigDecimal(plannedInvestment.strip().replace(",", ""));
            } catch (NumberFormatException e) {
                result.rejectValue("plannedInvestment", "invalid", Messages.text("investment.error.number-format"));
            }
        }
        Long unit = null;
        if (Checks.blankToNull(responsibleUnitId) != null) {
            try {
                unit = Long.valueOf(responsibleUnitId.strip());
            } catch (NumberFormatException e) {
                result.rejectValue("responsibleUnitId", "invalid", Messages.text("investment.error.number-format"));
            }
        }
        LocalDate d = null;
        if (Checks.blankToNull(date) != null) {
            try {
                d = LocalDate.parse(date.strip());
            } catch (java.time.format.DateTimeParseException e) {
                result.rejectValue("date", "invalid", Messages.text("investment.error.date-format"));
            }
        }
        return result.hasErrors() ? null : new InvestmentInput(name, investor, origin, industry, planned, regionCode,
                unit, negotiator, informant, d);
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getInvestor() { return investor; }
    public void setInvestor(String v) { investor = v; }
    public String getOrigin() { return origin; }
    public void setOrigin(String v) { origin = v; }
    public String getIndustry() { return industry; }
    public void setIndustry(String v) { industry = v; }
    public String getPlannedInvestment() { return plannedInvestment; }
    public void setPlannedInvestment(String v) { plannedInvestment = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getResponsibleUnitId() { return responsibleUnitId; }
    public void setResponsibleUnitId(String v) { responsibleUnitId = v; }
    public String getNegotiator() { return negotiator; }
    public void setNegotiator(String v) { negotiator = v; }
    public String getInformant() { return informant; }
    public void setInformant(String v) { informant = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
}
