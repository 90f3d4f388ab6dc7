package cn.diaodu.investment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The figures of CONTRACT §12 as pure functions (docs/figures.md, "Investment attraction"): for year Y and a set of
 * leads, signed = the leads whose SIGNED date lies in Y; landed, started, operating = how many of those have reached
 * that stage or a later one (a stage reached has its date, never after today); the rates over signed, the funds in
 * place dated up to today over the signed amount, each rounded half-up to two decimals once, 0.00 over a zero
 * denominator (as §6 does for a zero plan).
 */
public final class InvestmentFigures {
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** 亿元以上: a signed amount of at least 1 亿元 = 10 000 万元. */
    public static final BigDecimal BAND_YI = new BigDecimal("10000");
    /** 10亿元以上: at least 10 亿元 = 100 000 万元. */
    public static final BigDecimal BAND_TEN_YI = new BigDecimal("100000");

    private InvestmentFigures() {
    }

    /** The figures of a group (or the total). Amounts in 万元, rates in percent. */
    public record Figures(int signed, BigDecimal signedAmount, int landed, int started, int operating,
            BigDecimal landingRate, BigDecimal startRate, BigDecimal fundsInPlace, BigDecimal fundsRate) {
    }

    /** A ranked group: its key (a unit's id, a region's code, an industry chain), name, figures and rank. */
    public record Group(Object key, String name, int signed, BigDecimal signedAmount, int landed, int started,
            int operating, BigDecimal landingRate, BigDecimal startRate, BigDecimal fundsInPlace,
            BigDecimal fundsRate, int rank) {
        static Group of(Object key, String name, Figures f, int rank) {
            return new Group(key, name, f.signed(), f.signedAmount(), f.landed(), f.started(), f.operating(),
                    f.landingRate(), f.startRate(), f.fundsInPlace(), f.fundsRate(), rank);
        }
    }

    /** Whether the lead was signed in year Y (its SIGNED stage is dated in Y). */
    public static boolean signedIn(Investment i, int year) {
        LocalDate d = i.stages().get(InvestmentStage.SIGNED);
        return d != null && d.getYear() == year;
    }

    /** The figures of the leads for year Y; {@code funds} holds each lead's funds, {@code today} bounds them. */
    public static Figures of(Collection<Investment> leads, int year, Map<Long, List<Investment.Funds>> funds,
            LocalDate today) {
        int signed = 0;
        int landed = 0;
        int started = 0;
        int operating = 0;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal inPlace = BigDecimal.ZERO;
        for (Investment i : leads) {
            if (!signedIn(i, year)) {
                continue;
            }
            signed++;
            amount = amount.add(i.signedAmount() == null ? BigDecimal.ZERO : i.signedAmount());
            landed += reached(i, InvestmentStage.LANDED, today) ? 1 : 0;
            started += reached(i, InvestmentStage.STARTED, today) ? 1 : 0;
            operating += reached(i, InvestmentStage.OPERATING, today) ? 1 : 0;
            for (Investment.Funds f : funds.getOrDefault(i.id(), List.of())) {
                if (!f.date().isAfter(today)) {
                    inPlace = inPlace.add(f.amount());
                }
            }
        }
        BigDecimal s = BigDecimal.valueOf(signed);
        return new Figures(signed, amount.setScale(2, RoundingMode.HALF_UP), landed, started, operating,
                rate(BigDecimal.valueOf(landed), s), rate(BigDecimal.valueOf(started), s),
                inPlace.setScale(2, RoundingMode.HALF_UP), rate(inPlace, amount));
    }

    /** Whether the lead has reached the stage (its date recorded, on or before today). */
    static boolean reached(Investment i, InvestmentStage stage, LocalDate today) {
        LocalDate d = i.stages().get(stage);
        return d != null && !d.isAfter(today);
    }

    /** A rate in percent, rounded half-up to two decimals once; 0.00 when the denominator is 0. */
    public static BigDecimal rate(BigDecimal numerator, BigDecimal denominator) {
        if (denominator.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /**
     * Ranks as CONTRACT §6 does: by the rate as rounded, highest first; equal rates share a rank and the next one
     * skips (1, 2, 2, 4). Equal rates keep the order they came in.
     */
    public static <T> List<Map.Entry<T, Integer>> rank(Collection<T> items, Function<T, BigDecimal> rate) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(rate).reversed());
        List<Map.Entry<T, Integer>> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            int r = i + 1;
            if (i > 0 && rate.apply(sorted.get(i)).compareTo(rate.apply(sorted.get(i - 1))) == 0) {
                r = out.get(i - 1).getValue();
            }
            out.add(Map.entry(sorted.get(i), r));
        }
        return out;
    }

    /** The size bands of the leads signed in Y: how many and how much at or above 1 亿元 and 10 亿元. */
    public record Bands(int aboveYi, BigDecimal aboveYiAmount, int aboveTenYi, BigDecimal aboveTenYiAmount) {
    }

    public static Bands bands(Collection<Investment> leads, int year) {
        int n1 = 0;
        int n10 = 0;
        BigDecimal a1 = BigDecimal.ZERO;
        BigDecimal a10 = BigDecimal.ZERO;
        for (Investment i : leads) {
            if (!signedIn(i, year) || i.signedAmount() == null) {
                continue;
            }
            if (i.signedAmount().compareTo(BAND_YI) >= 0) {
                n1++;
                a1 = a1.add(i.signedAmount());
            }
            if (i.signedAmount().compareTo(BAND_TEN_YI) >= 0) {
                n10++;
                a10 = a10.add(i.signedAmount());
            }
        }
        return new Bands(n1, a1.setScale(2), n10, a10.setScale(2));
    }

    /** One bar of the funnel: how many leads reached the stage in year Y (its date in Y). */
    public record FunnelStep(InvestmentStage stage, int count) {
    }

    public static List<FunnelStep> funnel(Collection<Investment> leads, int year) {
        List<FunnelStep> out = new ArrayList<>();
        List<InvestmentStage> all = new ArrayList<>(InvestmentStage.PIPELINE);
        all.add(InvestmentStage.LOST);
        for (InvestmentStage s : all) {
            int n = 0;
            for (Investment i : leads) {
                LocalDate d = i.stages().get(s);
                if (d != null && d.getYear() == year) {
                    n++;
                }
            }
            out.add(new FunnelStep(s, n));
        }
        return out;
    }
}
