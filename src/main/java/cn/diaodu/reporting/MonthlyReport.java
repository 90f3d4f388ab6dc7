package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A project's report for one month (月报): the investment completed in that month in 万元, the physical progress
 * (形象进度) and the workers on site (施工人数); its review status, whether it came after the deadline (迟报), whether
 * it is a zero report (零报告), the reason of the last return or unlock, and its data-quality flags; the problems met
 * (遇到的问题) and next month's plan (下月计划), both optional.
 */
public record MonthlyReport(long projectId, String period, BigDecimal investment, String progress,
        Integer workersOnSite, ReportStatus status, boolean late, boolean zero, String reason,
        List<QualityFlag> flags, OffsetDateTime updatedAt, String updatedBy, String problems, String nextPlan) {
}
