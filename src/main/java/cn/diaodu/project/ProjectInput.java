package cn.diaodu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of POST and PUT /api/projects (CONTRACT §5); {@code version} only on PUT. */
public record ProjectInput(String code, String name, Integer year, String category, String level, String regionCode,
        Long leadUnitId, Long leaderId, BigDecimal totalInvestment, BigDecimal annualPlan, LocalDate plannedStart,
        LocalDate actualStart, LocalDate plannedCompletion, List<BigDecimal> monthlyPlan, Integer version) {
}
