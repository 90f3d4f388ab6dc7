package cn.diaodu.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import cn.diaodu.common.AppClock;

/**
 * The reporting month (docs/figures.md §0): the latest month whose reports are due. It is the month of the latest
 * open reporting period (opened, not closed, not after the current month); without one, the previous month, until
 * every project of the current month's year has its report for the current month, then the current month. Pages,
 * the 大屏, the bulletin page and the API (where a month is optional) start from it.
 */
@Service
public class ReportingMonth {
    private final JdbcClient jdbc;
    private final AppClock clock;

    public ReportingMonth(JdbcClient jdbc, AppClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The reporting month as of today. */
    public YearMonth current() {
        YearMonth now = clock.currentMonth();
        YearMonth open = latestOpen(now);
        if (open != null) {
            return open;
        }
        return allReported(now) ? now : now.minusMonths(1);
    }

    /**
     * The last day a month is judged at: the month's end, or today while the month is still running (a planned start
     * later in the month is not yet late).
     */
    public LocalDate asOf(YearMonth month) {
        LocalDate end = month.atEndOfMonth();
        LocalDate today = clock.today();
        return today.isBefore(end) ? today : end;
    }

    private YearMonth latestOpen(YearMonth now) {
        return jdbc.sql("select period_key from reporting_period where kind = 'MONTH' and closed_at is null and opens_at <= ?"
                        + " and period_key <= ? order by period_key desc")
                .param(clock.now()).param(now.toString())
                .query(String.class).list().stream().findFirst().map(YearMonth::parse).orElse(null);
    }

    private boolean allReported(YearMonth now) {
        Integer missing = jdbc.sql("select count(*) from project p where p.plan_year = ? and not exists ("
                        + "select 1 from monthly_report r where r.project_id = p.id and r.report_year = ?"
                        + " and r.report_month = ?)")
                .param(now.getYear()).param(now.getYear()).param(now.getMonthValue())
                .query(Integer.class).single();
        Integer projects = jdbc.sql("select count(*) from project where plan_year = ?").param(now.getYear())
                .query(Integer.class).single();
        return projects > 0 && missing == 0;
    }
}
