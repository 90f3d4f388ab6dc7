package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The assignee unit resolved the problem: → RESOLVED, awaiting verification. */
public record ProblemResolved(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_RESOLVE", before, after, note, automatic);
    }
}
