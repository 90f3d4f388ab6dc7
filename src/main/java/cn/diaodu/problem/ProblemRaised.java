package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A problem was raised and assigned to its unit with a deadline (交办). */
public record ProblemRaised(ProblemState problem, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_RAISE", null, problem, note, false);
    }
}
