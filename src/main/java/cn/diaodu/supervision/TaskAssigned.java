package cn.diaodu.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A supervision task was assigned to a unit and a person with a due date, from a meeting's decision or directly. */
public record TaskAssigned(long taskId, Long meetingId, Long projectId, String content, long unitId,
        String responsiblePerson, LocalDate dueDate) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("TASK_ASSIGN", "TASK", taskId, content).withChanges(List.of(
                new AuditRecord.Change("status", null, "OPEN"),
                new AuditRecord.Change("responsibleUnitId", null, String.valueOf(unitId)),
                new AuditRecord.Change("responsiblePerson", null, responsiblePerson),
                new AuditRecord.Change("dueDate", null, AuditRecord.text(dueDate))));
    }
}
