package cn.diaodu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The body of POST and PUT /api/projects (CONTRACT §5 and §11); {@code version} only on PUT. A PUT replaces the whole
 * record: a field left out is cleared, as on the form.
 */
public record ProjectInput(String code, String name, Integer year, String category, String level, String regionCode,
        Long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan, LocalDate plannedStart,
        LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan, Integer version,
        String ownerName, ProjectContact contact, List<Long> cooperatingUnitIds, String content,
        LocalDate actualCompletion, BigDecimal completedBefore, Long continuedFrom, List<FundingLine> funding) {

    /** The fields of CONTRACT §5 only. */
    public ProjectInput(String code, String name, Integer year, String category, String level, String regionCode,
            Long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan, LocalDate plannedStart,
            LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan, Integer version) {
        this(code, name, year, category, level, regionCode, leadUnitId, leaderId, totalInvestment, annualPlan,
                plannedStart, actualStart, plannedCompletion, monthlyPlan, version, null, null, null, null, null, null,
                null, null);
    }
}
