package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The problem was reassigned (转办) to another unit with a new deadline. */
public record ProblemAssigned(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_ASSIGN", before, after, note, automatic);
    }
}
