package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The offices verified and closed the problem (销号): RESOLVED → CLOSED. */
public record ProblemVerified(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_VERIFY", before, after, note, automatic);
    }
}
