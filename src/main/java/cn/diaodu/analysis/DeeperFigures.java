package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.diaodu.common.Money;
import cn.diaodu.project.Milestone;
import cn.diaodu.project.Project;

/**
 * The one definition of the deeper figures of docs/figures.md: year on year (同比, §2), the year-end forecast
 * (预计全年完成, §3), milestones overdue (§4) and 开而不建 (§5), for a project and for a group. Pure functions on exact
 * decimals, like {@link Figures}: every rate is rounded once, half-up, to two decimals.
 */
public final class DeeperFigures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** From this many reported months on, a project's forecast follows its own profile. */
    public static final int OWN_PROFILE_MONTHS = 3;
    /** 开而不建: completed below this share of the annual plan (percent)… */
    public static final BigDecimal STALLED_PERCENT = BigDecimal.valueOf(5);
    /** …this many full months after the start of construction in the year. */
    public static final int STALLED_AFTER_MONTHS = 3;

    private DeeperFigures() {
    }

    // ---- year on year (§2) ---------------------------------------------------------------------------------------

    /** How a project of last year was found to be the same project. */
    public enum MatchedBy {
        /** The code with the year replaced: SF-2024-001 ↔ SF-2023-001. */
        CODE,
        /** The same name and lead unit, unambiguous in both years. */
        NAME_AND_UNIT
    }

    /** A project's counterpart of the previous year. */
    public record Match(Project previous, MatchedBy by) {
    }

    /** The code a project's counterpart of year − 1 carries: every occurrence of the year replaced by year − 1. */
    public static String previousYearCode(String code, int year) {
        return code.replace(String.valueOf(year), String.valueOf(year - 1));
    }

    /**
     * The counterpart of year − 1 of each project of {@code current} (keyed by the current project's id), from all
     * projects of both years: first by {@link MatchedBy#CODE}, then among the rest by name and lead unit when that
     * pair is unique in both years. A project of the previous year is matched at most once.
     */
    public static Map<Long, Match> matchPreviousYear(Collection<Project> current, Collection<Project> previous) {
        Map<Long, Match> out = new LinkedHashMap<>();
        Map<String, Project> previousByCode = new HashMap<>();
        for (Project q : previous) {
            previousByCode.put(q.code(), q);
        }
        List<Project> ordered = new ArrayList<>(current);
        ordered.sort(Comparator.comparing(Project::code));
        Set<Long> taken = new HashSet<>();
        for (Project p : ordered) {
            String code = previousYearCode(p.code(), p.year());
            Project q = code.equals(p.code()) ? null : previousByCode.get(code);
            if (q != null && q.year() == p.year() - 1 && taken.add(q.id())) {
                out.put(p.id(), new Match(q, MatchedBy.CODE));
            }
        }
        Map<String, List<Project>> currentByKey = new LinkedHashMap<>();
        for (Project p : ordered) {
            if (!out.containsKey(p.id())) {
                currentByKey.computeIfAbsent(nameAndUnit(p), k -> new ArrayList<>()).add(p);
            }
        }
        Map<String, List<Project>> previousByKey = new HashMap<>();
        for (Project q : previous) {
            if (!taken.contains(q.id())) {
                previousByKey.computeIfAbsent(nameAndUnit(q), k -> new ArrayList<>()).add(q);
            }
        }
        currentByKey.forEach((key, ps) -> {
            List<Project> qs = previousByKey.getOrDefault(key, List.of());
            if (ps.size() == 1 && qs.size() == 1 && qs.get(0).year() == ps.get(0).year() - 1) {
                out.put(ps.get(0).id(), new Match(qs.get(0), MatchedBy.NAME_AND_UNIT));
            }
        });
        return out;
    }

    private static String nameAndUnit(Project p) {
        return p.name().trim() + '\u0000' + p.leadUnitId();
    }

    /** One comparable pair: completed through M of this year and of the previous year. */
    public record YoyPair(BigDecimal thisYear, BigDecimal lastYear) {
    }

    /**
     * Year on year over the comparable pairs of a project or group: the sums, and growth in percent; all null when
     * there is no pair, growth null when last year's sum is 0.
     */
    public record YearOnYear(int comparableProjects, BigDecimal thisYear, BigDecimal lastYear, BigDecimal growth) {
        public static final YearOnYear NONE = new YearOnYear(0, null, null, null);
    }

    public static YearOnYear yearOnYear(Collection<YoyPair> pairs) {
        if (pairs.isEmpty()) {
            return YearOnYear.NONE;
        }
        BigDecimal t = BigDecimal.ZERO;
        BigDecimal l = BigDecimal.ZERO;
        for (YoyPair pair : pairs) {
            t = t.add(pair.thisYear());
            l = l.add(pair.lastYear());
        }
        return new YearOnYear(pairs.size(), Money.of(t), Money.of(l), growth(t, l));
    }

    /** (this − last) / last × 100, half-up to two decimals; null without a comparison or when last = 0. */
    public static BigDecimal growth(BigDecimal thisYear, BigDecimal lastYear) {
        if (thisYear == null || lastYear == null || lastYear.signum() == 0) {
            return null;
        }
        return thisYear.subtract(lastYear).multiply(HUNDRED).divide(lastYear, 2, RoundingMode.HALF_UP);
    }

    // ---- forecast (§3) -------------------------------------------------------------------------------------------

    /** Which rule gave a forecast (docs/figures.md §3, in the order they are tried). */
    public enum ForecastMethod {
        /** December: the year's completed. */
        FINAL,
        /** Own profile against the monthly plan: c × annualPlan / plan through M. */
        OWN_PLAN,
        /** Own monthly average since the first report: c × (13 − f) / (M − f + 1). */
        OWN_AVERAGE,
        /** The category's seasonal share of last year: c × H(12) / H(M). */
        CATEGORY,
        /** No usable history: c × 12 / M. */
        LINEAR
    }

    /**
     * A category's seasonal profile: what its projects of the previous year had completed through month M, and over
     * the whole year.
     */
    public record SeasonalProfile(BigDecimal throughMonth, BigDecimal fullYear) {
        public static final SeasonalProfile NONE = new SeasonalProfile(BigDecimal.ZERO, BigDecimal.ZERO);

        /** True when the share through M is known and not zero. */
        public boolean usable() {
            return throughMonth.signum() > 0 && fullYear.signum() > 0;
        }
    }

    /** The profile of the given projects (one category, one top region, the previous year). */
    public static SeasonalProfile profile(Collection<Project> projects, Map<Long, BigDecimal> throughMonth,
            Map<Long, BigDecimal> fullYear) {
        BigDecimal m = BigDecimal.ZERO;
        BigDecimal y = BigDecimal.ZERO;
        for (Project q : projects) {
            m = m.add(throughMonth.getOrDefault(q.id(), BigDecimal.ZERO));
            y = y.add(fullYear.getOrDefault(q.id(), BigDecimal.ZERO));
        }
        return new SeasonalProfile(m, y);
    }

    /**
     * A project's year-end forecast in 万元 (rounded half-up to two decimals, then capped: not above the total
     * investment, never below completed), its rate against the annual plan, the rule used, the months reported and
     * whether the cap applied.
     */
    public record Forecast(BigDecimal amount, BigDecimal rate, ForecastMethod method, int reportedMonths,
            boolean capped) {
    }

    /** completed(p) of CONTRACT §6 from the monthly amounts (index 0 = January; null = no report). */
    public static BigDecimal completed(BigDecimal[] monthly, int month) {
        BigDecimal c = BigDecimal.ZERO;
        if (monthly != null) {
            for (int i = 0; i < month && i < monthly.length; i++) {
                if (monthly[i] != null) {
                    c = c.add(monthly[i]);
                }
            }
        }
        return c;
    }

    /** The months 1..M that have a report (a zero report counts). */
    public static int reportedMonths(BigDecimal[] monthly, int month) {
        int n = 0;
        if (monthly != null) {
            for (int i = 0; i < month && i < monthly.length; i++) {
                n += monthly[i] != null ? 1 : 0;
            }
        }
        return n;
    }

    /** The first month (1..M) with a report, 0 when none. */
    static int firstReportedMonth(BigDecimal[] monthly, int month) {
        if (monthly != null) {
            for (int i = 0; i < month && i < monthly.length; i++) {
                if (monthly[i] != null) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    /**
     * The forecast of docs/figures.md §3 for project p at month M, from its monthly amounts (index 0 = January, null
     * = no report) and its category's profile of the previous year ({@link SeasonalProfile#NONE} when none).
     */
    public static Forecast forecast(Project p, BigDecimal[] monthly, int month, SeasonalProfile categoryProfile) {
        BigDecimal c = Money.of(completed(monthly, month));
        int n = reportedMonths(monthly, month);
        BigDecimal a = p.annualPlan();
        ForecastMethod method;
        BigDecimal numerator;
        BigDecimal denominator;
        BigDecimal planned = p.monthlyPlan() == null ? null : planThrough(p.monthlyPlan(), month);
        if (month >= 12) {
            method = ForecastMethod.FINAL;
            numerator = BigDecimal.ONE;
            denominator = BigDecimal.ONE;
        } else if (n >= OWN_PROFILE_MONTHS && planned != null && planned.signum() > 0) {
            method = ForecastMethod.OWN_PLAN;
            numerator = a;
            denominator = planned;
        } else if (n >= OWN_PROFILE_MONTHS) {
            method = ForecastMethod.OWN_AVERAGE;
            int f = firstReportedMonth(monthly, month);
            numerator = BigDecimal.valueOf(13 - f);
            denominator = BigDecimal.valueOf(month - f + 1);
        } else if (categoryProfile != null && categoryProfile.usable()) {
            method = ForecastMethod.CATEGORY;
            numerator = categoryProfile.fullYear();
            denominator = categoryProfile.throughMonth();
        } else {
            method = ForecastMethod.LINEAR;
            numerator = BigDecimal.valueOf(12);
            denominator = BigDecimal.valueOf(month);
        }
        BigDecimal raw = c.multiply(numerator).divide(denominator, 2, RoundingMode.HALF_UP);
        BigDecimal t = p.totalInvestment();
        boolean capped = t != null && raw.compareTo(t) > 0;
        BigDecimal amount = capped ? t : raw;
        if (amount.compareTo(c) < 0) {
            amount = c;
        }
        amount = Money.of(amount);
        return new Forecast(amount, Figures.rate(amount, a), method, n, capped);
    }

    private static BigDecimal planThrough(List<BigDecimal> plan, int month) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < month && i < plan.size(); i++) {
            sum = sum.add(plan.get(i));
        }
        return sum;
    }

    // ---- 开而不建 (§5) -------------------------------------------------------------------------------------------

    /**
     * The first day on which a started project can be 开而不建: three calendar months after the later of its actual
     * start and 1 January of its year; null when it has no actual start.
     */
    public static LocalDate stalledFrom(Project p) {
        if (p.actualStart() == null) {
            return null;
        }
        LocalDate yearStart = LocalDate.of(p.year(), 1, 1);
        LocalDate from = p.actualStart().isBefore(yearStart) ? yearStart : p.actualStart();
        return from.plusMonths(STALLED_AFTER_MONTHS);
    }

    /**
     * 开而不建 at month M: started (CONTRACT §6), month M's last day at least three full months after the start of
     * construction in the year ({@link #stalledFrom}), and completed below 5 % of the annual plan (exact).
     */
    public static boolean startedNotBuilding(Project p, BigDecimal completed, int month) {
        LocalDate monthEnd = YearMonth.of(p.year(), month).atEndOfMonth();
        if (!Figures.started(p, monthEnd) || stalledFrom(p).isAfter(monthEnd)) {
            return false;
        }
        BigDecimal c = completed == null ? BigDecimal.ZERO : completed;
        return c.multiply(HUNDRED).compareTo(STALLED_PERCENT.multiply(p.annualPlan())) < 0;
    }

    // ---- milestones (§4) -----------------------------------------------------------------------------------------

    /** The number of overdue milestones (overdue as {@link Milestone#isOverdue} judged it at today). */
    public static int overdueMilestones(Collection<Milestone> milestones) {
        int n = 0;
        for (Milestone m : milestones) {
            n += m.overdue() ? 1 : 0;
        }
        return n;
    }

    // ---- a project and a group ---------------------------------------------------------------------------------

    /**
     * Every deeper figure of one project at month M: {@code monthly} its reports of the year (index 0 = January, null
     * = no report, or a null array), {@code previous} its counterpart of last year (or null) with
     * {@code previousCompleted} that project's completed through M of last year, its category's profile, and its
     * milestones.
     */
    public static ProjectOutlook project(Project p, BigDecimal[] monthly, int month, Match previous,
            BigDecimal previousCompleted, SeasonalProfile categoryProfile, List<Milestone> milestones) {
        BigDecimal c = Money.of(completed(monthly, month));
        YearOnYear yoy = previous == null ? YearOnYear.NONE
                : yearOnYear(List.of(new YoyPair(c,
                        previousCompleted == null ? BigDecimal.ZERO : previousCompleted)));
        LocalDate monthEnd = YearMonth.of(p.year(), month).atEndOfMonth();
        List<Milestone> ms = milestones == null ? List.of() : List.copyOf(milestones);
        return new ProjectOutlook(p, month, c, Figures.rate(c, p.annualPlan()), previous, yoy,
                forecast(p, monthly, month, categoryProfile), Figures.started(p, monthEnd),
                startedNotBuilding(p, c, month), ms, overdueMilestones(ms));
    }

    /** A group's deeper figures: sums first, then rates (docs/figures.md §2–§5). */
    public record GroupOutlook(int projects, BigDecimal annualPlan, BigDecimal completed, BigDecimal completionRate,
            YearOnYear yoy, BigDecimal forecast, BigDecimal forecastRate, int startedNotBuilding,
            int overdueMilestones) {
    }

    public static GroupOutlook group(Collection<ProjectOutlook> members) {
        BigDecimal a = BigDecimal.ZERO;
        BigDecimal c = BigDecimal.ZERO;
        BigDecimal f = BigDecimal.ZERO;
        int stalled = 0;
        int overdue = 0;
        List<YoyPair> pairs = new ArrayList<>();
        for (ProjectOutlook o : members) {
            a = a.add(o.project().annualPlan());
            c = c.add(o.completed());
            f = f.add(o.forecast().amount());
            stalled += o.startedNotBuilding() ? 1 : 0;
            overdue += o.overdueMilestones();
            if (o.yoy().comparableProjects() > 0) {
                pairs.add(new YoyPair(o.yoy().thisYear(), o.yoy().lastYear()));
            }
        }
        return new GroupOutlook(members.size(), Money.of(a), Money.of(c), Figures.rate(c, a), yearOnYear(pairs),
                Money.of(f), Figures.rate(f, a), stalled, overdue);
    }
}
