package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;

import cn.diaodu.project.Project;

/**
 * One project's figures for a month (CONTRACT §6). Amounts in 万元; rates in percent rounded half-up to two
 * decimals; {@code gap} in percentage points.
 */
public record ProjectFigures(Project project, BigDecimal annualPlan, BigDecimal completed, BigDecimal expected,
        BigDecimal completionRate, BigDecimal expectedRate, BigDecimal gap, boolean started, Warning warning,
        List<String> reasons) {
}
