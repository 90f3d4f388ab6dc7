package cn.diaodu.campaign;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.InputText;

/**
 * The values of a daily report checked against the campaign's form: every number field present and a number (a JSON
 * number, or a text that reads as one), texts at most 2000 characters, no field the form does not have; a zero
 * report carries no values. Each refusal names {@code values.<code>}.
 */
final class ReportValues {
    static final int MAX_TEXT = 2000;
    /** numeric(18,4): at most 14 digits before the point. */
    private static final BigDecimal LIMIT = new BigDecimal("1E14");

    /** A checked value: a number or a text. */
    record Value(BigDecimal number, String text) {
        Object shown() {
            return number != null ? number : text;
        }
    }

    private ReportValues() {
    }

    static Map<String, Value> check(Campaign c, Map<String, Object> values, boolean zero, List<FieldError> errors) {
        Map<String, Value> out = new LinkedHashMap<>();
        Map<String, Object> given = values == null ? Map.of() : values;
        if (zero) {
            if (given.values().stream().anyMatch(v -> v != null && !"".equals(v))) {
                errors.add(new FieldError("values", "campaign.error.zero-with-values"));
            }
            return out;
        }
        for (String code : given.keySet()) {
            if (c.field(code).isEmpty()) {
                errors.add(FieldError.of("values." + code, "campaign.error.unknown-field", code));
            }
        }
        for (CampaignField f : c.fields()) {
            Object v = given.get(f.code());
            String at = "values." + f.code();
            if (f.type() == FieldType.NUMBER) {
                BigDecimal n = number(v);
                if (v == null || (v instanceof String s && s.isBlank())) {
                    errors.add(new FieldError(at, "campaign.error.number-required"));
                } else if (n == null) {
                    errors.add(FieldError.of(at, "campaign.error.not-a-number", String.valueOf(v)));
                } else if (n.abs().compareTo(LIMIT) >= 0 || n.stripTrailingZeros().scale() > 4) {
                    errors.add(new FieldError(at, "common.error.too-large"));
                } else {
                    out.put(f.code(), new Value(n, null));
                }
            } else if (v != null) {
                String text = String.valueOf(v).trim();
                if (text.length() > MAX_TEXT) {
                    errors.add(FieldError.of(at, "common.error.at-most-characters", String.valueOf(MAX_TEXT)));
                } else if (!text.isEmpty()) {
                    InputText.check(text, at, errors);
                    out.put(f.code(), new Value(null, text));
                }
            }
        }
        return out;
    }

    private static BigDecimal number(Object v) {
        if (v instanceof Number n) {
            try {
                return new BigDecimal(n.toString());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.trim().replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
