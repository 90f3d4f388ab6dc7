package cn.diaodu.assessment.economy;

import java.math.BigDecimal;

/** {@code POST /api/economy}: a region's indicator for months 1..M of a year ({@code period} "YYYY-MM"), in 亿元. */
public record EconomicInput(String regionCode, String period, String indicator, BigDecimal value, BigDecimal target,
        BigDecimal lastYear) {
}
