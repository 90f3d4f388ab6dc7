package cn.diaodu.reporting;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a monthly report in one place (CONTRACT §7): each change, the states it may start from and the
 * state it leads to. The service asks {@link #allows} for its 409 and writes with {@link #whereFrom}, so that the check
 * and the change are one conditional {@code update}: of concurrent identical changes exactly one finds the row in a
 * state it may start from.
 */
enum ReportTransition {
    /** The reporter writes the month (again): a new report, a submitted one replaced, a returned one corrected. */
    SUBMIT(EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.RETURNED), ReportStatus.SUBMITTED,
            "reporting.error.report-approved-locked"),
    APPROVE(EnumSet.of(ReportStatus.SUBMITTED), ReportStatus.APPROVED,
            "reporting.error.only-submitted-report-can-approved"),
    RETURN(EnumSet.of(ReportStatus.SUBMITTED), ReportStatus.RETURNED,
            "reporting.error.only-submitted-report-can-returned"),
    UNLOCK(EnumSet.of(ReportStatus.APPROVED), ReportStatus.SUBMITTED,
            "reporting.error.only-approved-report-can-unlocked");

    private final Set<ReportStatus> from;
    private final ReportStatus to;
    private final String refusal;

    ReportTransition(Set<ReportStatus> from, ReportStatus to, String refusal) {
        this.from = from;
        this.to = to;
        this.refusal = refusal;
    }

    boolean allows(ReportStatus status) {
        return from.contains(status);
    }

    ReportStatus to() {
        return to;
    }

    /** The answer (409) when the report is in a state the change may not start from. */
    String refusal() {
        return refusal;
    }

    /** The condition of the conditional write: {@code status in ('SUBMITTED', …)} (the enum's names, no input). */
    String whereFrom() {
        return cn.diaodu.common.StatusGuard.statusIn(from);
    }
}
