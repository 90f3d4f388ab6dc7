package cn.diaodu.reporting;

import java.math.BigDecimal;

/**
 * The body of PUT /api/projects/{id}/reports/{period}: the month's investment, 形象进度 and workers (CONTRACT §5),
 * and, optional, the problems met (遇到的问题) and next month's plan (下月计划).
 */
public record ReportInput(BigDecimal investment, String progress, Integer workersOnSite, String problems,
        String nextPlan) {

    public ReportInput(BigDecimal investment, String progress, Integer workersOnSite) {
        this(investment, progress, workersOnSite, null, null);
    }
}
