package cn.diaodu.assessment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A round was published: its results are frozen with every input value and score. */
public record AssessmentPublished(long roundId, String roundName, int subjects) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("ASSESSMENT_PUBLISH", "ASSESSMENT", roundId, roundName)
                .withNote(String.valueOf(subjects));
    }
}
