package cn.diaodu.reporting;

import cn.diaodu.common.Messages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * 月度填报: all of a unit's projects for one month in one grid (completed so far this year, this month's investment,
 * physical progress, workers on site), saved together; a refused value gets its message in its cell and nothing
 * is written.
 */
@Controller
@PreAuthorize("hasAnyRole('REPORTER','DISPATCHER')")
class ReportGridPages {
    @org.springframework.beans.factory.annotation.Autowired
    private ReportingMonth reportingMonth;

    private final ReportService reports;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final AppClock clock;

    ReportGridPages(ReportService reports, ProjectService projects, OrganisationService organisation,
            DataScope scope, AppClock clock) {
        this.reports = reports;
        this.projects = projects;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /** One row of the grid as shown: the project, what it has completed before the month, the month's values. */
    public record Row(Project project, BigDecimal completedBefore, String investment, String progress,
            String workers, String status, String reason, List<QualityFlag> flags, boolean late, boolean zero) {
        public boolean locked() {
            return "APPROVED".equals(status);
        }

        static Row of(Project p, BigDecimal before, MonthlyReport r) {
            return new Row(p, before, r == null ? "" : r.investment().toPlainString(), r == null ? "" : r.progress(),
                    r == null || r.workersOnSite() == null ? "" : r.workersOnSite().toString(),
                    r == null ? "NONE" : r.status().name(), r == null ? null : r.reason(),
                    r == null ? List.of() : r.flags(), r != null && r.late(), r != null && r.zero());
        }

        Row typed(String inv, String prog, String work) {
            return new Row(project, completedBefore, inv, prog, work, status, reason, flags, late, zero);
        }
    }

    @GetMapping("/reports/grid")
    String grid(@RequestParam(required = false) String period, @RequestParam(required = false) Long unitId,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        Period p = period(period);
        Long unit = unitOf(user, unitId);
        Map<Long, MonthlyReport> current = reports.ofPeriod(p);
        List<Row> rows = new ArrayList<>();
        if (unit != null) {
            Map<Long, BigDecimal> before = p.month() == 1 ? Map.of() : reports.completedThrough(p.year(), p.month() - 1);
            for (Project pr : visible(user, unit, p)) {
                rows.add(Row.of(pr, before.getOrDefault(pr.id(), BigDecimal.ZERO), current.get(pr.id())));
            }
        }
        return show(model, user, p, unit, rows, Map.of());
    }

    @PostMapping("/reports/grid")
    String save(@RequestParam String period, @RequestParam(required = false) Long unitId,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Period p = period(period);
        Long unit = unitOf(user, unitId);
        if (unit == null) {
            return "redirect:/reports/grid";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<ReportService.GridRow> toSave = new ArrayList<>();
        List<Row> shown = new ArrayList<>();
        Map<Long, BigDecimal> before = p.month() == 1 ? Map.of() : reports.completedThrough(p.year(), p.month() - 1);
        Map<Long, MonthlyReport> current = reports.ofPeriod(p);
        for (Project pr : visible(user, unit, p)) {
            String inv = form.getOrDefault("investment-" + pr.id(), "").trim();
            String progress = form.getOrDefault("progress-" + pr.id(), "");
            String workers = form.getOrDefault("workers-" + pr.id(), "").trim();
            MonthlyReport r = current.get(pr.id());
            shown.add(Row.of(pr, before.getOrDefault(pr.id(), BigDecimal.ZERO), r).typed(inv, progress, workers));
            if (r != null && r.status() == ReportStatus.APPROVED) {
                continue;
            }
            if (inv.isEmpty() && workers.isEmpty() && progress.isBlank()) {
                continue;
            }
            BigDecimal amount = null;
            Integer people = null;
            String prefix = "rows[" + pr.id() + "].";
            if (inv.isEmpty()) {
                errors.put(prefix + "investment", Messages.text("reporting.error.required"));
            } else {
                try {
                    amount = new BigDecimal(inv.replace(",", ""));
                } catch (NumberFormatException e) {
                    errors.put(prefix + "investment", Messages.text("reporting.error.enter-number"));
                }
            }
            if (!workers.isEmpty()) {
                try {
                    people = Integer.valueOf(workers);
                } catch (NumberFormatException e) {
                    errors.put(prefix + "workersOnSite", Messages.text("reporting.error.enter-whole-number"));
                }
            }
            toSave.add(new ReportService.GridRow(pr.id(), new ReportInput(amount, progress, people)));
        }
        if (errors.isEmpty()) {
            try {
                int n = reports.saveGrid(p, toSave, user);
                flash.addFlashAttribute("savedCount", n);
                return "redirect:/reports/grid?period=" + p + (unitId == null ? "" : "&unitId=" + unitId);
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            }
        } else {
            // report the remaining rows' problems too, without writing anything
            try {
                reports.checkGrid(p, toSave.stream().filter(g -> g.values().investment() != null).toList(), user)
                        .forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            } catch (ForbiddenException ignored) {
                // cannot happen: only visible rows are checked
            }
        }
        return show(model, user, p, unit, shown, errors);
    }

    @PostMapping("/reports/grid/zero")
    String zero(@RequestParam String period, @RequestParam(required = false) Long unitId, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Period p = period(period);
        Long unit = unitOf(user, unitId);
        if (unit != null) {
            try {
                flash.addFlashAttribute("zeroCount", reports.zero(p.toString(), unit, user).size());
            } catch (ValidationException | cn.diaodu.common.ConflictException e) {
                flash.addFlashAttribute("zeroError", e.getMessage());
            }
        }
        return "redirect:/reports/grid?period=" + p + (unitId == null ? "" : "&unitId=" + unitId);
    }

    /** htmx: the data-quality flags of one row as typed, before saving. */
    @PostMapping("/reports/grid/check")
    String check(@RequestParam String period, @RequestParam long projectId, @RequestParam Map<String, String> form,
            Model model) {
        List<QualityFlag> flags = List.of();
        String inv = form.getOrDefault("investment-" + projectId, "").trim();
        if (!inv.isEmpty()) {
            try {
                flags = reports.preview(projectId, period(period), new ReportInput(new BigDecimal(inv.replace(",", "")),
                        form.get("progress-" + projectId), null), CurrentUsers.get());
            } catch (NumberFormatException | ValidationException e) {
                flags = List.of();
            }
        }
        model.addAttribute("flags", flags);
        return "reporting/grid :: flags";
    }

    private String show(Model model, CurrentUser user, Period p, Long unit, List<Row> rows,
            Map<String, String> errors) {
        model.addAttribute("period", p.toString());
        model.addAttribute("maxPeriod", Period.of(clock.currentMonth()).toString());
        model.addAttribute("unitId", unit);
        model.addAttribute("unitName", unit == null ? "" : organisation.unit(unit).map(Unit::name).orElse(""));
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("errorCount", errors.size());
        model.addAttribute("chooseUnit", user.has(Role.DISPATCHER));
        model.addAttribute("units", user.has(Role.DISPATCHER) ? organisation.units() : List.of());
        return "reporting/grid";
    }

    private Period period(String text) {
        if (text != null && text.matches("\\d{4}-\\d{2}")) {
            try {
                return Period.parse(text, "period");
            } catch (ValidationException ignored) {
                // fall through to the current month
            }
        }
        return Period.of(reportingMonth.current());
    }

    /** A reporter's own unit; a dispatcher chooses one. */
    private static Long unitOf(CurrentUser user, Long asked) {
        if (user.has(Role.REPORTER) && user.unitId() != null && !user.has(Role.DISPATCHER)) {
            return user.unitId();
        }
        if (asked != null) {
            return asked;
        }
        return user.unitId();
    }

    private List<Project> visible(CurrentUser user, long unit, Period p) {
        List<Project> out = new ArrayList<>();
        for (Project pr : projects.ofUnit(unit, p.year())) {
            if (scope.covers(user, pr.regionCode())) {
                out.add(pr);
            }
        }
        return out;
    }
}
