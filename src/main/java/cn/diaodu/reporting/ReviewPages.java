package cn.diaodu.reporting;

import cn.diaodu.common.Messages;

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
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/** 审核: the dispatcher's review queue of a month, with bulk approval and return with a reason. */
@Controller
@PreAuthorize("hasRole('DISPATCHER')")
class ReviewPages {
    @org.springframework.beans.factory.annotation.Autowired
    private ReportingMonth reportingMonth;

    private final ReportService reports;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final AppClock clock;

    ReviewPages(ReportService reports, ProjectService projects, OrganisationService organisation, AppClock clock) {
        this.reports = reports;
        this.projects = projects;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A report waiting in the queue, with its project. */
    public record Item(Project project, MonthlyReport report, String unitName) {
    }

    @GetMapping("/review")
    String queue(@RequestParam(required = false) String period, @RequestParam(defaultValue = "SUBMITTED") String status,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        Period p = period != null && period.matches("\\d{4}-\\d{2}") ? Period.parse(period, "period")
                : Period.of(reportingMonth.current());
        Map<Long, MonthlyReport> month = reports.ofPeriod(p);
        Map<Long, String> units = new java.util.HashMap<>();
        organisation.units().forEach(u -> units.put(u.id(), u.name()));
        List<Item> items = new ArrayList<>();
        for (Project pr : projects.list(ProjectFilter.ofYear(p.year()), user)) {
            MonthlyReport r = month.get(pr.id());
            if (r != null && ("ALL".equals(status) || r.status().name().equals(status))) {
                items.add(new Item(pr, r, units.getOrDefault(pr.leadUnitId(), "")));
            }
        }
        model.addAttribute("period", p.toString());
        model.addAttribute("status", status);
        model.addAttribute("items", items);
        return "reporting/review";
    }

    @PostMapping("/review/approve")
    String approve(@RequestParam String period, @RequestParam(name = "ids", required = false) List<Long> ids,
            RedirectAttributes flash) {
        Period p = Period.parse(period, "period");
        int n = ids == null ? 0 : reports.approveAll(ids, p, CurrentUsers.get());
        flash.addFlashAttribute("flash", "已审核通过 " + n + " 份月报");
        return "redirect:/review?period=" + p;
    }

    @PostMapping("/review/return")
    String returnReport(@RequestParam String period, @RequestParam long projectId, @RequestParam String reason,
            RedirectAttributes flash) {
        try {
            reports.returnReport(projectId, period, reason, CurrentUsers.get());
            flash.addFlashAttribute("flash", "已退回");
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.reason-required-2"));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.cannot-returned-now"));
        }
        return "redirect:/review?period=" + Period.parse(period, "period");
    }

    @PostMapping("/review/unlock")
    String unlock(@RequestParam String period, @RequestParam long projectId, @RequestParam String reason,
            RedirectAttributes flash) {
        try {
            reports.unlock(projectId, period, reason, CurrentUsers.get());
            flash.addFlashAttribute("flash", "已解锁");
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.reason-required-3"));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.not-approved"));
        }
        return "redirect:/review?period=" + Period.parse(period, "period") + "&status=APPROVED";
    }
}
