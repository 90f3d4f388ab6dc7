package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.diaodu.project.Category;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectLevel;

/**
 * Every rule of CONTRACT §6 on {@link Figures}, with expected values computed by hand (in the comments). Year 2024;
 * month M; "a" the annual plan, "c" completed, "e" expected, all in 万元.
 */
class FiguresTest {
    private static final AtomicLong IDS = new AtomicLong();
    private static final LocalDate STARTED = LocalDate.of(2024, 1, 10);

    // ---- builders ------------------------------------------------------------------------------------------------

    static Project project(String annualPlan, LocalDate plannedStart, LocalDate actualStart, List<BigDecimal> plan) {
        BigDecimal a = new BigDecimal(annualPlan);
        long id = IDS.incrementAndGet();
        return new Project(id, "T-" + id, "项目" + id, 2024, Category.INDUSTRY, ProjectLevel.CITY, "370102", 1L, null,
                a.multiply(BigDecimal.valueOf(3)), a, plannedStart, actualStart, null, plan, 0);
    }

    /** A started project (actualStart 2024-01-10) without a monthly plan. */
    static Project started(String annualPlan) {
        return project(annualPlan, null, STARTED, null);
    }

    static List<BigDecimal> plan(String... months) {
        assertThat(months).hasSize(12);
        List<BigDecimal> out = new ArrayList<>();
        for (String m : months) {
            out.add(new BigDecimal(m));
        }
        return out;
    }

    /** 1000 over the year, nothing planned before July: 0×6, 100, 100, 200, 200, 200, 200. */
    static List<BigDecimal> lateStartPlan() {
        return plan("0", "0", "0", "0", "0", "0", "100", "100", "200", "200", "200", "200");
    }

    /** 1000 over the year, nothing planned before September: 0×8, 250×4. */
    static List<BigDecimal> septemberPlan() {
        return plan("0", "0", "0", "0", "0", "0", "0", "0", "250", "250", "250", "250");
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static ProjectFigures figures(Project p, String completed, int month) {
        return Figures.project(p, completed == null ? null : d(completed), month);
    }

    /** Compares decimals by value and by their two shown decimals. */
    static void shows(BigDecimal actual, String expected) {
        assertThat(actual).as("value").isEqualByComparingTo(expected);
        assertThat(actual.toPlainString()).as("shown").isEqualTo(new BigDecimal(expected).setScale(2).toPlainString());
    }

    // ---- completed, expected, rates ------------------------------------------------------------------------------

    @Nested
    class OneProject {
        @Test
        void noReportsAtAll() {
            // a 1200, M 6, c 0 (no reports): 0 %, e 600 → 50 %, gap −50 → RED by the gap
            ProjectFigures f = figures(started("1200"), null, 6);
            assertThat(f.annualPlan()).isEqualByComparingTo("1200");
            shows(f.completed(), "0");
            shows(f.expected(), "600");
            shows(f.completionRate(), "0");
            shows(f.expectedRate(), "50");
            shows(f.gap(), "-50");
            assertThat(f.started()).isTrue();
            assertThat(f.warning()).isEqualTo(Warning.RED);
            assertThat(f.reasons()).hasSize(1);
            assertThat(f.reasons().get(0)).contains("50.00");
        }

        @Test
        void onSchedule() {
            // a 1200, M 6, c 600: 50 % against 50 %
            ProjectFigures f = figures(started("1200"), "600", 6);
            shows(f.completionRate(), "50");
            shows(f.expectedRate(), "50");
            shows(f.gap(), "0");
            assertThat(f.warning()).isEqualTo(Warning.GREEN);
            assertThat(f.reasons()).isEmpty();
        }

        @Test
        void aheadOfSchedule() {
            // a 1200, M 3, c 900: 75 % against 25 % → +50
            ProjectFigures f = figures(started("1200"), "900", 3);
            shows(f.completionRate(), "75");
            shows(f.expectedRate(), "25");
            shows(f.gap(), "50");
            assertThat(f.warning()).isEqualTo(Warning.GREEN);
        }

        @ParameterizedTest(name = "M={0} → expectedRate {1}")
        @CsvSource({ "1,8.33", "2,16.67", "3,25.00", "4,33.33", "5,41.67", "6,50.00", "7,58.33", "8,66.67",
                "9,75.00", "10,83.33", "11,91.67", "12,100.00" })
        void expectedIsAnnualPlanTimesMOverTwelve(int month, String rate) {
            // without a monthly plan: e = a × M / 12; a 1200 → e = 100 × M
            ProjectFigures f = figures(started("1200"), "1200", month);
            shows(f.expected(), String.valueOf(100 * month));
            shows(f.expectedRate(), rate);
            assertThat(Figures.timeElapsedRate(month)).isEqualByComparingTo(rate);
        }

        @Test
        void expectedOfAnAnnualPlanThatDoesNotDivideByTwelve() {
            // a 1000, M 7: e = 7000 / 12 = 583.333… → shown 583.33; rate 58.33
            ProjectFigures f = figures(started("1000"), "583.33", 7);
            shows(f.expected(), "583.33");
            shows(f.expectedRate(), "58.33");
            // completion 58.333 % vs 58.3333… %: gap −0.00033… → shown 0.00 (never -0.00)
            shows(f.completionRate(), "58.33");
            shows(f.gap(), "0");
        }

        @Test
        void roundingIsHalfUpToTwoDecimals() {
            // a 800, c 100.04: 12.505 % → 12.51 (half-even would give 12.50)
            ProjectFigures f = figures(started("800"), "100.04", 6);
            shows(f.completionRate(), "12.51");
            // gap 12.505 − 50 = −37.495 → −37.50 (BigDecimal HALF_UP: the half goes away from zero)
            shows(f.gap(), "-37.50");
            // a 3, c 2: 66.666… → 66.67; c 1: 33.333… → 33.33
            shows(figures(started("3"), "2", 12).completionRate(), "66.67");
            shows(figures(started("3"), "1", 12).completionRate(), "33.33");
        }

        @Test
        void gapIsRoundedFromUnroundedRates() {
            // a 2000, M 7, c 766.70: completion 38.335 → 38.34, expected 58.333… → 58.33;
            // gap = 38.335 − 58.3333… = −19.99833… → −20.00 (not 38.34 − 58.33 = −19.99); YELLOW: −19.998 > −20
            ProjectFigures f = figures(started("2000"), "766.70", 7);
            shows(f.completionRate(), "38.34");
            shows(f.expectedRate(), "58.33");
            shows(f.gap(), "-20.00");
            assertThat(f.warning()).isEqualTo(Warning.YELLOW);
        }
    }

    // ---- monthly plan --------------------------------------------------------------------------------------------

    @Nested
    class MonthlyPlan {
        @Test
        void zerosInTheEarlyMonthsMeanNothingIsDue() {
            Project p = project("1000", null, STARTED, lateStartPlan());
            // M 1..6: e = 0 → expectedRate 0, gap 0 without any report
            for (int m = 1; m <= 6; m++) {
                ProjectFigures f = figures(p, null, m);
                shows(f.expected(), "0");
                shows(f.expectedRate(), "0");
                shows(f.completionRate(), "0");
                shows(f.gap(), "0");
                assertThat(f.warning()).as("M=%d", m).isEqualTo(Warning.GREEN);
            }
            // M 7: e = 100 → 10 %; c 0 → gap −10 → YELLOW
            ProjectFigures july = figures(p, null, 7);
            shows(july.expected(), "100");
            shows(july.expectedRate(), "10");
            shows(july.gap(), "-10");
            assertThat(july.warning()).isEqualTo(Warning.YELLOW);
            // M 8: e = 200 → 20 %; c 0 → gap −20 → RED
            ProjectFigures august = figures(p, null, 8);
            shows(august.expectedRate(), "20");
            assertThat(august.warning()).isEqualTo(Warning.RED);
            // M 8, c 150: 15 % vs 20 % → −5 → GREEN
            ProjectFigures ok = figures(p, "150", 8);
            shows(ok.completionRate(), "15");
            shows(ok.gap(), "-5");
            assertThat(ok.warning()).isEqualTo(Warning.GREEN);
            // M 12: the whole plan is due
            shows(figures(p, "1000", 12).expectedRate(), "100");
        }

        @Test
        void unevenPlanIsSummedMonthByMonth() {
            // plan 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 340 = 1000; M 4: e = 100 → 10 %
            Project p = project("1000", null, STARTED,
                    plan("10", "20", "30", "40", "50", "60", "70", "80", "90", "100", "110", "340"));
            ProjectFigures f = figures(p, "55.55", 4);
            shows(f.expected(), "100");
            shows(f.expectedRate(), "10");
            shows(f.completionRate(), "5.56"); // 5.555 → 5.56
            shows(f.gap(), "-4.45"); // 5.555 − 10 = −4.445 → −4.45 (away from zero)
            // without the plan the same project would expect 1000 × 4 / 12 = 333.33
            shows(figures(started("1000"), "55.55", 4).expected(), "333.33");
        }
    }

    // ---- started and the late-start warnings ---------------------------------------------------------------------

    @Nested
    class Start {
        @Test
        void startedMeansActualStartOnOrBeforeTheLastDayOfTheMonth() {
            List<BigDecimal> plan = lateStartPlan();
            assertThat(figures(project("1000", null, LocalDate.of(2024, 6, 30), plan), null, 6).started()).isTrue();
            assertThat(figures(project("1000", null, LocalDate.of(2024, 7, 1), plan), null, 6).started()).isFalse();
            assertThat(figures(project("1000", null, LocalDate.of(2023, 11, 1), plan), null, 1).started()).isTrue();
            assertThat(figures(project("1000", null, null, plan), null, 12).started()).isFalse();
        }

        @Test
        void notStartedWithPlannedStartStillAheadIsGreen() {
            // plannedStart 2024-09-01, M 8 (ends 08-31): still ahead; nothing due yet → GREEN, no reasons
            Project p = project("1000", LocalDate.of(2024, 9, 1), null, septemberPlan());
            ProjectFigures f = figures(p, null, 8);
            assertThat(f.started()).isFalse();
            assertThat(f.warning()).isEqualTo(Warning.GREEN);
            assertThat(f.reasons()).isEmpty();
        }

        @Test
        void notStartedWithoutPlannedStartIsJudgedByTheGapOnly() {
            ProjectFigures f = figures(project("1000", null, null, septemberPlan()), null, 8);
            assertThat(f.started()).isFalse();
            assertThat(f.warning()).isEqualTo(Warning.GREEN);
        }

        @Test
        void plannedStartOnTheLastDayIsYellow() {
            // plannedStart 2024-08-31 = last day of M 8: on or before → YELLOW (0 days late)
            ProjectFigures f = figures(project("1000", LocalDate.of(2024, 8, 31), null, septemberPlan()), null, 8);
            assertThat(f.warning()).isEqualTo(Warning.YELLOW);
            assertThat(f.reasons()).hasSize(1);
        }

        @Test
        void exactlyThirtyDaysBeforeMonthEndIsYellowThirtyOneIsRed() {
            // M 8 ends 2024-08-31: 08-01 is 30 days before → YELLOW; 07-31 is 31 days before → RED
            ProjectFigures thirty = figures(project("1000", LocalDate.of(2024, 8, 1), null, septemberPlan()), null, 8);
            assertThat(thirty.warning()).isEqualTo(Warning.YELLOW);
            ProjectFigures thirtyOne = figures(project("1000", LocalDate.of(2024, 7, 31), null, septemberPlan()), null,
                    8);
            assertThat(thirtyOne.warning()).isEqualTo(Warning.RED);
            assertThat(thirtyOne.reasons()).anySatisfy(r -> assertThat(r).contains("2024-07-31"));
        }

        @Test
        void thirtyDaysInAThirtyDayMonth() {
            // M 6 ends 2024-06-30: 05-31 is 30 days before → YELLOW; 05-30 is 31 → RED; 06-01 is 29 → YELLOW
            List<BigDecimal> plan = lateStartPlan();
            assertThat(figures(project("1000", LocalDate.of(2024, 5, 31), null, plan), null, 6).warning())
                    .isEqualTo(Warning.YELLOW);
            assertThat(figures(project("1000", LocalDate.of(2024, 5, 30), null, plan), null, 6).warning())
                    .isEqualTo(Warning.RED);
            assertThat(figures(project("1000", LocalDate.of(2024, 6, 1), null, plan), null, 6).warning())
                    .isEqualTo(Warning.YELLOW);
            // February 2024 ends on the 29th: 01-30 is 30 days before → YELLOW; 01-29 is 31 → RED
            assertThat(figures(project("1000", LocalDate.of(2024, 1, 30), null, plan), null, 2).warning())
                    .isEqualTo(Warning.YELLOW);
            assertThat(figures(project("1000", LocalDate.of(2024, 1, 29), null, plan), null, 2).warning())
                    .isEqualTo(Warning.RED);
        }

        @Test
        void actualStartAfterTheMonthCountsAsNotStarted() {
            // actualStart 2024-09-05, plannedStart 2024-07-01, M 8: not started at 08-31, 61 days late → RED
            ProjectFigures f = figures(project("1000", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 5),
                    septemberPlan()), null, 8);
            assertThat(f.started()).isFalse();
            assertThat(f.warning()).isEqualTo(Warning.RED);
            // once started (M 9) the start rule no longer applies: c 250 vs e 250 → GREEN
            ProjectFigures later = figures(project("1000", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 5),
                    septemberPlan()), "250", 9);
            assertThat(later.started()).isTrue();
            assertThat(later.warning()).isEqualTo(Warning.GREEN);
        }

        @Test
        void aStartedProjectIgnoresItsPlannedStart() {
            ProjectFigures f = figures(project("1000", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 20),
                    lateStartPlan()), null, 6);
            assertThat(f.started()).isTrue();
            assertThat(f.warning()).isEqualTo(Warning.GREEN);
        }

        @Test
        void theGapCanMakeALateStarterRedEvenWhenOnlyYellowByItsStart() {
            // plannedStart 06-20, M 6 → yellow by the start; but a 1200 without plan, c 0 → gap −50 → RED
            ProjectFigures f = figures(project("1200", LocalDate.of(2024, 6, 20), null, null), null, 6);
            assertThat(f.warning()).isEqualTo(Warning.RED);
            assertThat(f.reasons()).hasSize(2);
        }
    }

    // ---- thresholds ----------------------------------------------------------------------------------------------

    @Nested
    class Thresholds {
        @ParameterizedTest(name = "a {0}, M {1}, c {2} → gap {3} → {4}")
        @CsvSource({
                // a 1200, M 6: e 600 (50 %)
                "1200, 6, 360,     -20.00, RED", // 30 − 50 = −20 exactly
                "1200, 6, 359.99,  -20.00, RED", // −20.0008…
                "1200, 6, 480,     -10.00, YELLOW", // 40 − 50 = −10 exactly
                "1200, 6, 480.01,  -10.00, GREEN", // −9.99916…
                "1200, 6, 600,       0.00, GREEN",
                // a 10000, M 6: e 5000 (50 %)
                "10000, 6, 4001,    -9.99, GREEN", // 40.01 − 50
                "10000, 6, 4000.40, -10.00, GREEN", // −9.996 shown −10.00, but above −10
                "10000, 6, 3999.60, -10.00, YELLOW", // −10.004 shown −10.00
                "10000, 6, 3000.60, -19.99, YELLOW", // −19.994
                "10000, 6, 3000.40, -20.00, YELLOW", // −19.996 shown −20.00, but above −20
                "10000, 6, 2999.60, -20.00, RED", // −20.004 shown −20.00
                "10000, 6, 2999.40, -20.01, RED", // −20.006
                // a 1200, M 7: e 700 (58.333… %); rates shown 38.33 and 58.33 in both rows
                "1200, 7, 460,     -20.00, RED", // 38.333… − 58.333… = −20 exactly
                "1200, 7, 460.01,  -20.00, YELLOW", // −19.99916…: rounded rates would say −20.00 → RED; unrounded
                                                    // decides: YELLOW
        })
        void thresholdsCompareUnroundedValues(String a, int month, String c, String gap, Warning warning) {
            ProjectFigures f = figures(started(a), c, month);
            shows(f.gap(), gap);
            assertThat(f.warning()).isEqualTo(warning);
            if (warning == Warning.GREEN) {
                assertThat(f.reasons()).isEmpty();
            } else {
                assertThat(f.reasons()).hasSize(1);
            }
        }

        @Test
        void thresholdsWithAMonthlyPlan() {
            // plan 1000 with 0×6, 100, 100, …: M 8 → e 200 (20 %)
            Project p = project("1000", null, STARTED, lateStartPlan());
            assertThat(figures(p, "100", 8).warning()).isEqualTo(Warning.YELLOW); // 10 − 20 = −10
            assertThat(figures(p, "100.01", 8).warning()).isEqualTo(Warning.GREEN); // −9.999
            assertThat(figures(p, "0", 8).warning()).isEqualTo(Warning.RED); // −20
            assertThat(figures(p, "0.01", 8).warning()).isEqualTo(Warning.YELLOW); // −19.999
        }
    }

    // ---- groups --------------------------------------------------------------------------------------------------

    @Nested
    class Groups {
        @Test
        void amountsAreSummedBeforeDividing() {
            // P1 a 1000, c 100 (10 %); P2 a 3000, c 2700 (90 %); M 6
            // sums: a 4000, c 2800 → 70 % (not the mean of the rates, 50 %); e 2000 → 50 %; gap +20
            GroupFigures g = Figures.group(List.of(figures(started("1000"), "100", 6),
                    figures(started("3000"), "2700", 6)), 6);
            assertThat(g.projects()).isEqualTo(2);
            shows(g.annualPlan(), "4000");
            shows(g.completed(), "2800");
            shows(g.expected(), "2000");
            shows(g.completionRate(), "70");
            shows(g.expectedRate(), "50");
            shows(g.gap(), "20");
            assertThat(g.started()).isEqualTo(2);
            shows(g.startRate(), "100");
            // P1: 10 − 50 = −40 → RED; P2: 90 − 50 → GREEN
            assertThat(List.of(g.red(), g.yellow(), g.green())).containsExactly(1, 0, 1);
        }

        @Test
        void groupWhereOnlySomeProjectsHaveAMonthlyPlan() {
            // M 6. P1 a 1200, no plan: e 600, c 300 (25 − 50 = −25 → RED)
            // P2 a 1000, plan 0×6, …: e 0, c 0 (0 − 0 → GREEN)
            // P3 a 500, no plan, not started, no planned start: e 250, c 0 (−50 → RED)
            ProjectFigures p1 = figures(started("1200"), "300", 6);
            ProjectFigures p2 = figures(project("1000", null, STARTED, lateStartPlan()), null, 6);
            ProjectFigures p3 = figures(project("500", null, null, null), null, 6);
            // a 2700, c 300, e 850: 11.111… → 11.11; 31.481… → 31.48; gap −20.370… → −20.37
            GroupFigures g = Figures.group(List.of(p1, p2, p3), 6);
            shows(g.annualPlan(), "2700");
            shows(g.completed(), "300");
            shows(g.expected(), "850");
            shows(g.completionRate(), "11.11");
            shows(g.expectedRate(), "31.48");
            shows(g.gap(), "-20.37");
            // started 2 of 3 → 66.666… → 66.67
            assertThat(g.started()).isEqualTo(2);
            shows(g.startRate(), "66.67");
            assertThat(List.of(g.red(), g.yellow(), g.green())).containsExactly(2, 0, 1);
            // the first two alone: a 2200, c 300, e 600: 13.6363… → 13.64; 27.2727… → 27.27; gap −13.6363… → −13.64
            GroupFigures two = Figures.group(List.of(p1, p2), 6);
            shows(two.completionRate(), "13.64");
            shows(two.expectedRate(), "27.27");
            shows(two.gap(), "-13.64");
        }

        @Test
        void groupGapIsRoundedFromUnroundedGroupRates() {
            // P1 a 2000, c 766.70; P2 a 1000, c 383.35; M 7: a 3000, c 1150.05 → 38.335 → 38.34;
            // e 1750 → 58.333… → 58.33; gap −19.99833… → −20.00 (not −19.99)
            GroupFigures g = Figures.group(List.of(figures(started("2000"), "766.70", 7),
                    figures(started("1000"), "383.35", 7)), 7);
            shows(g.completionRate(), "38.34");
            shows(g.expectedRate(), "58.33");
            shows(g.gap(), "-20.00");
        }

        @Test
        void startRate() {
            // 1 of 3 started → 33.33
            GroupFigures g = Figures.group(List.of(figures(started("100"), "50", 6),
                    figures(project("100", null, null, null), null, 6),
                    figures(project("100", null, LocalDate.of(2024, 7, 1), null), null, 6)), 6);
            assertThat(g.started()).isEqualTo(1);
            shows(g.startRate(), "33.33");
        }

        @Test
        void emptyGroup() {
            GroupFigures g = Figures.group(List.of(), 6);
            assertThat(g.projects()).isZero();
            shows(g.annualPlan(), "0");
            shows(g.completed(), "0");
            shows(g.completionRate(), "0");
            shows(g.expectedRate(), "0");
            shows(g.gap(), "0");
            assertThat(g.started()).isZero();
            shows(g.startRate(), "0");
            assertThat(List.of(g.red(), g.yellow(), g.green())).containsExactly(0, 0, 0);
        }
    }

    // ---- ranks ---------------------------------------------------------------------------------------------------

    @Nested
    class Ranks {
        record Item(String name, BigDecimal rate) {
        }

        static Item item(String name, String rate) {
            return new Item(name, new BigDecimal(rate));
        }

        @Test
        void equalRatesShareARankAndTheNextSkips() {
            var ranked = Figures.rank(List.of(item("c", "50.00"), item("a", "80.00"), item("d", "20.00"),
                    item("b", "50.00")), Item::rate);
            assertThat(ranked.stream().map(r -> r.item().name()).toList()).containsExactly("a", "c", "b", "d");
            assertThat(ranked.stream().map(Figures.Ranked::rank).toList()).containsExactly(1, 2, 2, 4);
        }

        @Test
        void threeEqualAndTiesAtTheTop() {
            var ranked = Figures.rank(List.of(item("a", "10"), item("b", "10.00"), item("c", "5"), item("d", "5"),
                    item("e", "5"), item("f", "1")), Item::rate);
            assertThat(ranked.stream().map(Figures.Ranked::rank).toList()).containsExactly(1, 1, 3, 3, 3, 6);
        }

        @Test
        void groupsAreRankedByTheirRoundedRate() {
            // G1 a 10000, c 5000.40 → 50.004 → 50.00; G2 a 10000, c 5000.10 → 50.001 → 50.00: equal as rounded
            // G3 a 10000, c 5000.50 → 50.005 → 50.01: above them
            GroupFigures g1 = Figures.group(List.of(figures(started("10000"), "5000.40", 6)), 6);
            GroupFigures g2 = Figures.group(List.of(figures(started("10000"), "5000.10", 6)), 6);
            GroupFigures g3 = Figures.group(List.of(figures(started("10000"), "5000.50", 6)), 6);
            var ranked = Figures.rank(List.of(g1, g2, g3), GroupFigures::completionRate);
            assertThat(ranked.get(0).item()).isSameAs(g3);
            assertThat(ranked.stream().map(Figures.Ranked::rank).toList()).containsExactly(1, 2, 2);
        }

        @Test
        void emptyAndSingle() {
            assertThat(Figures.rank(List.<Item>of(), Item::rate)).isEmpty();
            assertThat(Figures.rank(List.of(item("x", "0")), Item::rate).get(0).rank()).isEqualTo(1);
        }
    }
}
