package cn.diaodu.suspension;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The workflow of a suspension in one place (CONTRACT §11): each change, the states it may start from and the state
 * it leads to. REQUESTED —approve→ APPROVED, REQUESTED —reject→ REJECTED, APPROVED —resume→ RESUMED; anything else is
 * refused (409). The service asks {@link #allows} for its 409 and writes with {@link #whereFrom}, so that the check
 * and the change are one conditional {@code update}: of concurrent identical changes exactly one succeeds.
 */
public enum SuspensionTransition {
    APPROVE(EnumSet.of(SuspensionStatus.REQUESTED), SuspensionStatus.APPROVED),
    REJECT(EnumSet.of(SuspensionStatus.REQUESTED), SuspensionStatus.REJECTED),
    RESUME(EnumSet.of(SuspensionStatus.APPROVED), SuspensionStatus.RESUMED);

    private final Set<SuspensionStatus> from;
    private final SuspensionStatus to;

    SuspensionTransition(Set<SuspensionStatus> from, SuspensionStatus to) {
        this.from = from;
        this.to = to;
    }

    public boolean allows(SuspensionStatus status) {
        return from.contains(status);
    }

    public SuspensionStatus to() {
        return to;
    }

    /** Whether the suspension still blocks a new request after the change (approved and not resumed). */
    boolean leavesOpen() {
        return to == SuspensionStatus.APPROVED;
    }

    /** The path segment of the change: approve, reject, resume. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The condition of the conditional write: {@code status in ('REQUESTED')} (the enum's names, no input). */
    String whereFrom() {
        return cn.diaodu.common.StatusGuard.statusIn(from);
    }
}
