package cn.diaodu.assessment.economy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * An economic indicator of a region for months 1..M of a year: the amount (亿元), the target and last year's amount
 * for the same months, as entered; growth, completion and gap as {@link EconomicFigures} defines them; the rank among
 * the regions listed by growth (null without a growth).
 */
public record EconomicValue(String regionCode, String regionName, String period, EconomicIndicator indicator,
        BigDecimal value, BigDecimal target, BigDecimal lastYear, BigDecimal growth, BigDecimal completion,
        BigDecimal gap, Integer rank, String enteredBy, OffsetDateTime enteredAt) {

    EconomicValue ranked(Integer r) {
        return new EconomicValue(regionCode, regionName, period, indicator, value, target, lastYear, growth,
                completion, gap, r, enteredBy, enteredAt);
    }
}
