package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.diaodu.common.Money;
import cn.diaodu.project.Project;

/**
 * The one definition of every figure of CONTRACT §6.
 *
 * <p>To compare with the thresholds exactly, the expected amount is carried as twelve times its value
 * ({@code expected12}): annualPlan × M, or 12 × the sum of the monthly plan's months 1..M. Every rate is then a
 * ratio of exact decimals, rounded once, half-up, to two places; the thresholds compare the exact ratios.
 */
public final class Figures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    /** Gap at or below which a project is red by default (percentage points). */
    public static final BigDecimal RED_GAP = WarningRules.DEFAULT.redGap();
    /** Gap at or below which a project is yellow by default (percentage points). */
    public static final BigDecimal YELLOW_GAP = WarningRules.DEFAULT.yellowGap();
    /** By default, a project not started whose planned start lies more than this many days before month end is red. */
    public static final int RED_LATE_START_DAYS = WarningRules.DEFAULT.redLateStartDays();

    private Figures() {
    }

    /** 12 × expected(p) for month M. */
    static BigDecimal expected12(Project p, int month) {
        if (month <= 0) {
            return BigDecimal.ZERO;
        }
        if (p.monthlyPlan() != null) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int m = 0; m < month; m++) {
                sum = sum.add(p.monthlyPlan().get(m));
            }
            return sum.multiply(TWELVE);
        }
        return p.annualPlan().multiply(BigDecimal.valueOf(month));
    }

    /** started(p) ⇔ actualStart is on or before the last day of the month. */
    static boolean started(Project p, LocalDate monthEnd) {
        return p.actualStart() != null && !p.actualStart().isAfter(monthEnd);
    }

    /** A rate in percent: numerator × 100 / denominator, rounded half-up to two decimals; 0 when nothing is due. */
    static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        return rate(numerator, denominator, 2);
    }

    /** A rate in percent rounded once, half-up, to {@code decimals}; 0 when the denominator is 0. */
    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator, int decimals) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(decimals);
        }
        return numerator.multiply(HUNDRED).divide(denominator, decimals, RoundingMode.HALF_UP);
    }

    /** A group's completion rate rounded once to {@code decimals} (the bulletin's one decimal). */
    public static BigDecimal completionRate(GroupFigures g, int decimals) {
        return rate(g.completed(), g.annualPlan(), decimals);
    }

    /** A group's gap to the schedule rounded once to {@code decimals}, from the exact amounts. */
    public static BigDecimal gap(GroupFigures g, int decimals) {
        return rate(g.completed().multiply(TWELVE).subtract(g.expected12()), g.annualPlan().multiply(TWELVE),
                decimals);
    }

    /** A group's start rate rounded once to {@code decimals}. */
    public static BigDecimal startRate(GroupFigures g, int decimals) {
        return rate(BigDecimal.valueOf(g.started()), BigDecimal.valueOf(g.projects()), decimals);
    }

    /** The figures of one project for year and month, given completed(p) (null: no reports), default thresholds. */
    public static ProjectFigures project(Project p, BigDecimal completed, int month) {
        return project(p, completed, month, WarningRules.DEFAULT);
    }

    /**
     * What a group needs of a project: completed(p), started(p) and warning(p) — without the rates and reasons that
     * only a project's own row shows. {@link #project} builds on it, so the warning has one definition.
     */
    public record Basis(Project project, BigDecimal completed, boolean started, Warning warning, boolean gapYellow,
            boolean startDue, LocalDate monthEnd) {
    }

    /** completed, started and the warning of one project for the month (CONTRACT §6, first match wins). */
    public static Basis basis(Project p, BigDecimal completed, int month, WarningRules rules) {
        return basis(p, completed, month, rules, monthEnd(p.year(), month));
    }

    /** The last day of month M of year Y. */
    static LocalDate monthEnd(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }

    /**
     * completed, started and the warning of one project for the month, judged at {@code asOf} (docs/figures.md §0):
     * the month's end for an ended month or an explicit month of the API, else the day a running month is judged at.
     * started(p) and the late-start rule compare with {@code asOf}; {@code monthEnd} of the result is that day.
     */
    public static Basis basis(Project p, BigDecimal completed, int month, WarningRules rules, LocalDate asOf) {
        BigDecimal c = completed == null ? BigDecimal.ZERO : completed;
        BigDecimal a12 = p.annualPlan().multiply(TWELVE);
        LocalDate end = monthEnd(p.year(), month);
        LocalDate monthEnd = asOf == null || asOf.isAfter(end) ? end : asOf;
        boolean started = started(p, monthEnd);
        // gap ≤ t  ⇔  (12c − e12) × 100 / (12A) ≤ t  ⇔  (12c − e12) × 100 ≤ t × 12A  (A > 0)
        BigDecimal scaledGap = c.multiply(TWELVE).subtract(expected12(p, month)).multiply(HUNDRED);
        boolean gapRed = scaledGap.compareTo(rules.redGap().multiply(a12)) <= 0;
        boolean gapYellow = scaledGap.compareTo(rules.yellowGap().multiply(a12)) <= 0;
        boolean startDue = !started && p.plannedStart() != null && !p.plannedStart().isAfter(monthEnd);
        boolean startLate = startDue
                && ChronoUnit.DAYS.between(p.plannedStart(), monthEnd) > rules.redLateStartDays();
        Warning warning = gapRed || startLate ? Warning.RED
                : gapYellow || startDue ? Warning.YELLOW : Warning.GREEN;
        return new Basis(p, c, started, warning, gapYellow, startDue, monthEnd);
    }

    /** The figures of one project for year and month, given completed(p) (null: no reports) and the thresholds. */
    public static ProjectFigures project(Project p, BigDecimal completed, int month, WarningRules rules) {
        return project(p, completed, month, rules, monthEnd(p.year(), month));
    }

    /** The figures of one project for the month judged at {@code asOf} (docs/figures.md §0). */
    public static ProjectFigures project(Project p, BigDecimal completed, int month, WarningRules rules,
            LocalDate asOf) {
        Basis b = basis(p, completed, month, rules, asOf);
        BigDecimal c = b.completed();
        BigDecimal a = p.annualPlan();
        BigDecimal e12 = expected12(p, month);
        BigDecimal a12 = a.multiply(TWELVE);
        BigDecimal gap = rate(c.multiply(TWELVE).subtract(e12), a12);
        List<Reason> causes = new ArrayList<>();
        if (b.gapYellow()) {
            causes.add(new Reason("figures.reason.gap", List.of(gap.negate().toPlainString())));
        }
        if (b.startDue()) {
            long days = ChronoUnit.DAYS.between(p.plannedStart(), b.monthEnd());
            boolean running = b.monthEnd().isBefore(monthEnd(p.year(), month));
            String planned = p.plannedStart().toString();
            if (running) {
                causes.add(days > 0
                        ? new Reason("figures.reason.notStarted.running.days",
                                List.of(planned, b.monthEnd().toString(), Long.toString(days)))
                        : new Reason("figures.reason.notStarted.running", List.of(planned, b.monthEnd().toString())));
            } else {
                causes.add(days > 0
                        ? new Reason("figures.reason.notStarted.monthEnd.days", List.of(planned, Long.toString(days)))
                        : new Reason("figures.reason.notStarted.monthEnd", List.of(planned)));
            }
        }
        return new ProjectFigures(p, a, Money.of(c), e12.divide(TWELVE, 2, RoundingMode.HALF_UP), rate(c, a),
                rate(e12, a12), gap, b.started(), b.warning(), Reason.texts(causes, Locale.SIMPLIFIED_CHINESE),
                List.copyOf(causes));
    }

    /** The figures of a group, from its projects' figures: sums first, then rates. */
    public static GroupFigures group(Collection<ProjectFigures> projects, int month) {
        List<Basis> bases = new ArrayList<>(projects.size());
        for (ProjectFigures f : projects) {
            bases.add(new Basis(f.project(), f.completed(), f.started(), f.warning(), false, false, null));
        }
        return groupOf(bases, month);
    }

    /** The figures of a group, from its projects' bases: sums first, then rates. */
    public static GroupFigures groupOf(Collection<Basis> projects, int month) {
        BigDecimal a = BigDecimal.ZERO;
        BigDecimal c = BigDecimal.ZERO;
        BigDecimal e12 = BigDecimal.ZERO;
        int started = 0;
        int red = 0;
        int yellow = 0;
        int green = 0;
        for (Basis f : projects) {
            a = a.add(f.project().annualPlan());
            c = c.add(f.completed());
            e12 = e12.add(expected12(f.project(), month));
            started += f.started() ? 1 : 0;
            switch (f.warning()) {
                case RED -> red++;
                case YELLOW -> yellow++;
                case GREEN -> green++;
            }
        }
        BigDecimal a12 = a.multiply(TWELVE);
        return new GroupFigures(projects.size(), Money.of(a), Money.of(c), e12.divide(TWELVE, 2, RoundingMode.HALF_UP),
                rate(c, a), rate(e12, a12), rate(c.multiply(TWELVE).subtract(e12), a12), started,
                rate(BigDecimal.valueOf(started), BigDecimal.valueOf(projects.size())), red, yellow, green, e12);
    }

    /**
     * Ranks by completion rate as rounded, highest first; equal rates share a rank and the next rank skips
     * (1, 2, 2, 4). Returns the ranks in the order of the sorted list it also returns.
     */
    public static <T> List<Ranked<T>> rank(Collection<T> items, Function<T, BigDecimal> completionRate) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort((x, y) -> completionRate.apply(y).compareTo(completionRate.apply(x)));
        List<Ranked<T>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            T item = sorted.get(i);
            int rank = i + 1;
            if (i > 0 && completionRate.apply(item).compareTo(completionRate.apply(sorted.get(i - 1))) == 0) {
                rank = out.get(i - 1).rank();
            }
            out.add(new Ranked<>(item, rank));
        }
        return out;
    }

    /** An item with its rank. */
    public record Ranked<T>(T item, int rank) {
    }

    /** 序时进度 of the month itself: M / 12 × 100. */
    public static BigDecimal timeElapsedRate(int month) {
        return rate(BigDecimal.valueOf(month), TWELVE);
    }
}
