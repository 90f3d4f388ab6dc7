package cn.diaodu.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/**
 * 催报: reminds every unit with missing reports of an open period {@code diaodu.reminders.days-before} days
 * (default 2) before the deadline's day, and again on the day after it ({@link UnitReminded}, which the notification
 * module delivers after commit). Runs daily at
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
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AppClock clock;
    private final TransactionTemplate tx;
    private final int daysBefore;

    public ReminderJob(PeriodService periods, ApplicationEventPublisher events, JdbcClient jdbc, AppClock clock,
            TransactionTemplate tx, @Value("${diaodu.reminders.days-before:2}") int daysBefore) {
        this.periods = periods;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
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
            if (kind == null) {
                continue;
            }
            Period period = Period.parse(p.period(), "period");
            List<UnitStatus> late = new ArrayList<>(periods.status(period, SYSTEM));
            late.removeIf(u -> u.missing() == 0);
            for (UnitStatus u : late) {
                try {
                    if (remind(p, period, u, kind)) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Reminder of unit {} for {} failed and was rolled back: {}", u.unitId(), period,
                            e.toString());
                }
            }
        }
        return sent;
    }

    private boolean remind(ReportingPeriod p, Period period, UnitStatus u, String kind) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            try {
                jdbc.sql("insert into reminder_sent(period_key, unit_id, kind, sent_at) values (?,?,?,?)")
                        .params(p.period(), u.unitId(), kind, clock.now()).update();
            } catch (DuplicateKeyException alreadySent) {
                return false;
            }
            events.publishEvent(new UnitReminded(u.unitId(), u.unitName(), p.period(), "OVERDUE".equals(kind),
                    p.deadline(), u.projects(), u.missing()));
            return true;
        }));
    }
}
