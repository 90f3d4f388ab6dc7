package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.ReportService;

/**
 * What a month's figures are computed from (docs/figures.md §7): for a closed month, the month snapshot (the projects
 * as they stood, what they had completed, the thresholds in force), filtered to the caller's scope as the ledger is;
 * for any other month the live projects and reports. Every figure of §6 goes through here, so the API, the pages and
 * the bulletin of a closed month agree with what was published.
 */
@Component
class MonthInputs {
    private final ProjectService projects;
    private final ReportService reports;
    private final WarningRuleService rules;
    private final MonthSnapshots snapshots;
    private final ProjectAccess access;
    private final cn.diaodu.organisation.OrganisationService organisation;

    MonthInputs(ProjectService projects, ReportService reports, WarningRuleService rules, MonthSnapshots snapshots,
            ProjectAccess access, cn.diaodu.organisation.OrganisationService organisation) {
        this.projects = projects;
        this.reports = reports;
        this.rules = rules;
        this.snapshots = snapshots;
        this.access = access;
        this.organisation = organisation;
    }

    /** The projects, their completed amounts through the month, the thresholds, and when the month was frozen. */
    record Inputs(List<Project> projects, Map<Long, BigDecimal> completed, WarningRules rules,
            OffsetDateTime frozenAt) {
        boolean frozen() {
            return frozenAt != null;
        }
    }

    Inputs of(AnalysisService.Month m, ProjectFilter f, CurrentUser user) {
        Optional<MonthSnapshots.Frozen> frozen = snapshots.frozen(m.year(), m.month());
        if (frozen.isPresent()) {
            MonthSnapshots.Frozen s = frozen.get();
            Set<String> regions = f.regionCode() == null || f.regionCode().isBlank() ? null
                    : organisation.regionTree().subtree(f.regionCode());
            List<Project> kept = s.projects().stream()
                    .filter(p -> regions == null || regions.contains(p.regionCode()))
                    .filter(p -> matches(p, f))
                    .filter(p -> access.canRead(user, p))
                    .toList();
            return new Inputs(kept, s.completed(), s.rules(), s.takenAt());
        }
        // the two reads are independent: the year's completed amounts are summed while the projects are read
        var completedLater = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> reports.completedThrough(m.year(), m.month()));
        List<Project> list = projects.list(new ProjectFilter(m.year(), f.regionCode(), f.leadUnitId(), f.leaderId(),
                f.category(), f.level()), user);
        return new Inputs(list, completedLater.join(), rules.current(), null);
    }

    /** When the month was frozen, or null while it is live. */
    OffsetDateTime frozenAt(AnalysisService.Month m) {
        return snapshots.takenAt(m.year(), m.month()).orElse(null);
    }

    /** The thresholds a month is judged by: those in force when it was frozen, else today's. */
    WarningRules rulesOf(AnalysisService.Month m) {
        return snapshots.rulesAt(m.year(), m.month()).orElseGet(rules::current);
    }

    /** One project's inputs for a month: its frozen record when the month is closed and it was in it, else live. */
    Inputs ofProject(Project p, AnalysisService.Month m) {
        Optional<MonthSnapshots.Frozen> frozen = p.year() == m.year() ? snapshots.frozenProject(m.year(), m.month(),
                p.id()) : Optional.empty();
        if (frozen.isPresent() && !frozen.get().projects().isEmpty()) {
            MonthSnapshots.Frozen s = frozen.get();
            return new Inputs(s.projects(), s.completed(), s.rules(), s.takenAt());
        }
        return new Inputs(List.of(p), reports.completedThrough(p.year(), m.month()), rules.current(), null);
    }

    /** The ledger filter's fields other than the year and the region. */
    private static boolean matches(Project p, ProjectFilter f) {
        return (f.leadUnitId() == null || f.leadUnitId() == p.leadUnitId())
                && (f.leaderId() == null || f.leaderId().equals(p.leaderId()))
                && (f.category() == null || f.category() == p.category())
                && (f.level() == null || f.level() == p.level());
    }

    /** A month's judgement day: a frozen month is judged at its end, as when it was closed. */
    static java.time.LocalDate asOf(AnalysisService.Month m, Inputs in) {
        return in.frozen() ? java.time.YearMonth.of(m.year(), m.month()).atEndOfMonth() : m.asOf();
    }
}
