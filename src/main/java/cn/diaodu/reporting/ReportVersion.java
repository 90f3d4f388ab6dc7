package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One version of a report in its history: who, when, the values it then had, and the reason of a review step. */
public record ReportVersion(OffsetDateTime at, String by, BigDecimal investment, String progress,
        Integer workersOnSite, ReportStatus status, String reason, Boolean late, Boolean zero) {
}
