package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.common.FieldError;

/**
 * {@code {"type":"RANK","first":100,"step":s}}: subjects ranked by the value, highest first, equal values sharing a
 * rank (1, 2, 2, 4); score = max(0, first − s × (rank − 1)). Subjects without a value are not ranked and score 0.
 */
record RankRule(BigDecimal first, BigDecimal step) implements Rule {
    static final String TYPE = "RANK";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Map<String, Object> json() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", TYPE);
        m.put("first", first);
        m.put("step", step);
        return m;
    }

    @Override
    public Map<String, Scored> score(Map<String, BigDecimal> values) {
        Map<String, Integer> ranks = Scoring.ranks(values);
        Map<String, Scored> out = new LinkedHashMap<>();
        ranks.forEach((k, rank) -> out.put(k, rank == null ? Scored.ZERO
                : new Scored(Scoring.rankScore(first, step, rank), rank)));
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
            BigDecimal first = RuleKinds.number(rule, "first", field, BigDecimal.ZERO, Scoring.HUNDRED, false, errors);
            BigDecimal step = RuleKinds.number(rule, "step", field, BigDecimal.ZERO, Scoring.HUNDRED, false, errors);
            return first == null || step == null ? null : new RankRule(first, step);
        }
    }
}
