package cn.diaodu.supervision;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The responsible unit reported progress on an open task (反馈). */
public record TaskFeedbackGiven(long taskId, String content, long unitId, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("TASK_FEEDBACK", "TASK", taskId, content).withNote(note);
    }
}
