package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.diaodu.common.AppClock;
import cn.diaodu.reporting.ReportingMonth;

/**
 * docs/figures.md §0: the reporting month and the day a month is judged at, on the dates around a month's turn and a
 * period's opening (fixed diaodu.today, periods opened and closed), over the three tables the rule reads.
 */
class ReportingMonthTest {
    private JdbcClient jdbc;

    @BeforeEach
    void tables() {
        var ds = new DriverManagerDataSource("jdbc:h2:mem:rm" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(ds);
        jdbc.sql("create table reporting_period (kind varchar(10), period_key varchar(10), opens_at timestamp with time zone,"
                + " closed_at timestamp with time zone)").update();
        jdbc.sql("create table project (id bigint, plan_year int)").update();
        jdbc.sql("create table monthly_report (project_id bigint, report_year int, report_month int)").update();
        jdbc.sql("insert into project values (1, 2026), (2, 2026)").update();
    }

    private ReportingMonth on(String today) {
        return new ReportingMonth(jdbc, new AppClock(today));
    }

    private void period(String key, OffsetDateTime opens, OffsetDateTime closed) {
        jdbc.sql("insert into reporting_period values ('MONTH', ?, ?, ?)").param(key).param(opens).param(closed)
                .update();
    }

    private static OffsetDateTime at(String date) {
        return LocalDate.parse(date).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
    }

    @Test
    void withoutPeriodsThePreviousMonthUntilEveryReportOfTheCurrentOneIsIn() {
        assertThat(on("2026-12-01").current()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(on("2026-11-30").current()).isEqualTo(YearMonth.of(2026, 10));
        jdbc.sql("insert into monthly_report values (1, 2026, 12)").update();
        assertThat(on("2026-12-02").current()).isEqualTo(YearMonth.of(2026, 11));
        jdbc.sql("insert into monthly_report values (2, 2026, 12)").update();
        assertThat(on("2026-12-02").current()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void theTurnOfTheYearGoesBackToDecember() {
        assertThat(on("2027-01-01").current()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void anOpenPeriodIsTheReportingMonthFromTheDayItOpens() {
        period("2026-12", at("2026-12-03"), null);
        assertThat(on("2026-12-02").current()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(on("2026-12-03").current()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void aClosedPeriodIsNoLongerTheReportingMonthAndAFuturePeriodNeverIs() {
        period("2026-11", at("2026-11-25"), at("2026-12-05"));
        period("2027-01", at("2026-12-01"), null);
        assertThat(on("2026-12-06").current()).isEqualTo(YearMonth.of(2026, 11));
        period("2026-10", at("2026-10-25"), null);
        assertThat(on("2026-12-06").current()).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void aRunningMonthIsJudgedTodayAnEndedOneAtItsEnd() {
        ReportingMonth rm = on("2026-12-02");
        assertThat(rm.asOf(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(rm.asOf(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(on("2026-12-31").asOf(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(on("2027-01-01").asOf(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
