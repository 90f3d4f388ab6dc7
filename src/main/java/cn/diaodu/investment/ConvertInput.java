package cn.diaodu.investment;

import java.math.BigDecimal;

/**
 * {@code POST /api/investments/{id}/project}: what the key project takes other than the lead's own fields, each
 * optional — the year (this year), the category (INDUSTRY 产业), the level (COUNTY for a lead placed on a county or
 * below, else CITY), the annual plan (the total investment), the code (generated) and the responsible leader.
 */
public record ConvertInput(Integer year, String category, String level, BigDecimal annualPlan, String code,
        Long leaderId) {
    public static final ConvertInput NONE = new ConvertInput(null, null, null, null, null, null);
}
