package cn.diaodu.supervision;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The supervision office sent a completed task back (退回重办): DONE → OPEN. */
public record TaskReturned(long taskId, String content, long unitId, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("TASK_RETURN", "TASK", taskId, content)
                .withChanges(List.of(new AuditRecord.Change("status", "DONE", "OPEN"))).withNote(note);
    }
}
