package cn.diaodu.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.diaodu.common.AppClock;

/**
 * What the top of the reporter's grid announces about the month's reporting period: its state ({@code NONE} when no
 * period was set up for the month, which accepts reports; {@code OPEN}, {@code CLOSED}, {@code NOT_OPEN}), its
 * opening, deadline and closing as shown, and the days left to the deadline (negative when it has passed), counted
 * in calendar days against the application's today.
 */
public record GridNotice(String state, String opensAt, String deadline, String closedAt, long daysLeft) {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static GridNotice of(Optional<ReportingPeriod> period, AppClock clock) {
        if (period.isEmpty()) {
            return new GridNotice("NONE", null, null, null, 0);
        }
        ReportingPeriod rp = period.get();
        OffsetDateTime now = clock.now();
        String state = rp.closedAt() != null ? "CLOSED" : ReportService.isOpen(now, rp.opensAt()) ? "OPEN" : "NOT_OPEN";
        LocalDate due = rp.deadline().atZoneSameInstant(AppClock.ZONE).toLocalDate();
        return new GridNotice(state, shown(rp.opensAt()), shown(rp.deadline()), shown(rp.closedAt()),
                ChronoUnit.DAYS.between(clock.today(), due));
    }

    static String shownTime(OffsetDateTime t) {
        return shown(t);
    }

    private static String shown(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(AppClock.ZONE).format(SHOWN);
    }

    /** No report can be written: the period is closed or not open yet. */
    public boolean readOnly() {
        return "CLOSED".equals(state) || "NOT_OPEN".equals(state);
    }

    public boolean overdue() {
        return daysLeft < 0;
    }

    public long daysOverdue() {
        return -daysLeft;
    }
}
