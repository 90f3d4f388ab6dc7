package cn.diaodu.reporting;

import java.time.LocalDate;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/**
 * 催报: reminds every unit with missing reports of an open period {@code diaodu.reminders.days-before} days
 * (default 2) before the deadline's day, and again on the day after it ({@link UnitReminded}, which the notification
 * module delivers after commit; {@link Reminders} sends them). Runs daily at
 * {@code diaodu.reminders.cron} (default 09:00) on one node (ShedLock); each reminder is sent once per period, unit
 * and kind (the {@code reminder_sent} table), even when the job runs again; each unit in a transaction of its own.
 */
@Component
public class ReminderJob {
    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    /** The job sees every project: it acts for the project office. */
    private static final CurrentUser SYSTEM = new CurrentUser(0L, "system", "系统", java.util.Set.of(Role.DISPATCHER),
            null, null);

    private final PeriodService periods;
    private final Reminders reminders;
    private final AppClock clock;
    private final int daysBefore;

    public ReminderJob(PeriodService periods, Reminders reminders, AppClock clock,
            @Value("${diaodu.reminders.days-before:2}") int daysBefore) {
        this.periods = periods;
        this.reminders = reminders;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    @Scheduled(cron = "${diaodu.reminders.cron:0 0 9 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "reporting-reminders", lockAtMostFor = "PT30M")
    public void scheduled() {
        int sent = run();
        if (sent > 0) {
            log.info("Sent {} reporting reminders", sent);
        }
    }

    /** Sends today's reminders; returns how many were sent. */
    public int run() {
        LocalDate today = clock.today();
        int sent = 0;
        for (ReportingPeriod p : periods.list()) {
            if (p.closedAt() != null) {
                continue;
            }
            LocalDate deadlineDay = p.deadline().atZoneSameInstant(AppClock.ZONE).toLocalDate();
            String kind = today.equals(deadlineDay.minusDays(daysBefore)) ? "BEFORE"
                    : today.equals(deadlineDay.plusDays(1)) ? "OVERDUE" : null;
            if (kind != null) {
                sent += reminders.remind(p, Period.parse(p.period(), "period"), SYSTEM, kind, "OVERDUE".equals(kind),
                        false);
            }
        }
        return sent;
    }
}
