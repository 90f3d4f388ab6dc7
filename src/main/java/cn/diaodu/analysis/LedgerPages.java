package cn.diaodu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Category;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectLevel;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.ReportService;

/**
 * The project ledger as people read it: the filterable, sortable, paged list with each project's figures, and the
 * project page with its monthly reports. (The forms that edit a project live in the project module.)
 */
@Controller
class LedgerPages {
    private final AnalysisService analysis;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final ReportService reports;
    private final OrganisationService organisation;
    private final cn.diaodu.reporting.ReportPhotos photos;
    private final org.springframework.beans.factory.ObjectProvider<LedgerProcedures> procedures;
    private final MonthCorrections corrections;

    LedgerPages(AnalysisService analysis, ProjectService projects, ProjectAccess access, ReportService reports,
            OrganisationService organisation, cn.diaodu.reporting.ReportPhotos photos,
            org.springframework.beans.factory.ObjectProvider<LedgerProcedures> procedures,
            MonthCorrections corrections) {
        this.corrections = corrections;
        this.photos = photos;
        this.analysis = analysis;
        this.projects = projects;
        this.access = access;
        this.reports = reports;
        this.organisation = organisation;
        this.procedures = procedures;
    }

    /** Sort keys of the list, each with its comparator. */
    private static final Map<String, Comparator<ProjectFigures>> SORTS = Map.of(
            "code", Comparator.comparing(f -> f.project().code()),
            "name", Comparator.comparing(f -> f.project().name()),
            "annualPlan", Comparator.comparing(ProjectFigures::annualPlan),
            "completed", Comparator.comparing(ProjectFigures::completed),
            "completionRate", Comparator.comparing(ProjectFigures::completionRate),
            "gap", Comparator.comparing(ProjectFigures::gap),
            "warning", Comparator.comparing(ProjectFigures::warning));

    /** The filters of the list as typed, kept in its links and its export. */
    record Query(String ym, String q, String regionCode, String leadUnitId, String leaderId, String category,
            String level, String warning, String procedures) {
        Map<String, String> params() {
            Map<String, String> m = new java.util.LinkedHashMap<>();
            m.put("ym", ym);
            m.put("q", q);
            m.put("regionCode", regionCode);
            m.put("leadUnitId", leadUnitId);
            m.put("leaderId", leaderId);
            m.put("category", category);
            m.put("level", level);
            m.put("warning", warning);
            m.put("procedures", procedures);
            return m;
        }
    }

    /** The month and the filtered, scoped rows of a query. */
    private record Rows(AnalysisService.Month month, List<ProjectFigures> rows) {
    }

    private Rows rows(Query query, CurrentUser user) {
        if (!ProjectAccess.readsAnything(user)) {
            throw new ForbiddenException("projects");
        }
        AnalysisService.Month m = DashboardPages.monthOf(query.ym());
        if (m == null) {
            m = analysis.month(null, null);
        }
        Warning w = parse(Warning.class, query.warning());
        String region = blank(query.regionCode()) ? null : query.regionCode().strip();
        List<ProjectFigures> rows = new ArrayList<>(analysis.ledger(m, new ProjectFilter(m.year(), region,
                ListPage.filterId(query.leadUnitId()), ListPage.filterId(query.leaderId()),
                parse(Category.class, query.category()),
                parse(ProjectLevel.class, query.level())), user));
        if (w != null) {
            rows.removeIf(f -> f.warning() != w);
        }
        // docs/figures.md §10 (前期手续): 手续齐备待开工 (READY) and 手续逾期 (OVERDUE)
        if ("READY".equals(query.procedures()) || "OVERDUE".equals(query.procedures())) {
            LedgerProcedures lp = procedures.getIfAvailable(() -> LedgerProcedures.NONE);
            java.util.Set<Long> keep = "READY".equals(query.procedures())
                    ? lp.readyProjectIds(m.year(), m.month(), rows.stream().map(ProjectFigures::project).toList())
                    : lp.projectsWithOverdue(rows.stream().map(f -> f.project().id()).toList());
            rows.removeIf(f -> !keep.contains(f.project().id()));
        }
        if (!blank(query.q())) {
            String k = query.q().strip().toLowerCase(java.util.Locale.ROOT);
            rows.removeIf(f -> !f.project().name().toLowerCase(java.util.Locale.ROOT).contains(k)
                    && !f.project().code().toLowerCase(java.util.Locale.ROOT).contains(k));
        }
        rows.sort(SORTS.get("code"));
        return new Rows(m, rows);
    }

    @GetMapping("/projects")
    String list(Query query, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        Rows r = rows(query, user);
        AnalysisService.Month m = r.month();
        String ym = String.format("%04d-%02d", m.year(), m.month());
        Map<String, String> kept = query.params();
        kept.put("ym", ym);
        ListPage<ProjectFigures> list = ListPage.of("/projects", kept, r.rows(), SORTS, sort, dir, page, size);
        List<ProjectFigures> shown = list.items();
        model.addAttribute("list", list);
        model.addAttribute("rows", shown);
        // docs/figures.md: forecast rate and 开而不建 of the rows shown
        model.addAttribute("outlooks", analysis.outlooks(m, shown.stream().map(ProjectFigures::project).toList()));
        model.addAttribute("total", list.total());
        model.addAttribute("filtered", query.params().entrySet().stream()
                .anyMatch(e -> !"ym".equals(e.getKey()) && !blank(e.getValue())));
        model.addAttribute("ym", ym);
        MonthCorrections.Corrections fixes = corrections.of(m.year(), m.month(), query.regionCode(), user);
        model.addAttribute("frozenAt", fixes.frozenAt());
        model.addAttribute("corrections", fixes.corrections());
        model.addAttribute("suspended", analysis.suspensions(m, shown).keySet());
        model.addAttribute("f", query);
        model.addAttribute("regions", organisation.regionTree().within(user.regionCode()));
        model.addAttribute("units", organisation.units());
        model.addAttribute("leaders", organisation.leaders());
        model.addAttribute("unitNames", analysis.unitNames());
        model.addAttribute("categories", Category.values());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("canCreate", user.has(cn.diaodu.identity.Role.DISPATCHER));
        return "analysis/ledger";
    }

    /** The XLSX of what the list shows: every page, with its filters and sort. */
    @GetMapping("/projects/export.xlsx")
    ResponseEntity<byte[]> export(Query query, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        Rows r = rows(query, CurrentUsers.get());
        List<ProjectFigures> all = ListPage.of("/projects", Map.of(), r.rows(), SORTS, sort, dir, "1", "20").all();
        return LedgerExport.of(r.month(), analysis.unitNames(), analysis.leaderNames(),
                organisation.regionTree()).download(all, "ledger");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }


    @GetMapping("/projects/{id}")
    String project(@PathVariable long id, @RequestParam(required = false) String ym, Model model) {
        CurrentUser user = CurrentUsers.get();
        Project p = projects.get(id, user);
        AnalysisService.Month m = DashboardPages.monthOf(ym);
        if (m == null || m.year() != p.year()) {
            AnalysisService.Month now = analysis.month(null, null);
            m = now.year() == p.year() ? now : new AnalysisService.Month(p.year(), now.year() > p.year() ? 12 : 1);
        }
        model.addAttribute("p", p);
        ProjectFigures fig = analysis.figuresOf(p, m.month());
        model.addAttribute("fig", fig);
        model.addAttribute("month", m);
        model.addAttribute("reports", reports.ofProject(p.id()));
        model.addAttribute("region", organisation.regionTree().path(p.regionCode()));
        model.addAttribute("unit", organisation.unit(p.leadUnitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("leader", organisation.leader(p.leaderId()).map(l -> l.name() + " " +
                (l.title() == null ? "" : l.title())).orElse(""));
        model.addAttribute("cooperating", p.cooperatingUnitIds().stream()
                .map(u -> organisation.unit(u).map(x -> x.name()).orElse("")).toList());
        model.addAttribute("canEdit", access.canEdit(user, p));
        model.addAttribute("canReport", access.canReport(user, p));
        model.addAttribute("photoTimeline", photos.timeline(p.id(), user));
        model.addAttribute("suspendedNow", !analysis.suspensions(m, List.of(fig)).isEmpty());
        // docs/figures.md: year on year, forecast, milestones, 开而不建; milestone forms as MilestoneService allows
        model.addAttribute("outlook", analysis.projectOutlook(m, p));
        model.addAttribute("canAddMilestone", access.canEdit(user, p));
        model.addAttribute("canSetActual", access.canReport(user, p));
        model.addAttribute("today", analysis.today());
        model.addAttribute("ym", String.format("%04d-%02d", m.year(), m.month()));
        return "analysis/project";
    }

    @GetMapping("/projects/{id}/reports/{period}/history")
    String history(@PathVariable long id, @PathVariable String period, Model model) {
        Project p = projects.get(id, CurrentUsers.get());
        Period per = Period.parse(period, "period");
        model.addAttribute("p", p);
        model.addAttribute("period", per.toString());
        model.addAttribute("versions", reports.history(id, per));
        return "analysis/history";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String v) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
