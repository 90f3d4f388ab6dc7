package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A project's report for one month (月报): the investment completed in that month in 万元, the physical progress
 * (形象进度) and the workers on site (施工人数).
 */
public record MonthlyReport(long projectId, String period, BigDecimal investment, String progress,
        Integer workersOnSite, ReportStatus status, boolean late, boolean zero, OffsetDateTime updatedAt,
        String updatedBy) {
}
