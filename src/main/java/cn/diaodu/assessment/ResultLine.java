package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One subject's result (CONTRACT §14): every indicator's value and score, the total, whether it was vetoed (一票否决,
 * with the reason) and its rank. Values, scores and the total are shown half-up to two decimals.
 */
public record ResultLine(Object subject, String name, List<ScoreLine> scores, BigDecimal total, boolean vetoed,
        int rank, @JsonInclude(JsonInclude.Include.NON_NULL) String vetoReason, @JsonIgnore String key) {

    /**
     * One indicator's value and score for the subject; {@code rank} the subject's rank on a RANK indicator (else
     * null), {@code exactValue} and {@code exactScore} as computed (stored when the round is published).
     */
    public record ScoreLine(String indicator, BigDecimal value, BigDecimal score,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer rank, @JsonIgnore BigDecimal exactValue,
            @JsonIgnore BigDecimal exactScore) {

        static ScoreLine of(String indicator, BigDecimal value, Rule.Scored s) {
            return new ScoreLine(indicator, Scoring.shown(value), Scoring.shown(s.score()), s.rank(), value,
                    s.score());
        }
    }
}
