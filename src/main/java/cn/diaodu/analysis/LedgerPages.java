package cn.diaodu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.ForbiddenException;
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
    static final int PAGE_SIZE = 20;

    private final AnalysisService analysis;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final ReportService reports;
    private final OrganisationService organisation;

    LedgerPages(AnalysisService analysis, ProjectService projects, ProjectAccess access, ReportService reports,
            OrganisationService organisation) {
        this.analysis = analysis;
        this.projects = projects;
        this.access = access;
        this.reports = reports;
        this.organisation = organisation;
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

    @GetMapping("/projects")
    String list(@RequestParam(required = false) String ym, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) Long leadUnitId, @RequestParam(required = false) Long leaderId,
            @RequestParam(required = false) String category, @RequestParam(required = false) String level,
            @RequestParam(required = false) String warning, @RequestParam(defaultValue = "code") String sort,
            @RequestParam(defaultValue = "asc") String dir, @RequestParam(defaultValue = "1") int page,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        if (!ProjectAccess.readsAnything(user)) {
            throw new ForbiddenException("projects");
        }
        AnalysisService.Month m = DashboardPages.monthOf(ym);
        if (m == null) {
            m = analysis.month(null, null);
        }
        Category cat = parse(Category.class, category);
        ProjectLevel lvl = parse(ProjectLevel.class, level);
        Warning w = parse(Warning.class, warning);
        String region = regionCode == null || regionCode.isBlank() ? null : regionCode;
        List<ProjectFigures> rows = new ArrayList<>(analysis.ledger(m,
                new ProjectFilter(m.year(), region, leadUnitId, leaderId, cat, lvl), user));
        if (w != null) {
            rows.removeIf(f -> f.warning() != w);
        }
        Comparator<ProjectFigures> cmp = SORTS.getOrDefault(sort, SORTS.get("code"));
        rows.sort("desc".equals(dir) ? cmp.reversed() : cmp);
        int pages = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int p = Math.min(Math.max(1, page), pages);
        List<ProjectFigures> shown = rows.subList((p - 1) * PAGE_SIZE, Math.min(rows.size(), p * PAGE_SIZE));
        model.addAttribute("rows", shown);
        // docs/figures.md: forecast rate and 开而不建 of the rows shown
        model.addAttribute("outlooks", analysis.outlooks(m, shown.stream().map(ProjectFigures::project).toList()));
        model.addAttribute("total", rows.size());
        model.addAttribute("page", p);
        model.addAttribute("pages", pages);
        model.addAttribute("ym", String.format("%04d-%02d", m.year(), m.month()));
        model.addAttribute("f", new Filter(region, leadUnitId, leaderId, cat == null ? null : cat.name(),
                lvl == null ? null : lvl.name(), w == null ? null : w.name(), SORTS.containsKey(sort) ? sort : "code",
                "desc".equals(dir) ? "desc" : "asc"));
        model.addAttribute("regions", organisation.regionTree().all());
        model.addAttribute("units", organisation.units());
        model.addAttribute("leaders", organisation.leaders());
        model.addAttribute("unitNames", analysis.unitNames());
        model.addAttribute("categories", Category.values());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("canCreate", user.has(cn.diaodu.identity.Role.DISPATCHER));
        return "analysis/ledger";
    }

    /** The filter as the page shows it back. */
    record Filter(String regionCode, Long leadUnitId, Long leaderId, String category, String level, String warning,
            String sort, String dir) {
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
        model.addAttribute("fig", analysis.figuresOf(p, m.month()));
        model.addAttribute("month", m);
        model.addAttribute("reports", reports.ofProject(p.id()));
        model.addAttribute("region", organisation.regionTree().path(p.regionCode()));
        model.addAttribute("unit", organisation.unit(p.leadUnitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("leader", organisation.leader(p.leaderId()).map(l -> l.name() + " " +
                (l.title() == null ? "" : l.title())).orElse(""));
        model.addAttribute("canEdit", access.canEdit(user, p));
        model.addAttribute("canReport", access.canReport(user, p));
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
