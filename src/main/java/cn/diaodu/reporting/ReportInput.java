package cn.diaodu.reporting;

import java.math.BigDecimal;

/** The body of PUT /api/projects/{id}/reports/{period}. */
public record ReportInput(BigDecimal investment, String progress, Integer workersOnSite) {
}
