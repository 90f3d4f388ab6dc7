package cn.diaodu.assessment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A subject of a round was vetoed (一票否决) with its reason, or the veto withdrawn ({@code withdrawn}). */
public record AssessmentVetoed(long roundId, String roundName, String subject, String reason, boolean withdrawn)
        implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of(withdrawn ? "ASSESSMENT_VETO_WITHDRAW" : "ASSESSMENT_VETO", "ASSESSMENT",
                roundId + "/" + subject, roundName).withNote(reason);
    }
}
