package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The assignee unit accepted the problem: ASSIGNED → ACCEPTED. */
public record ProblemAccepted(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_ACCEPT", before, after, note, automatic);
    }
}
