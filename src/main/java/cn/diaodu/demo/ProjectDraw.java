package cn.diaodu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import cn.diaodu.demo.DemoCatalogue.ProjectSeed;
import cn.diaodu.project.ProjectLevel;

/**
 * Draws the figures of one demo project from a fixed seed: amounts, level, leader, dates, monthly plan (倒排工期)
 * and the monthly reports from January up to the current month. Pure: the same project, index and today always give
 * the same figures, whatever the database.
 *
 * <p>The reports are drawn backwards from where the project should stand this month (CONTRACT §6): most projects near
 * the time-elapsed schedule (序时进度), some ahead, some 10 to 20 points behind (yellow), some more than 20 behind
 * (red). Projects not yet started report nothing; some of those were due to start already (a yellow or red warning).
 */
final class ProjectDraw {
    /** The seed of the whole city: 青岚市 is the same on every start. */
    static final long SEED = 379_900L;

    private ProjectDraw() {
    }

    /** How a project stands with its start. */
    enum Start {
        /** 续建: started in an earlier year. */
        CONTINUING,
        /** 新开工: started this year. */
        NEW,
        /** Planned to start later this year (or early next year): not due yet. */
        LATER,
        /** Planned start passed, not started: a warning. */
        LATE
    }

    /** Where a started project should stand this month against its schedule. */
    enum Pace {
        NEAR, AHEAD, BEHIND, FAR_BEHIND
    }

    /** One monthly report (月报). */
    record MonthReport(int month, BigDecimal investment, String progress, int workersOnSite) {
    }

    /** Everything drawn for one project; {@code leader} is an index into {@link DemoCatalogue#LEADERS} or -1. */
    record Drawn(ProjectLevel level, int leader, BigDecimal totalInvestment, BigDecimal annualPlan,
            LocalDate plannedStart, LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan,
            Start start, Pace pace, List<MonthReport> reports) {
    }

    /** Working intensity of each month, January first: the Spring Festival slows January and February. */
    private static final double[] SEASON = {0.45, 0.55, 0.9, 1.0, 1.1, 1.1, 0.95, 0.95, 1.1, 1.1, 1.0, 0.8};

    /** How likely a project starts in each month of the year, January first (spring is the season to start). */
    private static final double[] START_MONTH = {0.5, 1, 2, 2.5, 2, 1.5, 1, 1, 1, 0.8, 0.6, 0.3};

    /**
     * Draws project {@code index} of the catalogue for the year of {@code today}.
     *
     * @param cityUnit whether the lead unit is a city-level unit (its small projects are still city projects)
     */
    static Drawn draw(int index, ProjectSeed seed, boolean cityUnit, LocalDate today) {
        Random rnd = new Random(SEED ^ ((index + 1) * 0x9E3779B97F4A7C15L));
        int year = today.getYear();
        int month = today.getMonthValue();

        BigDecimal total = total(seed.size(), rnd);
        BigDecimal annual = annual(total, rnd);
        ProjectLevel level = level(seed.size(), cityUnit, rnd);
        int leader = leader(seed, level, rnd);

        // Start: continuing, new this year, later, or late.
        double u = rnd.nextDouble();
        Start start = u < 0.42 ? Start.CONTINUING : u < 0.82 ? Start.NEW : u < 0.92 ? Start.LATER : Start.LATE;
        LocalDate plannedStart;
        LocalDate actualStart = null;
        switch (start) {
            case CONTINUING -> {
                plannedStart = LocalDate.of(year - (rnd.nextDouble() < 0.3 ? 2 : 1), 3 + rnd.nextInt(9),
                        1 + rnd.nextInt(28));
                actualStart = plannedStart.plusDays(rnd.nextInt(31));
            }
            case NEW -> {
                plannedStart = LocalDate.of(year, pick(START_MONTH, month, rnd), 1 + rnd.nextInt(28));
                if (plannedStart.isAfter(today.minusDays(3))) {
                    plannedStart = today.minusDays(3 + rnd.nextInt(18));
                }
                actualStart = plannedStart.plusDays(rnd.nextInt(33) - 7);
                if (actualStart.isAfter(today)) {
                    actualStart = today;
                }
            }
            case LATER -> plannedStart = month < 12
                    ? LocalDate.of(year, month + 1 + rnd.nextInt(12 - month), 1 + rnd.nextInt(28))
                    : LocalDate.of(year + 1, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28));
            default -> plannedStart = rnd.nextDouble() < 0.5 ? today.minusDays(rnd.nextInt(13))
                    : today.minusDays(45 + rnd.nextInt(100));
        }
        LocalDate plannedCompletion = plannedStart.plusMonths(duration(seed.size(), rnd));

        // About 40 % carry a monthly plan (倒排工期), zero before the planned start: most projects that started in
        // the last three months or start later (a linear schedule would make them red at once), few that continue.
        boolean recentStart = plannedStart.getYear() == year && plannedStart.getMonthValue() >= month - 2;
        double planChance = switch (start) {
            case CONTINUING -> 0.1;
            case NEW -> recentStart ? 0.9 : 0.3;
            case LATER -> 1;
            case LATE -> recentStart ? 1 : 0.2;
        };
        List<BigDecimal> plan = null;
        if (rnd.nextDouble() < planChance && plannedStart.getYear() <= year) {
            int from = start == Start.CONTINUING || plannedStart.getYear() < year ? 1 : plannedStart.getMonthValue();
            plan = monthlyPlan(annual, from, rnd);
        }

        Pace pace = pace(seed.size(), rnd);
        List<MonthReport> reports = actualStart == null ? List.of()
                : reports(seed, start, pace, total, annual, plan, actualStart, today, rnd);
        return new Drawn(level, leader, total, annual, plannedStart, actualStart, plannedCompletion, plan, start,
                pace, reports);
    }

    // ---- amounts -------------------------------------------------------------------------------------------

    /** Total investment in 万元, log-uniform within the size class, rounded to 10 or 100 万元. */
    private static BigDecimal total(char size, Random rnd) {
        double lo;
        double hi;
        switch (size) {
            case 'S' -> { lo = 3_000; hi = 15_000; }
            case 'M' -> { lo = 15_000; hi = 60_000; }
            case 'L' -> { lo = 60_000; hi = 250_000; }
            case 'X' -> { lo = 250_000; hi = 800_000; }
            default -> throw new IllegalArgumentException("size " + size);
        }
        double v = Math.exp(Math.log(lo) + rnd.nextDouble() * (Math.log(hi) - Math.log(lo)));
        long step = v < 10_000 ? 10 : 100;
        return BigDecimal.valueOf(Math.round(v / step) * step).setScale(2);
    }

    /** Annual plan: 21 % to 59 % of the total, mostly in round 10 万元, sometimes to the 分 of a 万元. */
    private static BigDecimal annual(BigDecimal total, Random rnd) {
        BigDecimal share = BigDecimal.valueOf(0.21 + 0.38 * rnd.nextDouble());
        BigDecimal exact = total.multiply(share);
        if (rnd.nextDouble() < 0.25) {
            return exact.setScale(2, RoundingMode.HALF_UP);
        }
        return exact.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN).setScale(2);
    }

    /** Construction period in months by size class. */
    private static int duration(char size, Random rnd) {
        return switch (size) {
            case 'S' -> 8 + rnd.nextInt(11);
            case 'M' -> 12 + rnd.nextInt(19);
            case 'L' -> 18 + rnd.nextInt(25);
            default -> 30 + rnd.nextInt(31);
        };
    }

    /**
     * Twelve amounts ≥ 0, zero before month {@code from}, shaped by the season and a ramp-up, that sum exactly to the
     * annual plan: months before December take whole 万元 rounded down, December takes the remainder.
     */
    static List<BigDecimal> monthlyPlan(BigDecimal annual, int from, Random rnd) {
        double[] w = new double[12];
        double sum = 0;
        for (int m = from; m <= 12; m++) {
            w[m - 1] = SEASON[m - 1] * (1 + 0.08 * (m - from)) * (0.85 + 0.3 * rnd.nextDouble());
            sum += w[m - 1];
        }
        BigDecimal[] out = new BigDecimal[12];
        BigDecimal used = BigDecimal.ZERO;
        for (int m = 1; m <= 11; m++) {
            BigDecimal v = BigDecimal.valueOf(annual.doubleValue() * w[m - 1] / sum).setScale(0, RoundingMode.FLOOR)
                    .setScale(2);
            out[m - 1] = v;
            used = used.add(v);
        }
        out[11] = annual.subtract(used);
        if (out[11].signum() < 0) {
            throw new IllegalStateException("monthly plan overshoots the annual plan");
        }
        return List.of(out);
    }

    // ---- level and leader ----------------------------------------------------------------------------------

    private static ProjectLevel level(char size, boolean cityUnit, Random rnd) {
        double u = rnd.nextDouble();
        return switch (size) {
            case 'X' -> ProjectLevel.PROVINCIAL;
            case 'L' -> u < 0.45 ? ProjectLevel.PROVINCIAL : ProjectLevel.CITY;
            case 'M' -> cityUnit || u < 0.5 ? ProjectLevel.CITY : ProjectLevel.COUNTY;
            default -> cityUnit && u < 0.75 ? ProjectLevel.CITY : ProjectLevel.COUNTY;
        };
    }

    /** The responsible leader (包抓领导): by portfolio, the mayor for some provincial projects, some none. */
    private static int leader(ProjectSeed seed, ProjectLevel level, Random rnd) {
        double u = rnd.nextDouble();
        double v = rnd.nextDouble();
        String county = DemoCatalogue.countyOf(DemoCatalogue.regionCode(seed.where()));
        if (u < 0.12) {
            return -1;
        }
        if (level == ProjectLevel.PROVINCIAL && u < 0.40) {
            return DemoCatalogue.MAYOR;
        }
        if (county != null && u > 0.82) {
            return DemoCatalogue.contactLeaderOf(county);
        }
        if (seed.unitKey().equals("slj")) {
            return DemoCatalogue.AGRICULTURE_WATER;
        }
        if (seed.unitKey().equals("wlj") || seed.unitKey().equals("wly")) {
            return v < 0.6 ? DemoCatalogue.EDUCATION_HEALTH : DemoCatalogue.PUBLICITY;
        }
        return switch (seed.category()) {
            case INDUSTRY -> v < 0.75 ? DemoCatalogue.INDUSTRY_TRADE : DemoCatalogue.EXECUTIVE;
            case INFRASTRUCTURE -> v < 0.8 ? DemoCatalogue.URBAN_TRANSPORT : DemoCatalogue.EXECUTIVE;
            case AGRICULTURE -> DemoCatalogue.AGRICULTURE_WATER;
            case SOCIAL -> DemoCatalogue.EDUCATION_HEALTH;
            case ECOLOGY -> DemoCatalogue.NATURE_ENVIRONMENT;
            case REAL_ESTATE -> DemoCatalogue.URBAN_TRANSPORT;
            case SERVICES -> v < 0.7 ? DemoCatalogue.INDUSTRY_TRADE : DemoCatalogue.UNITED_FRONT;
            case OTHER -> v < 0.6 ? DemoCatalogue.SECRETARY_GENERAL : DemoCatalogue.EXECUTIVE;
        };
    }

    // ---- reports -------------------------------------------------------------------------------------------

    /** The pace of a project; the very largest ones get the closest attention and never fall far behind. */
    private static Pace pace(char size, Random rnd) {
        double u = rnd.nextDouble();
        Pace pace = u < 0.58 ? Pace.NEAR : u < 0.75 ? Pace.AHEAD : u < 0.88 ? Pace.BEHIND : Pace.FAR_BEHIND;
        return size == 'X' && pace == Pace.FAR_BEHIND ? Pace.BEHIND : pace;
    }

    /**
     * The reports of a started project from its first month of this year to the current month; about 40 % have
     * not yet reported the current month (the period is still open).
     */
    private static List<MonthReport> reports(ProjectSeed seed, Start start, Pace pace, BigDecimal total,
            BigDecimal annual, List<BigDecimal> plan, LocalDate actualStart, LocalDate today, Random rnd) {
        int year = today.getYear();
        int month = today.getMonthValue();
        int first = actualStart.getYear() < year ? 1 : actualStart.getMonthValue();
        boolean reportedThisMonth = rnd.nextDouble() < 0.6;
        int last = reportedThisMonth ? month : month - 1;
        if (last < first) {
            return List.of();
        }
        double a = annual.doubleValue();
        double expected = 0;
        for (int m = 1; m <= month; m++) {
            expected += plan == null ? a / 12 : plan.get(m - 1).doubleValue();
        }
        double target = target(pace, expected, a, rnd.nextDouble());
        // A project that started late in the year cannot have caught up with a linear schedule.
        double cap = a * Math.min(1, (last - first + 1) * 2.0 / 12);
        target = Math.max(0.005 * a, Math.min(target, cap));

        // Spread the target over the months: by plan or season, with noise; some months idle.
        double[] w = new double[13];
        double sum = 0;
        int idleMonth = pace == Pace.FAR_BEHIND && last > first && rnd.nextDouble() < 0.5
                ? first + rnd.nextInt(last - first) : 0;
        for (int m = first; m <= last; m++) {
            double base = plan == null ? a / 12 * SEASON[m - 1] : Math.max(plan.get(m - 1).doubleValue(), a / 40);
            boolean festival = m == 2 && m != last && rnd.nextDouble() < 0.2;
            w[m] = m == idleMonth || festival ? 0 : base * (0.7 + 0.6 * rnd.nextDouble());
            sum += w[m];
        }
        BigDecimal targetAmount = BigDecimal.valueOf(target).setScale(2, RoundingMode.HALF_UP);
        BigDecimal used = BigDecimal.ZERO;
        BigDecimal[] amounts = new BigDecimal[13];
        for (int m = first; m < last; m++) {
            amounts[m] = BigDecimal.valueOf(target * w[m] / sum).setScale(2, RoundingMode.HALF_UP);
            used = used.add(amounts[m]);
        }
        amounts[last] = targetAmount.subtract(used).max(BigDecimal.ZERO);

        // Texts and workers follow the amounts.
        ProgressTexts.Works works = ProgressTexts.worksOf(seed.name(), seed.category());
        int scale = scale(works, seed.size(), rnd);
        double doneBefore = start == Start.CONTINUING
                ? (0.15 + 0.8 * rnd.nextDouble()) * (1 - annual.doubleValue() / total.doubleValue()) : 0;
        double workersPerSqrt = 3.5 + 2 * rnd.nextDouble();
        String delay = ProgressTexts.delay(rnd);
        List<MonthReport> out = new ArrayList<>();
        double cumulative = 0;
        for (int m = first; m <= last; m++) {
            BigDecimal amount = amounts[m];
            cumulative += amount.doubleValue();
            String text;
            int workers;
            if (amount.signum() == 0) {
                text = ProgressTexts.idle(m, rnd);
                workers = rnd.nextInt(9);
            } else {
                double stage = doneBefore + cumulative / total.doubleValue();
                text = ProgressTexts.text(works, stage, scale, rnd);
                if (pace == Pace.FAR_BEHIND && m >= last - 1) {
                    text += "；" + delay;
                }
                double seasonal = m <= 2 ? 0.6 : 1;
                workers = (int) Math.round((Math.sqrt(amount.doubleValue()) * workersPerSqrt + rnd.nextInt(10))
                        * seasonal);
                workers = Math.max(5, Math.min(2000, workers));
            }
            out.add(new MonthReport(m, amount, text, workers));
        }
        return out;
    }

    /**
     * Completed this year, in 万元, that puts the project at its pace this month: near the schedule (gap −7 to +6
     * points), ahead (110 % to 130 % of it), behind (gap −11 to −19) or far behind (gap −22 or worse). Where a pace
     * cannot be reached this early in the year, the next milder one is taken.
     */
    static double target(Pace pace, double expected, double annual, double u) {
        return switch (pace) {
            case AHEAD -> Math.min(annual, expected * (1.10 + 0.20 * u));
            case FAR_BEHIND -> expected >= 0.25 * annual
                    ? Math.max(expected - annual * (0.22 + 0.18 * u), 0.02 * annual)
                    : target(Pace.BEHIND, expected, annual, u);
            case BEHIND -> expected - 0.19 * annual > 0.01 * annual
                    ? expected - annual * (0.11 + 0.08 * u)
                    : target(Pace.NEAR, expected, annual, u);
            case NEAR -> Math.min(annual, Math.max(0.01 * annual, expected + annual * (-0.07 + 0.13 * u)));
        };
    }

    /** The counts a project's texts grow to: piles, floors, kilometres, greenhouses. */
    private static int scale(ProgressTexts.Works works, char size, Random rnd) {
        return switch (works) {
            case FACTORY -> 80 + rnd.nextInt(500);
            case BUILDING -> size == 'S' ? 3 + rnd.nextInt(4) : size == 'M' ? 6 + rnd.nextInt(13) : 12 + rnd.nextInt(21);
            case ROAD, NETWORK -> 5 + rnd.nextInt(40);
            case ENERGY -> 10 + rnd.nextInt(40);
            case FARM, ECO -> 10 + rnd.nextInt(70);
            default -> 10 + rnd.nextInt(20);
        };
    }

    /** A month from 1 to {@code upTo}, weighted. */
    private static int pick(double[] weights, int upTo, Random rnd) {
        double sum = Arrays.stream(weights, 0, upTo).sum();
        double x = rnd.nextDouble() * sum;
        for (int m = 1; m <= upTo; m++) {
            x -= weights[m - 1];
            if (x < 0) {
                return m;
            }
        }
        return upTo;
    }
}
