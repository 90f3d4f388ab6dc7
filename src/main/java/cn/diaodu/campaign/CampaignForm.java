package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

/**
 * The form of a new campaign: the organiser names the fields of the daily form and picks their type; their codes are
 * given in order (f1, f2, …), so nobody types a code.
 */
public class CampaignForm {
    static final int ROWS = 8;
    private String name;
    private String kind = CampaignKind.FLOOD.name();
    private String from;
    private String to;
    private String deadline = "17:00";
    private List<Long> unitIds = new ArrayList<>();
    private List<String> fieldNames = new ArrayList<>(java.util.Collections.nCopies(ROWS, ""));
    private List<String> fieldTypes = new ArrayList<>(java.util.Collections.nCopies(ROWS, FieldType.NUMBER.name()));

    CampaignInput input(BindingResult result) {
        LocalDate f = date(from, "from", result);
        LocalDate t = date(to, "to", result);
        if (result.hasErrors()) {
            return null;
        }
        List<CampaignInput.FieldInput> fields = new ArrayList<>();
        for (int i = 0; i < fieldNames.size(); i++) {
            String n = fieldNames.get(i);
            if (n != null && !n.isBlank()) {
                String type = i < fieldTypes.size() ? fieldTypes.get(i) : FieldType.NUMBER.name();
                fields.add(new CampaignInput.FieldInput("f" + (fields.size() + 1), n.trim(), type));
            }
        }
        return new CampaignInput(name, kind, f, t, deadline, unitIds, fields);
    }

    private static LocalDate date(String s, String field, BindingResult result) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "invalid", cn.diaodu.common.Messages.text("common.error.wrong-type-format"));
            return null;
        }
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public List<Long> getUnitIds() { return unitIds; }
    public void setUnitIds(List<Long> unitIds) { this.unitIds = unitIds == null ? new ArrayList<>() : unitIds; }
    public List<String> getFieldNames() { return fieldNames; }
    public void setFieldNames(List<String> fieldNames) { this.fieldNames = fieldNames; }
    public List<String> getFieldTypes() { return fieldTypes; }
    public void setFieldTypes(List<String> fieldTypes) { this.fieldTypes = fieldTypes; }
}
