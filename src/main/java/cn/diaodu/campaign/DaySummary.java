package cn.diaodu.campaign;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A campaign's day (CONTRACT §15): its units; how many sent a report of either kind, how many of those a zero
 * report, how many were late; missing = units − reported, and which units they are; the totals of every number field
 * over the day's reports.
 */
public record DaySummary(int units, int reported, int zero, int late, int missing, Map<String, BigDecimal> totals,
        List<UnitRef> missingUnits) {
}
