package cn.diaodu.problem;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One step of a problem: when, by whom (username; "system" for the automatic job), the action, the note, and the
 * status, level, assignee unit and due date after it.
 */
public record TimelineEntry(OffsetDateTime at, String by, ProblemAction action, String note, ProblemStatus status,
        ProblemLevel level, long assigneeUnitId, LocalDate dueDate) {
}
