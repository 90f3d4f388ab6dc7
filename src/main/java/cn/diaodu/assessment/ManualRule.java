package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.common.FieldError;

/**
 * {@code {"type":"MANUAL"}}: the score is the mean of the scores entered for the subject, after dropping the highest
 * and the lowest when there are five or more ({@link Scoring#manualMean}); the value of a MANUAL indicator is that
 * mean, so the score equals it; a subject nobody scored scores 0.
 */
record ManualRule() implements Rule {
    static final String TYPE = "MANUAL";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", TYPE);
        return m;
    }

    @Override
    public Map<String, Scored> score(Map<String, BigDecimal> values) {
        Map<String, Scored> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, v == null ? Scored.ZERO : new Scored(v, null)));
        return out;
    }

    @Override
    public boolean manual() {
        return true;
    }

    @Component
    static final class Kind implements RuleKind {
        @Override
        public String type() {
            return TYPE;
        }

        @Override
        public Rule read(JsonNode rule, String field, List<FieldError> errors) {
            return new ManualRule();
        }
    }
}
