package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The problem went up one level, by hand or ({@code automatic}) because it was overdue. */
public record ProblemEscalated(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_ESCALATE", before, after, note, automatic);
    }
}
