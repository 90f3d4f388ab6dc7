package cn.diaodu.reporting;

import java.time.OffsetDateTime;

/**
 * A reporting period (填报周期): reports for the month are accepted from {@code opensAt}; those after
 * {@code deadline} are marked late; once closed, none are accepted. {@code kind} is MONTH (WEEK and DAY are reserved
 * for special campaigns).
 */
public record ReportingPeriod(long id, String kind, String period, OffsetDateTime opensAt, OffsetDateTime deadline,
        OffsetDateTime closedAt, String status) {
}
