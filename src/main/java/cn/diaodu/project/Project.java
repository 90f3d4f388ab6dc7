package cn.diaodu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A key project (重点项目) of one year. Amounts in 万元. {@code monthlyPlan} is the month-by-month plan (倒排工期),
 * twelve amounts that sum to the annual plan, or null. The record a 项目办 keeps (CONTRACT §11): the owner (项目业主),
 * the contact (联络员), the cooperating units (配合部门), the construction content and scale, the actual completion,
 * what was completed in earlier years ({@code completedBefore}, carried by the year rollover with
 * {@code continuedFrom}, last year's project) and the funding plan by source.
 */
public record Project(long id, String code, String name, int year, Category category, ProjectLevel level,
        String regionCode, long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan,
        LocalDate plannedStart, LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan,
        int version, String ownerName, ProjectContact contact, List<Long> cooperatingUnitIds, String content,
        LocalDate actualCompletion, BigDecimal completedBefore, Long continuedFrom, List<FundingLine> funding) {

    public Project {
        cooperatingUnitIds = cooperatingUnitIds == null ? List.of() : List.copyOf(cooperatingUnitIds);
        funding = funding == null ? List.of() : List.copyOf(funding);
    }

    /** A project with the figures' fields only (the record's other fields empty): for computations and tests. */
    public Project(long id, String code, String name, int year, Category category, ProjectLevel level,
            String regionCode, long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan,
            LocalDate plannedStart, LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan,
            int version) {
        this(id, code, name, year, category, level, regionCode, leadUnitId, leaderId, totalInvestment, annualPlan,
                plannedStart, actualStart, plannedCompletion, monthlyPlan, version, null, null, List.of(), null, null,
                null, null, List.of());
    }

    /** The same project with its cooperating units and funding lines, as loaded from their tables. */
    Project withLinks(List<Long> cooperating, List<FundingLine> lines) {
        return new Project(id, code, name, year, category, level, regionCode, leadUnitId, leaderId, totalInvestment,
                annualPlan, plannedStart, actualStart, plannedCompletion, monthlyPlan, version, ownerName, contact,
                cooperating, content, actualCompletion, completedBefore, continuedFrom, lines);
    }

    /** Whether the unit is one of the project's cooperating units (配合部门). */
    public boolean cooperates(Long unitId) {
        return unitId != null && cooperatingUnitIds.contains(unitId);
    }
}
