package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An indicator's scoring rule (CONTRACT §14), read from its JSON by its {@link RuleKind}: it turns every subject's
 * value into a score from 0 to 100. A subject whose value is null (the source has no figure for it) scores 0 and gets
 * no rank.
 */
public interface Rule {
    /** The rule's type as written in the JSON ({@code RANK}, {@code TARGET}, {@code MANUAL}). */
    String type();

    /** The rule as stored and answered: {@code {"type":"RANK","first":100,"step":5}}. */
    Map<String, Object> json();

    /** The score of every subject, in the order of {@code values}, exact. */
    Map<String, Scored> score(Map<String, BigDecimal> values);

    /** Whether the values are the scores entered by assessors (the MANUAL rule). */
    default boolean manual() {
        return false;
    }

    /** A subject's exact score and, for a rule that ranks, its rank among the subjects. */
    record Scored(BigDecimal score, Integer rank) {
        static final Scored ZERO = new Scored(BigDecimal.ZERO, null);
    }
}
