package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** An assessor entered (or replaced) a manual score: who scored what is kept in the audit log. */
public record AssessmentScored(long roundId, String roundName, String subject, String indicator, String assessor,
        BigDecimal before, BigDecimal after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("ASSESSMENT_SCORE", "ASSESSMENT", roundId + "/" + subject + "/" + indicator, roundName)
                .withChanges(List.of(new AuditRecord.Change("score", AuditRecord.text(before),
                        AuditRecord.text(after))))
                .withNote(note);
    }
}
