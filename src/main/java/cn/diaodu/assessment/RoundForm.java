package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.diaodu.common.FieldError;

/**
 * The page form of a new round ({@code /assessments/new}): the round's fields and its indicator rows, named as the
 * API names them ({@code indicators[1].weight}) so that a refusal lands beside its field. Blank rows are left out.
 * {@link #template} fills it from a scheme (a quarter, the half-year, the year).
 */
public class RoundForm {
    private String name;
    private String year;
    private String month;
    private String subject = "REGION";
    private List<Row> indicators = new ArrayList<>();

    /** One indicator row; {@code rule} is the rule's type, {@code first}, {@code step}, {@code target} its numbers. */
    public static class Row {
        private String code;
        private String name;
        private String weight;
        private String source;
        private String rule;
        private String first;
        private String step;
        private String target;

        Row() {
        }

        Row(String code, String name, String weight, String source, String rule, String first, String step,
                String target) {
            this.code = code;
            this.name = name;
            this.weight = weight;
            this.source = source;
            this.rule = rule;
            this.first = first;
            this.step = step;
            this.target = target;
        }

        boolean blank() {
            return isBlank(code) && isBlank(name) && isBlank(weight);
        }

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getWeight() { return weight; }
        public void setWeight(String v) { weight = v; }
        public String getSource() { return source; }
        public void setSource(String v) { source = v; }
        public String getRule() { return rule; }
        public void setRule(String v) { rule = v; }
        public String getFirst() { return first; }
        public void setFirst(String v) { first = v; }
        public String getStep() { return step; }
        public void setStep(String v) { step = v; }
        public String getTarget() { return target; }
        public void setTarget(String v) { target = v; }
    }

    static final int ROWS = 8;

    /**
     * A scheme to start from: QUARTER (month 3: 完成率 40 %, 开工率 20 %, 按时报送 20 %, 观摩 20 %), HALF (month 6)
     * and YEAR (month 12), with the same indicators; {@code names} gives the rows' names in the page's language.
     */
    static RoundForm template(String kind, int year, Map<String, String> names) {
        RoundForm f = new RoundForm();
        int month = "YEAR".equals(kind) ? 12 : "HALF".equals(kind) ? 6 : 3;
        f.year = String.valueOf(year);
        f.month = String.valueOf(month);
        f.name = names.get("name." + (month == 12 ? "YEAR" : month == 6 ? "HALF" : "QUARTER"));
        f.indicators.add(new Row("CR", names.get("CR"), "40", "COMPLETION_RATE", "RANK", "100", "5", null));
        f.indicators.add(new Row("SR", names.get("SR"), "20", "START_RATE", "RANK", "100", "5", null));
        f.indicators.add(new Row("RT", names.get("RT"), "20", "REPORTS_ON_TIME", "TARGET", null, null, "100"));
        f.indicators.add(new Row("GM", names.get("GM"), "20", "MANUAL", "MANUAL", null, null, null));
        f.pad();
        return f;
    }

    /** Blank rows up to {@link #ROWS}, to add indicators on the page. */
    void pad() {
        while (indicators.size() < ROWS) {
            indicators.add(new Row());
        }
    }

    /** The API's input; unreadable numbers are refused into {@code errors} under the row's field. */
    AssessmentInput input(String regionCode, List<FieldError> errors) {
        List<AssessmentInput.IndicatorInput> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Row r = indicators.get(i);
            if (r == null || r.blank()) {
                continue;
            }
            String own = "indicators[" + i + "]";
            BigDecimal weight = number(r.weight, own + ".weight", errors);
            ObjectNode rule = JsonNodeFactory.instance.objectNode();
            if (!isBlank(r.rule)) {
                rule.put("type", r.rule.strip());
            }
            putNumber(rule, "first", r.first, own + ".first", errors);
            putNumber(rule, "step", r.step, own + ".step", errors);
            putNumber(rule, "target", r.target, own + ".target", errors);
            rows.add(new AssessmentInput.IndicatorInput(r.code, r.name, weight, r.source, rule));
        }
        return new AssessmentInput(name, integer(year, "year", errors), integer(month, "month", errors), subject,
                rows, regionCode);
    }

    /** The form row of the n-th indicator posted (blank rows were left out): to put a refusal back in its place. */
    String rowField(String apiField) {
        if (!apiField.startsWith("indicators[")) {
            return apiField;
        }
        int end = apiField.indexOf(']');
        int n = Integer.parseInt(apiField.substring("indicators[".length(), end));
        int seen = -1;
        for (int i = 0; i < indicators.size(); i++) {
            if (indicators.get(i) != null && !indicators.get(i).blank() && ++seen == n) {
                return "indicators[" + i + "]" + apiField.substring(end + 1);
            }
        }
        return "indicators";
    }

    private static void putNumber(ObjectNode rule, String key, String text, String field, List<FieldError> errors) {
        BigDecimal v = number(text, field, errors);
        if (v != null) {
            rule.put(key, v);
        }
    }

    private static BigDecimal number(String text, String field, List<FieldError> errors) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "assessment.error.number"));
            return null;
        }
    }

    private static Integer integer(String text, String field, List<FieldError> errors) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "assessment.error.number"));
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getYear() { return year; }
    public void setYear(String v) { year = v; }
    public String getMonth() { return month; }
    public void setMonth(String v) { month = v; }
    public String getSubject() { return subject; }
    public void setSubject(String v) { subject = v; }
    public List<Row> getIndicators() { return indicators; }
    public void setIndicators(List<Row> v) { indicators = v; }
}
