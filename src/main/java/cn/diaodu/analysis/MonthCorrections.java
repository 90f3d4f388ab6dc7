package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.reporting.ReportService;

/**
 * Corrections against a published month (docs/figures.md §8): for a closed month, every project of its record whose
 * investment completed through the month, as the reports stand today, differs from what the record holds (a report
 * unlocked and corrected after the close). The month's figures stay those of the record; the pages of the month and
 * {@code GET /api/analysis/corrections} list these differences beside them, so that a correction shows as a
 * correction instead of silently changing what leaders already hold.
 */
@Component
public class MonthCorrections {
    private final MonthSnapshots snapshots;
    private final ReportService reports;
    private final ProjectAccess access;
    private final OrganisationService organisation;

    MonthCorrections(MonthSnapshots snapshots, ReportService reports, ProjectAccess access,
            OrganisationService organisation) {
        this.snapshots = snapshots;
        this.reports = reports;
        this.access = access;
        this.organisation = organisation;
    }

    /** One project's completed amount as published and as it stands now (万元). */
    public record Correction(long projectId, String code, String name, BigDecimal published, BigDecimal current,
            BigDecimal difference) {
    }

    /** The record's time and its corrections; {@code frozenAt} null (and no corrections) while the month is live. */
    public record Corrections(OffsetDateTime frozenAt, List<Correction> corrections) {
    }

    /** The corrections of the month within the region (null or blank: the caller's whole scope). */
    public Corrections of(int year, int month, String regionCode, CurrentUser user) {
        Optional<MonthSnapshots.Frozen> frozen = snapshots.frozen(year, month);
        if (frozen.isEmpty()) {
            return new Corrections(null, List.of());
        }
        MonthSnapshots.Frozen s = frozen.get();
        Set<String> regions = regionCode == null || regionCode.isBlank() ? null
                : organisation.regionTree().subtree(regionCode.trim());
        Map<Long, BigDecimal> now = reports.completedThrough(year, month);
        List<Correction> out = s.projects().stream()
                .filter(p -> regions == null || regions.contains(p.regionCode()))
                .filter(p -> access.canRead(user, p))
                .map(p -> correction(p, s.completed(), now))
                .filter(c -> c.published().compareTo(c.current()) != 0)
                .toList();
        return new Corrections(s.takenAt(), out);
    }

    private static Correction correction(Project p, Map<Long, BigDecimal> published, Map<Long, BigDecimal> now) {
        BigDecimal was = published.getOrDefault(p.id(), BigDecimal.ZERO);
        BigDecimal is = now.getOrDefault(p.id(), BigDecimal.ZERO);
        return new Correction(p.id(), p.code(), p.name(), was, is, is.subtract(was));
    }
}
