package cn.diaodu.suspension;

import java.time.LocalDate;
import java.util.List;

import cn.diaodu.common.AuditRecord;

/** What the events of a suspension carry (simple fields, so that Jackson can store them in the registry). */
public record SuspensionState(long id, long projectId, String projectName, SuspensionStatus status, String reason,
        LocalDate from, LocalDate expectedResume, String decisionNote, LocalDate resumedOn) {

    /** The audit entry of a step from {@code before} (null for the request) to {@code after}. */
    static AuditRecord audit(String action, SuspensionState before, SuspensionState after, String note) {
        List<AuditRecord.Change> changes = AuditRecord.changes(before, after, "id", "projectId", "projectName");
        return AuditRecord.of(action, "SUSPENSION", after.id(), after.projectName()).withChanges(changes)
                .withNote(note);
    }
}
