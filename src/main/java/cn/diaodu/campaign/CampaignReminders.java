package cn.diaodu.campaign;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.identity.CurrentUser;

/**
 * 催报 for the campaigns' daily reports: within {@code diaodu.campaigns.remind-before} (default 60 minutes) before a
 * day's deadline, every unit that has not reported that day is reminded once; the day after a deadline has passed, the
 * units still missing are told once that they are overdue. The job runs every five minutes on one node (ShedLock);
 * each reminder is recorded ({@code campaign_reminder_sent}) so that it goes out once whatever the job does. The
 * command office may also remind the missing units of a day at once ({@link #remindNow}).
 */
@Component
public class CampaignReminders {
    private final CampaignStore store;
    private final DailyReports reports;
    private final CampaignService campaigns;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final AppClock clock;
    private final Duration before;

    CampaignReminders(CampaignStore store, DailyReports reports, CampaignService campaigns, JdbcClient jdbc,
            ApplicationEventPublisher events, AppClock clock,
            @Value("${diaodu.campaigns.remind-before:PT60M}") Duration before) {
        this.store = store;
        this.reports = reports;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.before = before;
    }

    @Scheduled(cron = "${diaodu.campaigns.remind-cron:0 */5 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "campaign-reminders", lockAtMostFor = "PT4M")
    public void scheduled() {
        run();
    }

    /** Sends the reminders due now; returns how many were sent. */
    @Transactional
    public int run() {
        OffsetDateTime now = clock.now();
        LocalDate today = clock.today();
        int sent = 0;
        for (Campaign c : store.all()) {
            if (c.covers(today)) {
                OffsetDateTime due = c.dueAt(today).toOffsetDateTime();
                if (!now.isBefore(due.minus(before)) && now.isBefore(due)) {
                    sent += remind(c, today, false, "system", true);
                }
            }
            LocalDate yesterday = today.minusDays(1);
            if (c.covers(yesterday)) {
                sent += remind(c, yesterday, true, "system", true);
            }
        }
        return sent;
    }

    /** The command office's 催报: every unit still missing on the day is reminded now. */
    @Transactional
    public int remindNow(long campaignId, LocalDate day, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        CampaignAccess.requireOrganiser(user);
        if (!c.covers(day) || day.isAfter(clock.today())) {
            throw cn.diaodu.common.ValidationException.of("date", "campaign.error.day-outside", day.toString());
        }
        boolean overdue = clock.now().isAfter(c.dueAt(day).toOffsetDateTime());
        return remind(c, day, overdue, user.username(), false);
    }

    private int remind(Campaign c, LocalDate day, boolean overdue, String by, boolean once) {
        List<UnitRef> missing = DailyReports.summary(c, reports.reportsOf(c, day)).missingUnits();
        int sent = 0;
        for (UnitRef u : missing) {
            if (once && !record(c, u, day, overdue ? "OVERDUE" : "BEFORE")) {
                continue;
            }
            events.publishEvent(new CampaignUnitReminded(c.id(), c.name(), u.unitId(), u.unitName(), day,
                    c.dueAt(day).toOffsetDateTime(), overdue, by));
            sent++;
        }
        return sent;
    }

    /** Records the reminder; false when it was already sent. */
    private boolean record(Campaign c, UnitRef u, LocalDate day, String kind) {
        int present = jdbc.sql("select count(*) from campaign_reminder_sent where campaign_id = ? and unit_id = ? "
                + "and report_date = ? and kind = ?").params(c.id(), u.unitId(), day, kind).query(Integer.class)
                .single();
        if (present > 0) {
            return false;
        }
        try {
            jdbc.sql("insert into campaign_reminder_sent(campaign_id, unit_id, report_date, kind, sent_at) "
                    + "values (?,?,?,?,?)").params(c.id(), u.unitId(), day, kind, clock.now()).update();
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
