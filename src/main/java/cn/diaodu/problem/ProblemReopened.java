package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The offices sent the problem back (退回重办): → ASSIGNED, possibly with a new deadline. */
public record ProblemReopened(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_REOPEN", before, after, note, automatic);
    }
}
