package cn.diaodu.supervision;

import java.time.LocalDate;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The supervision office reminded the unit of an open task (催办); {@code overdue} when past its due date. */
public record TaskReminded(long taskId, String content, long unitId, String note, LocalDate dueDate, boolean overdue)
        implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("TASK_REMIND", "TASK", taskId, content).withNote(note);
    }
}
