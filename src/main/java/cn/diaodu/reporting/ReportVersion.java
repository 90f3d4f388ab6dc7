package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One version of a report in its history: who, when, and the values it then had. */
public record ReportVersion(OffsetDateTime at, String by, BigDecimal investment, String progress,
        Integer workersOnSite, ReportStatus status, String reason) {
}
