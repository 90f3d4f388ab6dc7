package cn.diaodu.supervision;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The responsible unit completed a task (办结): OPEN → DONE. */
public record TaskCompleted(long taskId, String content, long unitId, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("TASK_COMPLETE", "TASK", taskId, content)
                .withChanges(List.of(new AuditRecord.Change("status", "OPEN", "DONE"))).withNote(note);
    }
}
