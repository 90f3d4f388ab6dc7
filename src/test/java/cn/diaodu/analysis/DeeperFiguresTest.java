package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.diaodu.analysis.DeeperFigures.Forecast;
import cn.diaodu.analysis.DeeperFigures.ForecastMethod;
import cn.diaodu.analysis.DeeperFigures.Match;
import cn.diaodu.analysis.DeeperFigures.MatchedBy;
import cn.diaodu.analysis.DeeperFigures.SeasonalProfile;
import cn.diaodu.analysis.DeeperFigures.YearOnYear;
import cn.diaodu.analysis.DeeperFigures.YoyPair;
import cn.diaodu.project.Category;
import cn.diaodu.project.Milestone;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectLevel;

/**
 * The deeper figures of docs/figures.md on {@link DeeperFigures}, each expected value computed by hand (in the
 * comments). Amounts in 万元: "a" the annual plan, "T" the total investment, "c" completed through M.
 */
class DeeperFiguresTest {
    private static final AtomicLong IDS = new AtomicLong();

    // ---- builders ------------------------------------------------------------------------------------------------

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static Project project(int year, String code, String name, long unit, String annualPlan, String total,
            LocalDate actualStart, List<BigDecimal> plan) {
        return new Project(IDS.incrementAndGet(), code, name, year, Category.INDUSTRY, ProjectLevel.CITY, "370102",
                unit, null, d(total), d(annualPlan), null, actualStart, null, plan, 0);
    }

    /** A 2024 project without plan, started 2024-01-10. */
    static Project p(String annualPlan, String total) {
        long id = IDS.get() + 1;
        return project(2024, "T-" + id, "项目" + id, 1L, annualPlan, total, LocalDate.of(2024, 1, 10), null);
    }

    static Project started(LocalDate actualStart, String annualPlan) {
        long id = IDS.get() + 1;
        return project(2024, "S-" + id, "项目" + id, 1L, annualPlan, "99999", actualStart, null);
    }

    static Project withPlan(String annualPlan, String total, String... months) {
        List<BigDecimal> plan = new ArrayList<>();
        for (String m : months) {
            plan.add(d(m));
        }
        assertThat(plan).hasSize(12);
        long id = IDS.get() + 1;
        return project(2024, "P-" + id, "项目" + id, 1L, annualPlan, total, LocalDate.of(2024, 1, 10), plan);
    }

    /** Monthly amounts by month number: month, amount, month, amount, … (months left out have no report). */
    static BigDecimal[] reports(Object... monthAndAmount) {
        BigDecimal[] out = new BigDecimal[12];
        for (int i = 0; i < monthAndAmount.length; i += 2) {
            out[(Integer) monthAndAmount[i] - 1] = d((String) monthAndAmount[i + 1]);
        }
        return out;
    }

    /** Compares by value and by the two decimals shown. */
    static void shows(BigDecimal actual, String expected) {
        assertThat(actual).as("value").isEqualByComparingTo(expected);
        assertThat(actual.toPlainString()).as("shown").isEqualTo(d(expected).setScale(2).toPlainString());
    }

    static void forecast(Forecast f, ForecastMethod method, String amount, String rate, boolean capped) {
        assertThat(f.method()).as("method").isEqualTo(method);
        shows(f.amount(), amount);
        shows(f.rate(), rate);
        assertThat(f.capped()).as("capped").isEqualTo(capped);
    }

    // ---- year on year --------------------------------------------------------------------------------------------

    @Nested
    class YearOnYearFigures {
        @Test
        void growthWithData() {
            // (360 − 300) / 300 × 100 = 20.00
            shows(DeeperFigures.growth(d("360"), d("300")), "20");
            // (250 − 300) / 300 × 100 = −16.666… → −16.67
            shows(DeeperFigures.growth(d("250"), d("300")), "-16.67");
            // (0 − 80) / 80 = −100.00: nothing this year is a fall, not missing data
            shows(DeeperFigures.growth(d("0"), d("80")), "-100");
        }

        @Test
        void growthRoundsHalfUpOnce() {
            // 0.02 / 400 × 100 = 0.005 exactly → 0.01 (half-even would give 0.00)
            shows(DeeperFigures.growth(d("400.02"), d("400")), "0.01");
            // 1 / 3 → 33.333… → 33.33; 2 / 3 → 66.666… → 66.67
            shows(DeeperFigures.growth(d("4"), d("3")), "33.33");
            shows(DeeperFigures.growth(d("5"), d("3")), "66.67");
        }

        @Test
        void lastYearZeroHasNoGrowth() {
            assertThat(DeeperFigures.growth(d("100"), BigDecimal.ZERO)).isNull();
            YearOnYear y = DeeperFigures.yearOnYear(List.of(new YoyPair(d("100"), d("0"))));
            assertThat(y.comparableProjects()).isEqualTo(1);
            shows(y.thisYear(), "100");
            shows(y.lastYear(), "0");
            assertThat(y.growth()).isNull();
        }

        @Test
        void withoutComparableDataEverythingIsNull() {
            YearOnYear y = DeeperFigures.yearOnYear(List.of());
            assertThat(y).isEqualTo(new YearOnYear(0, null, null, null));
            assertThat(DeeperFigures.growth(d("100"), null)).isNull();
        }

        @Test
        void aGroupSumsItsPairsFirst() {
            // (360 + 120) vs (300 + 80): (480 − 380) / 380 = 26.315… → 26.32 (not the mean of 20 % and 50 %)
            YearOnYear y = DeeperFigures.yearOnYear(List.of(new YoyPair(d("360"), d("300")),
                    new YoyPair(d("120"), d("80"))));
            assertThat(y.comparableProjects()).isEqualTo(2);
            shows(y.thisYear(), "480");
            shows(y.lastYear(), "380");
            shows(y.growth(), "26.32");
        }

        @Test
        void aProjectWithoutCounterpartHasNoYoy() {
            Project p = p("1000", "3000");
            ProjectOutlook o = DeeperFigures.project(p, reports(1, "100"), 6, null, null, SeasonalProfile.NONE,
                    List.of());
            assertThat(o.yoy()).isEqualTo(YearOnYear.NONE);
            shows(o.completed(), "100");
        }

        @Test
        void aProjectWithACounterpartWithoutReportsCountsLastYearAsZero() {
            Project p = p("1000", "3000");
            Project q = project(2023, "Q-x", "q", 1L, "1000", "3000", null, null);
            ProjectOutlook o = DeeperFigures.project(p, reports(1, "100"), 6, new Match(q, MatchedBy.CODE), null,
                    SeasonalProfile.NONE, List.of());
            assertThat(o.yoy().comparableProjects()).isEqualTo(1);
            shows(o.yoy().thisYear(), "100");
            shows(o.yoy().lastYear(), "0");
            assertThat(o.yoy().growth()).isNull();
        }
    }

    @Nested
    class Matching {
        @Test
        void theCodeWithTheYearReplaced() {
            assertThat(DeeperFigures.previousYearCode("SF-2024-001", 2024)).isEqualTo("SF-2023-001");
            assertThat(DeeperFigures.previousYearCode("GY2024-17", 2024)).isEqualTo("GY2023-17");
            assertThat(DeeperFigures.previousYearCode("GY-17", 2024)).isEqualTo("GY-17");
        }

        @Test
        void byCodeFirstThenByNameAndUnit() {
            Project q1 = project(2023, "SF-2023-001", "城东污水处理厂", 1L, "100", "300", null, null);
            Project q2 = project(2023, "XM2023-00007", "北区道路", 2L, "100", "300", null, null);
            Project q3 = project(2023, "XM2023-00008", "老年大学", 2L, "100", "300", null, null);
            // p1 renamed, but its code carries the year; p2 same name and unit; p3 another name; p4 same name, other unit
            Project p1 = project(2024, "SF-2024-001", "城东污水处理厂（二期）", 1L, "100", "300", null, null);
            Project p2 = project(2024, "XM2024-00031", "北区道路", 2L, "100", "300", null, null);
            Project p3 = project(2024, "XM2024-00032", "老年大学二期", 2L, "100", "300", null, null);
            Project p4 = project(2024, "XM2024-00033", "老年大学", 3L, "100", "300", null, null);
            Map<Long, Match> m = DeeperFigures.matchPreviousYear(List.of(p1, p2, p3, p4), List.of(q1, q2, q3));
            assertThat(m).containsOnlyKeys(p1.id(), p2.id());
            assertThat(m.get(p1.id())).isEqualTo(new Match(q1, MatchedBy.CODE));
            assertThat(m.get(p2.id())).isEqualTo(new Match(q2, MatchedBy.NAME_AND_UNIT));
        }

        @Test
        void anAmbiguousNameAndUnitMatchesNothing() {
            Project q1 = project(2023, "A-1", "道路", 1L, "100", "300", null, null);
            Project q2 = project(2023, "A-2", "道路", 1L, "100", "300", null, null);
            Project p1 = project(2024, "B-1", "道路", 1L, "100", "300", null, null);
            assertThat(DeeperFigures.matchPreviousYear(List.of(p1), List.of(q1, q2))).isEmpty();
            // two of this year for one of last year: neither
            Project p2 = project(2024, "B-2", "道路", 1L, "100", "300", null, null);
            assertThat(DeeperFigures.matchPreviousYear(List.of(p1, p2), List.of(q1))).isEmpty();
            // names are compared trimmed
            Project p3 = project(2024, "B-3", " 道路 ", 1L, "100", "300", null, null);
            assertThat(DeeperFigures.matchPreviousYear(List.of(p3), List.of(q1))).containsOnlyKeys(p3.id());
        }

        @Test
        void aProjectMatchedByCodeIsNotMatchedAgainByName() {
            Project q1 = project(2023, "SF-2023-001", "道路", 1L, "100", "300", null, null);
            Project p1 = project(2024, "SF-2024-001", "桥梁", 1L, "100", "300", null, null);
            Project p2 = project(2024, "XM2024-1", "道路", 1L, "100", "300", null, null);
            Map<Long, Match> m = DeeperFigures.matchPreviousYear(List.of(p1, p2), List.of(q1));
            assertThat(m).containsOnlyKeys(p1.id());
        }

        @Test
        void onlyTheYearBeforeCounts() {
            Project q = project(2022, "SF-2023-001", "道路", 1L, "100", "300", null, null);
            Project p = project(2024, "SF-2024-001", "道路", 1L, "100", "300", null, null);
            assertThat(DeeperFigures.matchPreviousYear(List.of(p), List.of(q))).isEmpty();
        }
    }

    // ---- forecast ------------------------------------------------------------------------------------------------

    @Nested
    class Forecasts {
        @Test
        void ownAverageFromJanuary() {
            // 60 × 6 = 360 by June, first report January: 360 × 12 / 6 = 720.00; 720 / 1200 = 60.00 %
            Forecast f = DeeperFigures.forecast(p("1200", "3600"), reports(1, "60", 2, "60", 3, "60", 4, "60", 5, "60",
                    6, "60"), 6, SeasonalProfile.NONE);
            forecast(f, ForecastMethod.OWN_AVERAGE, "720", "60", false);
            assertThat(f.reportedMonths()).isEqualTo(6);
        }

        @Test
        void ownAverageSinceTheFirstReport() {
            // reports April 30, May 30, June 40: c 100 over 3 months, 6 months left:
            // 100 + 6 × 100 / 3 = 300 = 100 × (13 − 4) / (6 − 4 + 1)
            Forecast f = DeeperFigures.forecast(p("1000", "3000"), reports(4, "30", 5, "30", 6, "40"), 6,
                    SeasonalProfile.NONE);
            forecast(f, ForecastMethod.OWN_AVERAGE, "300", "30", false);
        }

        @Test
        void zeroReportsAreReportedMonths() {
            // January 0, February 0 (零报告), March 30: three months reported, c 30, first January: 30 × 12 / 3 = 120
            Forecast f = DeeperFigures.forecast(p("1000", "3000"), reports(1, "0", 2, "0", 3, "30"), 3,
                    new SeasonalProfile(d("1"), d("100")));
            forecast(f, ForecastMethod.OWN_AVERAGE, "120", "12", false);
            assertThat(f.reportedMonths()).isEqualTo(3);
        }

        @Test
        void ownAverageRoundsHalfUpOnce() {
            // months 1, 2, 3 reported, c 100.03 at M = 8: 100.03 × 12 / 8 = 150.045 → 150.05 (half-even: 150.04)
            Forecast f = DeeperFigures.forecast(p("1000", "3000"), reports(1, "50", 2, "50", 3, "0.03"), 8,
                    SeasonalProfile.NONE);
            forecast(f, ForecastMethod.OWN_AVERAGE, "150.05", "15.01", false);
        }

        @Test
        void ownPlan() {
            // plan 50, 50, 100 × 8, 50, 50 (1000): through June 500; reports Feb 100, Apr 150, Jun 150 → c 400:
            // 400 × 1000 / 500 = 800.00, 80.00 %
            Project p = withPlan("1000", "3000", "50", "50", "100", "100", "100", "100", "100", "100", "100", "100",
                    "50", "50");
            Forecast f = DeeperFigures.forecast(p, reports(2, "100", 4, "150", 6, "150"), 6, SeasonalProfile.NONE);
            forecast(f, ForecastMethod.OWN_PLAN, "800", "80", false);
        }

        @Test
        void ownPlanThatNeverEnds() {
            // plan through March 300 of 1000; c 100: 100 × 1000 / 300 = 333.333… → 333.33; 33.33 %
            Project p = withPlan("1000", "3000", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100",
                    "0", "0");
            Forecast f = DeeperFigures.forecast(p, reports(1, "20", 2, "30", 3, "50"), 3, SeasonalProfile.NONE);
            forecast(f, ForecastMethod.OWN_PLAN, "333.33", "33.33", false);
        }

        @Test
        void aPlanWithNothingDueYetFallsBackToTheOwnAverage() {
            // plan starts in July; reports April to June 10 each: c 30, first April: 30 × 9 / 3 = 90
            Project p = withPlan("600", "1800", "0", "0", "0", "0", "0", "0", "100", "100", "100", "100", "100", "100");
            Forecast f = DeeperFigures.forecast(p, reports(4, "10", 5, "10", 6, "10"), 6, SeasonalProfile.NONE);
            forecast(f, ForecastMethod.OWN_AVERAGE, "90", "15", false);
        }

        @Test
        void fromTheCategoryProfile() {
            // two months reported (May 50, June 70): c 120; the category did 380 of 1500 by June last year:
            // 120 × 1500 / 380 = 473.684… → 473.68; 473.68 / 800 = 59.21 %
            Forecast f = DeeperFigures.forecast(p("800", "2400"), reports(5, "50", 6, "70"), 6,
                    new SeasonalProfile(d("380"), d("1500")));
            forecast(f, ForecastMethod.CATEGORY, "473.68", "59.21", false);
            assertThat(f.reportedMonths()).isEqualTo(2);
        }

        @Test
        void theCategoryProfileIsTheSumOfLastYearsProjects() {
            Project q1 = project(2023, "Q1", "q1", 1L, "1", "1", null, null);
            Project q2 = project(2023, "Q2", "q2", 1L, "1", "1", null, null);
            Project q3 = project(2023, "Q3", "q3", 1L, "1", "1", null, null);
            // q3 has no report at all
            SeasonalProfile s = DeeperFigures.profile(List.of(q1, q2, q3),
                    Map.of(q1.id(), d("300"), q2.id(), d("80")), Map.of(q1.id(), d("1000"), q2.id(), d("500")));
            assertThat(s.throughMonth()).isEqualByComparingTo("380");
            assertThat(s.fullYear()).isEqualByComparingTo("1500");
            assertThat(s.usable()).isTrue();
            assertThat(DeeperFigures.profile(List.of(), Map.of(), Map.of()).usable()).isFalse();
        }

        @Test
        void aCategoryThatHadDoneNothingByTheMonthGivesTheLinearFallback() {
            // April 10, June 5: c 15; the category's H(6) = 0 → 15 × 12 / 6 = 30.00; 30 / 500 = 6.00 %
            Forecast f = DeeperFigures.forecast(p("500", "1500"), reports(4, "10", 6, "5"), 6,
                    new SeasonalProfile(d("0"), d("400")));
            forecast(f, ForecastMethod.LINEAR, "30", "6", false);
        }

        @Test
        void linearWithoutHistory() {
            // c 100 at M = 5, no profile: 100 × 12 / 5 = 240.00; 24.00 %
            forecast(DeeperFigures.forecast(p("1000", "3000"), reports(3, "100"), 5, SeasonalProfile.NONE),
                    ForecastMethod.LINEAR, "240", "24", false);
            // 100 × 12 / 7 = 171.428… → 171.43; 17.14 %
            forecast(DeeperFigures.forecast(p("1000", "3000"), reports(3, "100"), 7, null),
                    ForecastMethod.LINEAR, "171.43", "17.14", false);
        }

        @Test
        void nothingReportedForecastsNothing() {
            Forecast f = DeeperFigures.forecast(p("1000", "3000"), null, 6, new SeasonalProfile(d("10"), d("100")));
            forecast(f, ForecastMethod.CATEGORY, "0", "0", false);
            assertThat(f.reportedMonths()).isZero();
        }

        @Test
        void cappedAtTheTotalInvestment() {
            // January 100, February 50, March 50: c 200 at M = 6 → 200 × 12 / 6 = 400 > T 300 → 300.00; 150.00 %
            forecast(DeeperFigures.forecast(p("200", "300"), reports(1, "100", 2, "50", 3, "50"), 6,
                    SeasonalProfile.NONE), ForecastMethod.OWN_AVERAGE, "300", "150", true);
        }

        @Test
        void neverBelowCompleted() {
            // reports beyond the total investment (c 500 > T 400): the forecast is what is already done
            forecast(DeeperFigures.forecast(p("300", "400"), reports(1, "100", 2, "200", 3, "200"), 3,
                    SeasonalProfile.NONE), ForecastMethod.OWN_AVERAGE, "500", "166.67", true);
        }

        @Test
        void decemberIsFinal() {
            // c 950 at M = 12 → 950, whatever the profile
            forecast(DeeperFigures.forecast(p("1000", "3000"), reports(3, "450", 12, "500"), 12,
                    new SeasonalProfile(d("1"), d("100"))), ForecastMethod.FINAL, "950", "95", false);
        }

        @Test
        void reportsAfterTheMonthDoNotCount() {
            // June asked; July's 500 is not in c (100), nor in the months reported (1)
            Forecast f = DeeperFigures.forecast(p("1000", "3000"), reports(2, "100", 7, "500"), 6,
                    SeasonalProfile.NONE);
            forecast(f, ForecastMethod.LINEAR, "200", "20", false);
            assertThat(f.reportedMonths()).isEqualTo(1);
        }
    }

    // ---- 开而不建 ------------------------------------------------------------------------------------------------

    @Nested
    class StartedNotBuilding {
        @Test
        void exactlyThreeMonthsAfterTheStart() {
            // 2024-03-31 + 3 months = 2024-06-30 = June's last day: flagged in June
            Project p = started(LocalDate.of(2024, 3, 31), "1000");
            assertThat(DeeperFigures.stalledFrom(p)).isEqualTo(LocalDate.of(2024, 6, 30));
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 6)).isTrue();
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 5)).isFalse();
        }

        @Test
        void aDayLessIsNotYetThreeMonths() {
            // 2024-04-01 + 3 months = 2024-07-01 > June 30: not in June, flagged in July
            Project p = started(LocalDate.of(2024, 4, 1), "1000");
            assertThat(DeeperFigures.startedNotBuilding(p, d("10"), 6)).isFalse();
            assertThat(DeeperFigures.startedNotBuilding(p, d("10"), 7)).isTrue();
        }

        @Test
        void theEndOfAShortMonth() {
            // 2024-01-31 + 3 months = 2024-04-30 (April has 30 days): flagged in April
            Project p = started(LocalDate.of(2024, 1, 31), "1000");
            assertThat(DeeperFigures.stalledFrom(p)).isEqualTo(LocalDate.of(2024, 4, 30));
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 4)).isTrue();
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 3)).isFalse();
        }

        @Test
        void exactlyFivePercentIsNotFlagged() {
            Project p = started(LocalDate.of(2024, 1, 10), "1000");
            // 50 / 1000 = 5.00 % → not below 5 %
            assertThat(DeeperFigures.startedNotBuilding(p, d("50"), 6)).isFalse();
            // 49.99 / 1000 = 4.999 % → below
            assertThat(DeeperFigures.startedNotBuilding(p, d("49.99"), 6)).isTrue();
            // no reports at all
            assertThat(DeeperFigures.startedNotBuilding(p, null, 6)).isTrue();
        }

        @Test
        void notStartedIsNeverStartedNotBuilding() {
            assertThat(DeeperFigures.startedNotBuilding(started(null, "1000"), d("0"), 12)).isFalse();
            assertThat(DeeperFigures.stalledFrom(started(null, "1000"))).isNull();
            // started after the month asked
            assertThat(DeeperFigures.startedNotBuilding(started(LocalDate.of(2024, 8, 1), "1000"), d("0"), 7))
                    .isFalse();
        }

        @Test
        void aContinuingProjectIsJudgedFromTheFirstOfJanuary() {
            // started 2023-11-15: from 2024-01-01 + 3 months = 2024-04-01: not in March, flagged in April
            Project p = started(LocalDate.of(2023, 11, 15), "1000");
            assertThat(DeeperFigures.stalledFrom(p)).isEqualTo(LocalDate.of(2024, 4, 1));
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 1)).isFalse();
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 3)).isFalse();
            assertThat(DeeperFigures.startedNotBuilding(p, d("0"), 4)).isTrue();
            assertThat(DeeperFigures.startedNotBuilding(p, d("60"), 4)).isFalse();
        }
    }

    // ---- milestones ------------------------------------------------------------------------------------------------

    @Nested
    class Milestones {
        private final LocalDate today = LocalDate.of(2024, 7, 15);

        @Test
        void overdueIsPlannedBeforeTodayAndNotReached() {
            assertThat(Milestone.isOverdue(LocalDate.of(2024, 7, 14), null, today)).isTrue();
            assertThat(Milestone.daysOverdue(LocalDate.of(2024, 6, 30), null, today)).isEqualTo(15);
            // planned for today: not yet
            assertThat(Milestone.isOverdue(today, null, today)).isFalse();
            assertThat(Milestone.daysOverdue(today, null, today)).isZero();
            // reached, even late: not overdue
            assertThat(Milestone.isOverdue(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 6, 10), today)).isFalse();
            assertThat(Milestone.isOverdue(LocalDate.of(2024, 9, 30), null, today)).isFalse();
        }

        @Test
        void countsTheOverdueOnes() {
            assertThat(DeeperFigures.overdueMilestones(List.of(milestone("2024-06-30", null),
                    milestone("2024-09-30", null), milestone("2024-05-31", "2024-06-10"),
                    milestone("2024-07-01", null)))).isEqualTo(2);
            assertThat(DeeperFigures.overdueMilestones(List.of())).isZero();
        }

        Milestone milestone(String planned, String actual) {
            LocalDate pd = LocalDate.parse(planned);
            LocalDate ad = actual == null ? null : LocalDate.parse(actual);
            return new Milestone(IDS.incrementAndGet(), 1L, "节点", pd, ad, null, Milestone.isOverdue(pd, ad, today),
                    Milestone.daysOverdue(pd, ad, today), 0);
        }
    }

    // ---- the worked example of docs/figures.md §6 --------------------------------------------------------------

    @Test
    void theWorkedExampleOfDocsFigures() {
        LocalDate today = LocalDate.of(2024, 7, 15);
        Project p1 = project(2024, "SF-2024-001", "城东污水处理厂", 1L, "1200", "3600", LocalDate.of(2023, 11, 1), null);
        Project p2 = project(2024, "XM2024-00031", "北区道路", 2L, "800", "2400", LocalDate.of(2024, 4, 20), null);
        Project p3 = project(2024, "XM2024-00032", "老年大学二期", 2L, "500", "1500", LocalDate.of(2024, 3, 1), null);
        Project p4 = withPlan("1000", "3000", "50", "50", "100", "100", "100", "100", "100", "100", "100", "100", "50",
                "50");
        Project p5 = project(2024, "XM2024-00035", "数据中心", 1L, "200", "300", LocalDate.of(2024, 1, 5), null);
        Project q1 = project(2023, "SF-2023-001", "城东污水处理厂", 1L, "1200", "3600", null, null);
        Project q2 = project(2023, "XM2023-00007", "北区道路", 2L, "600", "1800", null, null);
        Project q3 = project(2023, "XM2023-00008", "老年大学", 2L, "400", "1200", null, null);
        Map<Long, Match> matches = DeeperFigures.matchPreviousYear(List.of(p1, p2, p3, p4, p5), List.of(q1, q2, q3));
        assertThat(matches).containsOnlyKeys(p1.id(), p2.id());

        SeasonalProfile infra = new SeasonalProfile(d("380"), d("1500"));
        SeasonalProfile social = new SeasonalProfile(d("0"), d("400"));
        Milestone late = new Milestone(1, p1.id(), "主体完工", LocalDate.of(2024, 6, 30), null, null,
                Milestone.isOverdue(LocalDate.of(2024, 6, 30), null, today), 15, 0);
        Milestone later = new Milestone(2, p1.id(), "设备安装", LocalDate.of(2024, 9, 30), null, null,
                Milestone.isOverdue(LocalDate.of(2024, 9, 30), null, today), 0, 0);
        ProjectOutlook o1 = DeeperFigures.project(p1, reports(1, "60", 2, "60", 3, "60", 4, "60", 5, "60", 6, "60"),
                6, matches.get(p1.id()), d("300"), infra, List.of(late, later));
        ProjectOutlook o2 = DeeperFigures.project(p2, reports(5, "50", 6, "70"), 6, matches.get(p2.id()), d("80"),
                infra, List.of());
        ProjectOutlook o3 = DeeperFigures.project(p3, reports(4, "10", 6, "5"), 6, null, null, social, List.of());
        ProjectOutlook o4 = DeeperFigures.project(p4, reports(2, "100", 4, "150", 6, "150"), 6, null, null,
                SeasonalProfile.NONE, List.of());
        ProjectOutlook o5 = DeeperFigures.project(p5, reports(1, "100", 2, "50", 3, "50"), 6, null, null,
                SeasonalProfile.NONE, List.of());

        shows(o1.yoy().growth(), "20");
        shows(o2.yoy().growth(), "50");
        forecast(o1.forecast(), ForecastMethod.OWN_AVERAGE, "720", "60", false);
        forecast(o2.forecast(), ForecastMethod.CATEGORY, "473.68", "59.21", false);
        forecast(o3.forecast(), ForecastMethod.LINEAR, "30", "6", false);
        forecast(o4.forecast(), ForecastMethod.OWN_PLAN, "800", "80", false);
        forecast(o5.forecast(), ForecastMethod.OWN_AVERAGE, "300", "150", true);
        assertThat(List.of(o1, o2, o3, o4, o5).stream().map(ProjectOutlook::startedNotBuilding).toList())
                .containsExactly(false, false, true, false, false);
        assertThat(o1.overdueMilestones()).isEqualTo(1);

        // total: yoy 480 / 380 → 26.32; forecast 2323.68 of 3700 → 62.80 %; one 开而不建, one overdue
        DeeperFigures.GroupOutlook total = DeeperFigures.group(List.of(o1, o2, o3, o4, o5));
        assertThat(total.projects()).isEqualTo(5);
        shows(total.annualPlan(), "3700");
        shows(total.completed(), "1095");
        // 1095 / 3700 = 29.594… → 29.59
        shows(total.completionRate(), "29.59");
        assertThat(total.yoy().comparableProjects()).isEqualTo(2);
        shows(total.yoy().growth(), "26.32");
        shows(total.forecast(), "2323.68");
        shows(total.forecastRate(), "62.8");
        assertThat(total.startedNotBuilding()).isEqualTo(1);
        assertThat(total.overdueMilestones()).isEqualTo(1);
        // county A (P1, P4): 1520 / 2200 = 69.09 %; county B (P2, P3, P5): 803.68 / 1500 = 53.58 %
        DeeperFigures.GroupOutlook a = DeeperFigures.group(List.of(o1, o4));
        shows(a.forecast(), "1520");
        shows(a.forecastRate(), "69.09");
        shows(a.yoy().growth(), "20");
        DeeperFigures.GroupOutlook b = DeeperFigures.group(List.of(o2, o3, o5));
        shows(b.forecast(), "803.68");
        shows(b.forecastRate(), "53.58");
        shows(b.yoy().growth(), "50");
        // an empty group
        DeeperFigures.GroupOutlook none = DeeperFigures.group(List.of());
        shows(none.forecastRate(), "0");
        assertThat(none.yoy()).isEqualTo(YearOnYear.NONE);
    }
}
