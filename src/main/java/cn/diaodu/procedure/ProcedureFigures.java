package cn.diaodu.procedure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Percent;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * The figures of the preliminary procedures (docs/figures.md §10 (前期手续)), the one definition for the API, the page
 * {@code /procedures}, the ledger's filters and the bulletin. Set-based: the projects of the scope in one query
 * ({@link ProjectService#list}), their records and the catalogue in one more each; counted in Java.
 */
@Service
public class ProcedureFigures {
    private final ProcedureStore store;
    private final ProcedureKinds kinds;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final AppClock clock;

    ProcedureFigures(ProcedureStore store, ProcedureKinds kinds, ProjectService projects,
            OrganisationService organisation, DataScope scope, AppClock clock) {
        this.store = store;
        this.kinds = kinds;
        this.projects = projects;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /** notStarted(p, M) ⇔ actualStart null or after the last day of M. */
    static boolean notStarted(Project p, YearMonth m) {
        return p.actualStart() == null || p.actualStart().isAfter(m.atEndOfMonth());
    }

    /** The status of a kind for a project: PENDING where nothing was recorded. */
    private static ProcedureStatus status(Map<String, ProcedureState> rows, String code) {
        ProcedureState s = rows == null ? null : rows.get(code);
        return s == null ? ProcedureStatus.PENDING : s.status();
    }

    /** ready(p, M) ⇔ not started at the end of M and every kind of the catalogue DONE or NOT_NEEDED. */
    private static boolean ready(Project p, YearMonth m, Map<String, ProcedureState> rows,
            List<ProcedureKind> all) {
        return notStarted(p, m) && all.stream().allMatch(k -> status(rows, k.code()).settled());
    }

    // ---- the scope -----------------------------------------------------------------------------------------

    /** The projects of year Y in the caller's scope (below {@code regionCode} when given): 403, 422 as the analysis. */
    public List<Project> projectsOf(int year, String regionCode, CurrentUser user) {
        if (!ProjectAccess.readsRegion(user)) {
            throw new ForbiddenException("analysis");
        }
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("year", "analysis.error.year-must-2000-2100");
        }
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode.strip();
        if (region != null) {
            RegionTree tree = organisation.regionTree();
            if (!tree.contains(region)) {
                throw ValidationException.of("regionCode", "analysis.error.unknown-region");
            }
            if (!scope.covers(user, tree, region)) {
                throw new ForbiddenException("region " + region);
            }
        }
        return projects.list(new ProjectFilter(year, region, null, null, null, null), user);
    }

    static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw ValidationException.of("month", "analysis.error.month-must-1-12");
        }
    }

    // ---- §10.1 the overview ---------------------------------------------------------------------------------

    /** GET /api/analysis/procedures: the overview of year and month over the projects of the scope. */
    public ProcedureAnalysis analysis(int year, int month, String regionCode, CurrentUser user) {
        checkMonth(month);
        return analysis(year, month, projectsOf(year, regionCode, user));
    }

    ProcedureAnalysis analysis(int year, int month, List<Project> ps) {
        YearMonth m = YearMonth.of(year, month);
        List<ProcedureKind> all = kinds.all();
        Map<Long, Map<String, ProcedureState>> rows = store.of(ids(ps));
        LocalDate today = clock.today();
        int notStarted = 0;
        int ready = 0;
        int[][] counts = new int[all.size()][5];
        for (Project p : ps) {
            Map<String, ProcedureState> r = rows.get(p.id());
            if (notStarted(p, m)) {
                notStarted++;
            }
            if (ready(p, m, r, all)) {
                ready++;
            }
            for (int k = 0; k < all.size(); k++) {
                ProcedureState s = r == null ? null : r.get(all.get(k).code());
                ProcedureStatus st = s == null ? ProcedureStatus.PENDING : s.status();
                counts[k][st.ordinal()]++;
                if (s != null && ProcedureService.overdue(st, s.plannedDate(), today)) {
                    counts[k][4]++;
                }
            }
        }
        List<ProcedureAnalysis.KindCount> kindCounts = new ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            int[] c = counts[k];
            kindCounts.add(new ProcedureAnalysis.KindCount(all.get(k).code(), all.get(k).name(),
                    c[ProcedureStatus.DONE.ordinal()], c[ProcedureStatus.IN_PROGRESS.ordinal()],
                    c[ProcedureStatus.PENDING.ordinal()], c[ProcedureStatus.NOT_NEEDED.ordinal()], c[4]));
        }
        return new ProcedureAnalysis(year, month, ps.size(), notStarted, rate(notStarted, ps.size()), ready,
                kindCounts);
    }

    /** n / of × 100, rounded half-up to 2 decimals ({@link Percent}); 0 when there is nothing. */
    static BigDecimal rate(int n, int of) {
        if (of == 0) {
            return Percent.round(BigDecimal.ZERO);
        }
        return Percent.round(BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(of), 10, RoundingMode.HALF_UP));
    }

    private static List<Long> ids(Collection<Project> ps) {
        return ps.stream().map(Project::id).toList();
    }

    // ---- the ledger's filters and the bulletin -------------------------------------------------------------

    /** The projects among {@code ps} that are ready to start (手续齐备待开工) at the end of month M. */
    public Set<Long> readyProjectIds(int year, int month, Collection<Project> ps) {
        YearMonth m = YearMonth.of(year, month);
        List<ProcedureKind> all = kinds.all();
        Map<Long, Map<String, ProcedureState>> rows = store.of(ids(ps));
        Set<Long> out = new LinkedHashSet<>();
        for (Project p : ps) {
            if (ready(p, m, rows.get(p.id()), all)) {
                out.add(p.id());
            }
        }
        return out;
    }

    /** The projects among {@code ids} with a procedure overdue today (手续逾期). */
    public Set<Long> projectsWithOverdue(Collection<Long> ids) {
        LocalDate today = clock.today();
        Set<Long> out = new LinkedHashSet<>();
        store.of(ids).forEach((id, rows) -> {
            if (rows.values().stream().anyMatch(s -> ProcedureService.overdue(s.status(), s.plannedDate(), today))) {
                out.add(id);
            }
        });
        return out;
    }

    /** The bulletin's counts over the given projects: not started, ready, and not started with procedures open. */
    record Overview(int projects, int notStarted, int ready) {
        int inProcedures() {
            return notStarted - ready;
        }
    }

    Overview overview(int year, int month, Collection<Project> ps) {
        ProcedureAnalysis a = analysis(year, month, List.copyOf(ps));
        return new Overview(a.projects(), a.notStarted(), a.ready());
    }

    // ---- §10.2 overdue procedures and the approving units ---------------------------------------------------

    /** Every overdue procedure of the projects, the longest overdue first (then project code, catalogue order). */
    List<ProcedureAnalysis.Overdue> overdue(List<Project> ps) {
        LocalDate today = clock.today();
        List<ProcedureKind> all = kinds.all();
        Map<Long, Map<String, ProcedureState>> rows = store.of(ids(ps));
        Map<Long, String> units = unitNames();
        List<ProcedureAnalysis.Overdue> out = new ArrayList<>();
        for (Project p : ps) {
            Map<String, ProcedureState> r = rows.getOrDefault(p.id(), Map.of());
            for (ProcedureKind k : all) {
                ProcedureState s = r.get(k.code());
                if (s != null && ProcedureService.overdue(s.status(), s.plannedDate(), today)) {
                    out.add(new ProcedureAnalysis.Overdue(p.id(), p.code(), p.name(), k.code(), k.name(), s.status(),
                            s.plannedDate(), ChronoUnit.DAYS.between(s.plannedDate(), today),
                            s.approvingUnitId() == null ? null : units.get(s.approvingUnitId()),
                            units.get(p.leadUnitId())));
                }
            }
        }
        out.sort(Comparator.comparingLong(ProcedureAnalysis.Overdue::daysOverdue).reversed()
                .thenComparing(ProcedureAnalysis.Overdue::projectCode));
        return out;
    }

    /** GET /api/analysis/procedures/approvers: the approving units of the projects of year Y in scope. */
    public List<ProcedureAnalysis.Approver> approvers(int year, String regionCode, CurrentUser user) {
        return approvers(projectsOf(year, regionCode, user));
    }

    /**
     * Per approving unit named by a procedure of the projects: done, overdue, and the days from appliedDate to
     * actualDate of the DONE ones that have both; ordered by overdue (most first), then averageDays (longest first,
     * none last), then the unit's name.
     */
    List<ProcedureAnalysis.Approver> approvers(List<Project> ps) {
        LocalDate today = clock.today();
        Set<String> catalogue = new java.util.HashSet<>();
        kinds.all().forEach(k -> catalogue.add(k.code()));
        Map<Long, String> units = unitNames();
        Map<Long, long[]> acc = new HashMap<>(); // procedures, done, overdue, timed, total days, longest
        for (Map<String, ProcedureState> r : store.of(ids(ps)).values()) {
            for (ProcedureState s : r.values()) {
                if (s.approvingUnitId() == null || !catalogue.contains(s.code())) {
                    continue;
                }
                long[] a = acc.computeIfAbsent(s.approvingUnitId(), k -> new long[] {0, 0, 0, 0, 0, Long.MIN_VALUE});
                a[0]++;
                if (s.status() == ProcedureStatus.DONE) {
                    a[1]++;
                    if (s.appliedDate() != null && s.actualDate() != null) {
                        long days = ChronoUnit.DAYS.between(s.appliedDate(), s.actualDate());
                        a[3]++;
                        a[4] += days;
                        a[5] = Math.max(a[5], days);
                    }
                }
                if (ProcedureService.overdue(s.status(), s.plannedDate(), today)) {
                    a[2]++;
                }
            }
        }
        List<ProcedureAnalysis.Approver> out = new ArrayList<>();
        acc.forEach((unit, a) -> out.add(new ProcedureAnalysis.Approver(unit, units.getOrDefault(unit, ""),
                (int) a[0], (int) a[1], (int) a[2],
                a[3] == 0 ? null : BigDecimal.valueOf(a[4]).divide(BigDecimal.valueOf(a[3]), 2, RoundingMode.HALF_UP),
                a[3] == 0 ? null : a[5])));
        out.sort(Comparator.comparingInt(ProcedureAnalysis.Approver::overdue).reversed()
                .thenComparing(ProcedureAnalysis.Approver::averageDays,
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ProcedureAnalysis.Approver::unitName));
        return out;
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> m = new HashMap<>();
        organisation.units().forEach(u -> m.put(u.id(), u.name()));
        return m;
    }
}
