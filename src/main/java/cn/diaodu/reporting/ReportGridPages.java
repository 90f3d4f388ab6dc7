package cn.diaodu.reporting;


import java.math.BigDecimal;
import java.util.ArrayList;
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
 * physical progress, workers on site), saved together ({@link GridSave}); a refused value gets its message in its
 * cell and nothing is written. The top announces the period ({@link GridNotice}: deadline and days left, closed, not
 * open yet — then the grid is read-only) and the returned reports with their reasons.
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
    private final PeriodService periods;
    private final GridSave saving;

    ReportGridPages(ReportService reports, ProjectService projects, OrganisationService organisation,
            DataScope scope, AppClock clock, PeriodService periods, GridSave saving) {
        this.periods = periods;
        this.saving = saving;
        this.reports = reports;
        this.projects = projects;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    @GetMapping("/reports/grid")
    String grid(@RequestParam(required = false) String period, @RequestParam(required = false) Long unitId,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        Period p = period(period);
        Long unit = unitOf(user, unitId);
        Map<Long, MonthlyReport> current = reports.ofPeriod(p);
        List<GridEntry> rows = new ArrayList<>();
        if (unit != null) {
            Map<Long, BigDecimal> before = p.month() == 1 ? Map.of() : reports.completedThrough(p.year(), p.month() - 1);
            for (Project pr : visible(user, unit, p)) {
                rows.add(GridEntry.of(pr, before.getOrDefault(pr.id(), BigDecimal.ZERO), current.get(pr.id())));
            }
        }
        return show(model, user, p, unit, rows, Map.of(), List.of());
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
        GridSave.Outcome out = saving.save(user, p, visible(user, unit, p), form);
        if (out.done()) {
            flash.addFlashAttribute("savedCount", out.saved());
            return "redirect:/reports/grid?period=" + p + (unitId == null ? "" : "&unitId=" + unitId);
        }
        return show(model, user, p, unit, out.rows(), out.errors(), out.refusals());
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

    private String show(Model model, CurrentUser user, Period p, Long unit, List<GridEntry> rows,
            Map<String, String> errors, List<String> refusals) {
        model.addAttribute("notice", GridNotice.of(periods.find(p), clock));
        model.addAttribute("returned", rows.stream().filter(GridEntry::returned).toList());
        model.addAttribute("refusals", refusals);
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
