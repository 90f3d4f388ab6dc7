package cn.diaodu.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A problem of the ledger (CONTRACT §9). {@code dueDate} is the {@code dueWorkingDays}-th working day after the day
 * of assignment; {@code overdue} is computed for today. {@code timeline} and {@code attachments} are filled when one
 * problem is read, left out of lists.
 */
public record Problem(long id, Long projectId, String projectName, String title, ProblemCategory category,
        String description, long assigneeUnitId, String assigneeUnitName, ProblemStatus status, ProblemLevel level,
        LocalDate assignedOn, int dueWorkingDays, LocalDate dueDate, boolean overdue, LocalDate resolvedOn,
        LocalDate closedOn, String raisedBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Attachment> attachments) {

    /** overdue ⇔ the status is not RESOLVED or CLOSED and today is after the due date (on the due date: not yet). */
    public static boolean isOverdue(ProblemStatus status, LocalDate dueDate, LocalDate today) {
        return status.open() && today.isAfter(dueDate);
    }

    /** Closed, and resolved by the unit on or before the due date (the on-time closure rate counts these). */
    public boolean closedOnTime() {
        return status == ProblemStatus.CLOSED && resolvedOn != null && !resolvedOn.isAfter(dueDate);
    }

    Problem with(List<TimelineEntry> timeline, List<Attachment> attachments) {
        return new Problem(id, projectId, projectName, title, category, description, assigneeUnitId, assigneeUnitName,
                status, level, assignedOn, dueWorkingDays, dueDate, overdue, resolvedOn, closedOn, raisedBy,
                createdAt, updatedAt, version, timeline, attachments);
    }
}
