package cn.diaodu.problem;

import java.time.LocalDate;

import cn.diaodu.common.AuditRecord;

/**
 * A problem as the events of the ledger describe it, before or after a step: what the unit is told and what the audit
 * log compares.
 */
public record ProblemState(long id, String title, ProblemCategory category, String projectName, long assigneeUnitId,
        ProblemStatus status, ProblemLevel level, LocalDate dueDate, int dueWorkingDays) {

    /** The audit entry of a step from {@code before} (null for the raising) to {@code after}. */
    static AuditRecord audit(String action, ProblemState before, ProblemState after, String note, boolean automatic) {
        AuditRecord r = AuditRecord.of(action, "PROBLEM", after.id(), after.title())
                .withChanges(AuditRecord.changes(before, after, "id", "title", "category", "projectName"))
                .withNote(note);
        return automatic ? r.by("system") : r;
    }
}
