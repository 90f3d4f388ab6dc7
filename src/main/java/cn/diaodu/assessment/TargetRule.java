package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.common.FieldError;

/**
 * {@code {"type":"TARGET","target":t}}: score = min(100, value / t × 100), t &gt; 0; a negative value scores 0, a
 * subject without a value scores 0.
 */
record TargetRule(BigDecimal target) implements Rule {
    static final String TYPE = "TARGET";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", TYPE);
        m.put("target", target);
        return m;
    }

    @Override
    public Map<String, Scored> score(Map<String, BigDecimal> values) {
        Map<String, Scored> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v == null ? Scored.ZERO
                : new Scored(Scoring.targetScore(v, target), null)));
        return out;
    }

    @Component
    static final class Kind implements RuleKind {
        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Rule read(JsonNode rule, String field, List<FieldError> errors) {
            BigDecimal t = RuleKinds.number(rule, "target", field, BigDecimal.ZERO, new BigDecimal("1000000000"), true,
                    errors);
            return t == null ? null : new TargetRule(t);
        }
    }
}
