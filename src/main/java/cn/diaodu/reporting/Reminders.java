package cn.diaodu.reporting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/**
 * 催报 of one period: each unit with missing reports within the caller's scope gets one {@link UnitReminded} (the
 * notification module turns it into the reporters' and the offices' notices after commit), recorded once per period,
 * unit and kind in {@code reminder_sent}, each unit in a transaction of its own. The reminder job sends the kinds
 * {@code BEFORE} and {@code OVERDUE}; the dispatcher's 一键催报 the kind {@code MANUAL-yyyyMMdd}, so that it may be
 * pressed again on another day and never takes the place of a scheduled reminder.
 */
@Component
public class Reminders {
    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private final PeriodService periods;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final AppClock clock;
    private final TransactionTemplate tx;

    public Reminders(PeriodService periods, ApplicationEventPublisher events, JdbcClient jdbc, AppClock clock,
            TransactionTemplate tx) {
        this.periods = periods;
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tx = tx;
    }

    /**
     * 一键催报: reminds now every unit of the dispatcher's scope with missing reports of the open period; returns how
     * many units were reminded (a unit already reminded by hand today is not reminded again). 409 when the period is
     * not open, 403 for anyone but a dispatcher.
     */
    public int remindNow(Period period, CurrentUser user) {
        if (!user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("reminders are for the project office");
        }
        ReportingPeriod p = periods.find(period).filter(x -> x.closedAt() == null)
                .orElseThrow(() -> new ConflictException("reporting.error.remind-period-not-open", period.toString()));
        boolean overdue = clock.now().isAfter(p.deadline());
        return remind(p, period, user, "MANUAL-" + clock.today().format(DAY), overdue, true);
    }

    /**
     * Reminds every unit of {@code scope} with missing reports of {@code p}, once for the {@code kind}; returns how
     * many were reminded now.
     */
    int remind(ReportingPeriod p, Period period, CurrentUser scope, String kind, boolean overdue, boolean manual) {
        List<UnitStatus> late = new ArrayList<>(periods.status(period, scope));
        late.removeIf(u -> u.missing() == 0);
        int sent = 0;
        for (UnitStatus u : late) {
            try {
                if (once(p, u, kind, overdue, manual)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                log.warn("Reminder of unit {} for {} failed and was rolled back: {}", u.unitId(), period, e.toString());
            }
        }
        return sent;
    }

    private boolean once(ReportingPeriod p, UnitStatus u, String kind, boolean overdue, boolean manual) {
        return Boolean.TRUE.equals(tx.execute(status -> {
            try {
                jdbc.sql("insert into reminder_sent(period_key, unit_id, kind, sent_at) values (?,?,?,?)")
                        .params(p.period(), u.unitId(), kind, clock.now()).update();
            } catch (DuplicateKeyException alreadySent) {
                return false;
            }
            events.publishEvent(new UnitReminded(u.unitId(), u.unitName(), p.period(), overdue, p.deadline(),
                    u.projects(), u.missing(), manual));
            return true;
        }));
    }
}
