package cn.diaodu.supervision;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The supervision office verified a completed task (核验销号): DONE → CLOSED. */
public record TaskVerified(long taskId, String content, long unitId, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("TASK_VERIFY", "TASK", taskId, content)
                .withChanges(List.of(new AuditRecord.Change("status", "DONE", "CLOSED"))).withNote(note);
    }
}
