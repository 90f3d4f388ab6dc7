package cn.diaodu.analysis;

import java.math.BigDecimal;

/**
 * The figures of a group of projects (a region, a unit, a leader, a category, or all): amounts summed first, then
 * divided (CONTRACT §6). {@code expected12} is twelve times the expected amount, exact, for figures rounded
 * differently from the API's two decimals (the bulletin's one decimal).
 */
public record GroupFigures(int projects, BigDecimal annualPlan, BigDecimal completed, BigDecimal expected,
        BigDecimal completionRate, BigDecimal expectedRate, BigDecimal gap, int started, BigDecimal startRate,
        int red, int yellow, int green, BigDecimal expected12) {
}
