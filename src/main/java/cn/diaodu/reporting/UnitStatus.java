package cn.diaodu.reporting;

import java.math.BigDecimal;

/**
 * One unit's line of a period's status board (CONTRACT §7): its projects and how many have a report in each state;
 * {@code missing} are those without a report, {@code reportingRate} (填报率) the share with one.
 */
public record UnitStatus(long unitId, String unitName, String regionCode, int projects, int submitted, int approved,
        int returned, int late, int missing, int zero, BigDecimal reportingRate) {
}
