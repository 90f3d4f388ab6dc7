package cn.diaodu.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A supervision task (督办事项) from a meeting's decision: OPEN until the unit completes it (DONE) and the supervision
 * office verifies it (CLOSED). Overdue when neither DONE nor CLOSED and today is after the due date.
 */
public record SupervisionTask(long id, Long meetingId, Long projectId, String content, long responsibleUnitId,
        String responsibleUnitName, String responsiblePerson, LocalDate dueDate, String status, boolean overdue,
        int reminders, OffsetDateTime createdAt, List<Event> timeline) {

    /** One step on the task's timeline. */
    public record Event(OffsetDateTime at, String by, String action, String note, String status) {
    }
}
