package cn.diaodu.assessment.economy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The figures of an economic indicator (docs/figures.md §14.1), pure functions on {@link BigDecimal}, shown half-up to
 * two decimals: growth = (value − lastYear) / lastYear × 100 (同比增长, %); completion = value / target × 100
 * (目标完成率, %); targetGrowth = (target − lastYear) / lastYear × 100; gap = growth − targetGrowth in percentage points
 * from unrounded values ("低于目标值4.06个百分点" when −4.06). A figure whose divisor is missing or 0 is null.
 */
public final class EconomicFigures {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EconomicFigures() {
    }

    static BigDecimal rate(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, MathContext.DECIMAL128);
    }

    public static BigDecimal growth(BigDecimal value, BigDecimal lastYear) {
        return round(lastYear == null ? null : rate(value.subtract(lastYear), lastYear));
    }

    public static BigDecimal completion(BigDecimal value, BigDecimal target) {
        return round(rate(value, target));
    }

    public static BigDecimal gap(BigDecimal value, BigDecimal target, BigDecimal lastYear) {
        if (target == null || lastYear == null || lastYear.signum() == 0) {
            return null;
        }
        return round(rate(value.subtract(target), lastYear));
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }
}
