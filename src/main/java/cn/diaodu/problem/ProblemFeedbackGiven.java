package cn.diaodu.problem;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The assignee unit reported progress on the problem (反馈). */
public record ProblemFeedbackGiven(ProblemState before, ProblemState after, String note, boolean automatic) implements Audited {

    @Override
    public AuditRecord audit() {
        return ProblemState.audit("PROBLEM_FEEDBACK", before, after, note, automatic);
    }
}
