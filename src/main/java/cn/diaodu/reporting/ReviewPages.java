package cn.diaodu.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * 审核: the dispatcher's review queue of a month — filtered by status, unit and keyword, paged, grouped by unit —
 * with approval per row or of a selection, and return or unlock with the reason asked in the row. Every action
 * returns to the same filters and page.
 */
@Controller
@PreAuthorize("hasRole('DISPATCHER')")
class ReviewPages {
    private final ReportingMonth reportingMonth;
    private final ReviewQueue queue;
    private final ReportService reports;
    private final ProjectService projects;

    ReviewPages(ReportingMonth reportingMonth, ReviewQueue queue, ReportService reports, ProjectService projects) {
        this.reportingMonth = reportingMonth;
        this.queue = queue;
        this.reports = reports;
        this.projects = projects;
    }

    @GetMapping("/review")
    String queue(@RequestParam Map<String, String> params, Model model) {
        ReviewQuery raw = ReviewQuery.of(params);
        Period p = raw.periodOr(Period.of(reportingMonth.current()));
        ReviewQuery q = raw.withPeriod(p);
        ReviewQueue.View view = queue.view(p, q, CurrentUsers.get());
        model.addAttribute("period", p.toString());
        model.addAttribute("q", q);
        model.addAttribute("status", q.status());
        model.addAttribute("statuses", ReviewQueue.STATUSES);
        model.addAttribute("list", view.list());
        model.addAttribute("items", view.list().items());
        model.addAttribute("groups", view.groups());
        model.addAttribute("units", view.units());
        return "reporting/review";
    }

    /** The XLSX of what the queue shows: every page, with its month, filters and search. */
    @GetMapping("/review/export.xlsx")
    org.springframework.http.ResponseEntity<byte[]> export(@RequestParam Map<String, String> params) {
        ReviewQuery raw = ReviewQuery.of(params);
        Period p = raw.periodOr(Period.of(reportingMonth.current()));
        ReviewQueue.View view = queue.view(p, raw.withPeriod(p), CurrentUsers.get());
        return ReviewExport.columns(p).download(view.list().all(), "review-" + p);
    }

    @PostMapping("/review/approve")
    String approve(@RequestParam Map<String, String> params,
            @RequestParam(name = "ids", required = false) List<Long> ids, RedirectAttributes flash) {
        ReviewQuery q = ReviewQuery.of(params);
        Period p = Period.parse(q.period(), "period");
        int n = ids == null ? 0 : reports.approveAll(ids, p, CurrentUsers.get());
        flash.addFlashAttribute("flash", Messages.text("review.flash.approvedN", List.of(n)));
        return q.redirect();
    }

    @PostMapping("/review/approve-one")
    String approveOne(@RequestParam Map<String, String> params, @RequestParam long projectId,
            RedirectAttributes flash) {
        ReviewQuery q = ReviewQuery.of(params);
        try {
            reports.approve(projectId, q.period(), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("review.flash.approved", List.of(name(projectId))));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("review.error.action",
                    List.of(name(projectId), e.getMessage())));
        }
        return q.redirect();
    }

    @PostMapping("/review/return")
    String returnReport(@RequestParam Map<String, String> params, @RequestParam long projectId,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        ReviewQuery q = ReviewQuery.of(params);
        try {
            reports.returnReport(projectId, q.period(), reason, CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("review.flash.returned", List.of(name(projectId))));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", reasonError("review.field.returnReason", e));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("review.error.action",
                    List.of(name(projectId), e.getMessage())));
        }
        return q.redirect();
    }

    @PostMapping("/review/unlock")
    String unlock(@RequestParam Map<String, String> params, @RequestParam long projectId,
            @RequestParam(required = false) String reason, RedirectAttributes flash) {
        ReviewQuery q = ReviewQuery.of(params);
        try {
            reports.unlock(projectId, q.period(), reason, CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("review.flash.unlocked", List.of(name(projectId))));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", reasonError("review.field.unlockReason", e));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("review.error.action",
                    List.of(name(projectId), e.getMessage())));
        }
        return q.redirect();
    }

    /** "退回原因：必须填写原因": the refused field by its label, and why. */
    private static String reasonError(String fieldKey, ValidationException e) {
        return Messages.text("review.error.field", List.of(Messages.text(fieldKey), e.errors().get(0).message()));
    }

    private String name(long projectId) {
        return projects.find(projectId).map(Project::name).orElse(String.valueOf(projectId));
    }
}
