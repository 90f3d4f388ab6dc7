package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The unit was reminded of the problem (催办), by hand or ({@code automatic}) on its due date. */
public record ProblemReminded(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_REMIND", before, after, note, automatic);
    }
}
