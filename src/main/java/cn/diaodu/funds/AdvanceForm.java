package cn.diaodu.funds;

import org.springframework.validation.BindingResult;

/** The advance form of the detail page, as typed: the stage to reach, its date, the funds granted. */
public class AdvanceForm {
    private String stage;
    private String date;
    private String obtained;
    private String version;

    AdvanceInput input(BindingResult result) {
        return new AdvanceInput(stage, FundForm.date(date, "date", result), FundForm.amount(obtained, "obtained", result),
                FundForm.integer(version, "version", result));
    }

    public String getStage() { return stage; }
    public void setStage(String v) { stage = v; }
    public String getDate() { return date; }
    public void setDate(String v) { date = v; }
    public String getObtained() { return obtained; }
    public void setObtained(String v) { obtained = v; }
    public String getVersion() { return version; }
    public void setVersion(String v) { version = v; }
}
