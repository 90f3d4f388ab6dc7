package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of CONTRACT §14 as pure functions on {@link BigDecimal} (like {@code analysis.Figures}): ranks with
 * ties (1, 2, 2, 4), the RANK, TARGET and MANUAL scores, the weighted total and its rounding. Divisions that do not
 * terminate are carried to 34 significant digits ({@link #EXACT}), far beyond the two decimals shown, so that every
 * shown score and total is the exact value rounded half-up.
 */
public final class Scoring {
    /** The precision of "computed exactly": decimal128, 34 significant digits. */
    public static final MathContext EXACT = MathContext.DECIMAL128;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scoring() {
    }

    /** A number without trailing zeros and never in exponent form (30, 0.25). */
    public static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    /** A score or total as shown: half-up to two decimals (null stays null). */
    public static BigDecimal shown(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    /**
     * Ranks of the values, highest first; equal values share a rank and the next rank skips (1, 2, 2, 4). Keys with a
     * null value get no rank. The map keeps the input's order.
     */
    public static <K> Map<K, Integer> ranks(Map<K, BigDecimal> values) {
        List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>();
        values.entrySet().stream().filter(e -> e.getValue() != null).forEach(sorted::add);
        sorted.sort(Comparator.comparing((Map.Entry<K, BigDecimal> e) -> e.getValue()).reversed());
        Map<K, Integer> byKey = new LinkedHashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            int rank = i + 1;
            if (i > 0 && sorted.get(i).getValue().compareTo(sorted.get(i - 1).getValue()) == 0) {
                rank = byKey.get(sorted.get(i - 1).getKey());
            }
            byKey.put(sorted.get(i).getKey(), rank);
        }
        Map<K, Integer> out = new LinkedHashMap<>();
        values.keySet().forEach(k -> out.put(k, byKey.get(k)));
        return out;
    }

    /** RANK: max(0, first − step × (rank − 1)). */
    public static BigDecimal rankScore(BigDecimal first, BigDecimal step, int rank) {
        BigDecimal s = first.subtract(step.multiply(BigDecimal.valueOf(rank - 1L)));
        return s.signum() < 0 ? BigDecimal.ZERO : s;
    }

    /** TARGET: min(100, value / target × 100), and not below 0 (a negative value, such as a gap, scores 0). */
    public static BigDecimal targetScore(BigDecimal value, BigDecimal target) {
        BigDecimal s = value.multiply(HUNDRED).divide(target, EXACT);
        if (s.compareTo(HUNDRED) > 0) {
            return HUNDRED;
        }
        return s.signum() < 0 ? BigDecimal.ZERO : s;
    }

    /**
     * MANUAL: the mean of the scores entered, after dropping the highest and the lowest (one each) when there are five
     * or more; null when none was entered.
     */
    public static BigDecimal manualMean(List<BigDecimal> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        List<BigDecimal> kept = new ArrayList<>(scores);
        kept.sort(Comparator.naturalOrder());
        if (kept.size() >= 5) {
            kept = kept.subList(1, kept.size() - 1);
        }
        BigDecimal sum = kept.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(kept.size()), EXACT);
    }

    /** One weighted score of a total. */
    public record Weighted(BigDecimal score, BigDecimal weight) {
    }

    /** total = Σ (score × weight) / Σ weight, exact (not rounded); 0 when the weights sum to 0. */
    public static BigDecimal total(List<Weighted> parts) {
        BigDecimal num = BigDecimal.ZERO;
        BigDecimal den = BigDecimal.ZERO;
        for (Weighted w : parts) {
            num = num.add(w.score().multiply(w.weight()));
            den = den.add(w.weight());
        }
        return den.signum() == 0 ? BigDecimal.ZERO : num.divide(den, EXACT);
    }
}
