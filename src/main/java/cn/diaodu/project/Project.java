package cn.diaodu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A key project (重点项目) of one year. Amounts in 万元. {@code monthlyPlan} is the month-by-month plan (倒排工期),
 * twelve amounts that sum to the annual plan, or null.
 */
public record Project(long id, String code, String name, int year, Category category, ProjectLevel level,
        String regionCode, long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan,
        LocalDate plannedStart, LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan,
        int version) {
}
