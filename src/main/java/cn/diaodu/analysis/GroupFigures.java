package cn.diaodu.analysis;

import java.math.BigDecimal;

/**
 * The figures of a group of projects (a region, a unit, a leader, a category, or all): amounts summed first, then
 * divided (CONTRACT §6).
 */
public record GroupFigures(int projects, BigDecimal annualPlan, BigDecimal completed, BigDecimal expected,
        BigDecimal completionRate, BigDecimal expectedRate, BigDecimal gap, int started, BigDecimal startRate,
        int red, int yellow, int green) {
}
