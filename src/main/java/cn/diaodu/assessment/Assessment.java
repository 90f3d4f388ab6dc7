package cn.diaodu.assessment;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A round of assessment (考核, CONTRACT §14): its name, year and the last month it covers (3 the first quarter, 6 the
 * half-year, 12 the year), who it assesses ({@code subject}: REGION or UNIT groups of the summary, taken at
 * {@code regionCode}), its indicators, and whether it is published (frozen).
 */
public record Assessment(long id, String name, int year, int month, SubjectKind subject, String regionCode,
        List<Indicator> indicators, boolean published, String publishedBy, OffsetDateTime publishedAt,
        String createdBy, OffsetDateTime createdAt, Long copiedFrom, int version) {

    /** Whether the round covers a half-year (month 6): the page then shows 时间过半、任务过半 per subject. */
    public boolean halfYear() {
        return month == 6;
    }
}
