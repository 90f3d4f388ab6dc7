package cn.diaodu.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.diaodu.common.FieldError;

/** The registry of rule kinds (every {@link RuleKind} bean): reads an indicator's rule from its JSON. */
@Component
public class RuleKinds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Map<String, RuleKind> kinds = new LinkedHashMap<>();

    public RuleKinds(List<RuleKind> kinds) {
        kinds.forEach(k -> this.kinds.put(k.type(), k));
    }

    /** The built-in kinds, for the tests of the scoring. */
    static RuleKinds builtIn() {
        return new RuleKinds(List.of(new RankRule.Kind(), new TargetRule.Kind(), new ManualRule.Kind()));
    }

    public Set<String> types() {
        return kinds.keySet();
    }

    /** The rule, or null after adding to errors: not an object, no or an unknown type, or its own refusals. */
    public Rule read(JsonNode rule, String field, List<FieldError> errors) {
        if (rule == null || rule.isNull()) {
            errors.add(new FieldError(field, "common.error.required"));
            return null;
        }
        JsonNode type = rule.get("type");
        if (!rule.isObject() || type == null || !type.isTextual()) {
            errors.add(new FieldError(field, "assessment.error.rule-type"));
            return null;
        }
        RuleKind kind = kinds.get(type.textValue());
        if (kind == null) {
            errors.add(FieldError.of(field, "assessment.error.rule-unknown", type.textValue(), String.join(", ", kinds.keySet())));
            return null;
        }
        return kind.read(rule, field, errors);
    }

    /** A stored rule (written by {@link #text}), read back. */
    Rule parse(String stored) {
        try {
            List<FieldError> errors = new java.util.ArrayList<>();
            Rule r = read(JSON.readTree(stored), "rule", errors);
            if (r == null) {
                throw new IllegalStateException("stored rule refused: " + stored + " " + errors);
            }
            return r;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String text(Rule r) {
        try {
            return JSON.writeValueAsString(r.json());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A number of a rule: required, a JSON number within [min, max] (above min when {@code minExclusive}), at most
     * four decimals; null after adding the refusal, on the rule's field, naming the number.
     */
    static java.math.BigDecimal number(JsonNode rule, String name, String field, java.math.BigDecimal min,
            java.math.BigDecimal max, boolean minExclusive, List<FieldError> errors) {
        JsonNode n = rule.get(name);
        String f = field;
        if (n == null || n.isNull()) {
            errors.add(FieldError.of(f, "assessment.error.rule-required", name));
            return null;
        }
        if (!n.isNumber()) {
            errors.add(FieldError.of(f, "assessment.error.rule-number", name));
            return null;
        }
        java.math.BigDecimal v = n.decimalValue();
        int c = v.compareTo(min);
        if (c < 0 || (minExclusive && c == 0) || v.compareTo(max) > 0) {
            errors.add(FieldError.of(f, minExclusive ? "assessment.error.rule-range-open" : "assessment.error.rule-range",
                    name, min.toPlainString(), max.toPlainString()));
            return null;
        }
        if (v.stripTrailingZeros().scale() > 4) {
            errors.add(FieldError.of(f, "assessment.error.rule-number", name));
            return null;
        }
        return v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }
}
