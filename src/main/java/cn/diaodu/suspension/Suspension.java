package cn.diaodu.suspension;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A suspension (停缓建) of a project as the API shows it: the request, the decision and the resumption. */
public record Suspension(long id, long projectId, String projectName, String projectCode, String regionCode,
        String reason, LocalDate from, LocalDate expectedResume, SuspensionStatus status, String requestedBy,
        OffsetDateTime requestedAt, String decidedBy, OffsetDateTime decidedAt, String decisionNote,
        LocalDate resumedOn, String resumedBy, OffsetDateTime resumedAt, int version) {

    /** The suspension's state for the events and the audit log. */
    SuspensionState state() {
        return new SuspensionState(id, projectId, projectName, status, reason, from, expectedResume, decisionNote,
                resumedOn);
    }
}
