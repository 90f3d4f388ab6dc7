package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One assessor's manual score as {@code GET /api/assessments/{id}/scores} lists it. */
public record ScoreEntry(Object subject, String indicator, String assessor, String assessorName, BigDecimal score,
        String note, OffsetDateTime at) {
}
