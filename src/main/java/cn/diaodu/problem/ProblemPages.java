package cn.diaodu.problem;

import cn.diaodu.common.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * 问题台账 pages: the form to raise a problem ({@code /problems/new[?projectId=]}) and a problem's page with its timeline, the actions the user may take and the
 * attachments ({@code /problems/{id}}). Every rule is the service's, as for the API.
 */
@Controller
class ProblemPages {
    private final ProblemService problems;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final AppClock clock;
    private final MessageSource messages;

    private final org.springframework.context.ApplicationEventPublisher events;

    ProblemPages(ProblemService problems, ProjectService projects, OrganisationService organisation, AppClock clock,
            MessageSource messages, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.messages = messages;
        this.problems = problems;
        this.projects = projects;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The form's values as typed. */
    public record Form(String projectId, String title, String category, String description, String assigneeUnitId,
            String dueWorkingDays) {
    }

    @GetMapping("/problems/new")
    String form(@RequestParam(required = false) Long projectId, Model model) {
        CurrentUser user = CurrentUsers.get();
        if (!ProblemService.raisesProblems(user)) {
            throw new ForbiddenException("no problem raising role");
        }
        String assignee = user.unitId() == null ? "" : String.valueOf(user.unitId());
        if (projectId != null) {
            Project p = projects.get(projectId, user);
            if (!problems.mayRaiseFor(user, p)) {
                throw new ForbiddenException("project " + projectId);
            }
            if (assignee.isEmpty()) {
                assignee = String.valueOf(p.leadUnitId());
            }
        }
        return form(new Form(projectId == null ? "" : String.valueOf(projectId), "", "", "", assignee, ""),
                Map.of(), model, user);
    }

    private String form(Form form, Map<String, String> errors, Model model, CurrentUser user) {
        List<Project> raisable = new ArrayList<>();
        for (Project p : projects.list(ProjectFilter.ofYear(null), user)) {
            if (problems.mayRaiseFor(user, p)) {
                raisable.add(p);
            }
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<String> defaults = new ArrayList<>();
        for (ProblemCategory c : ProblemCategory.values()) {
            defaults.add(messages.getMessage("problemCategory." + c.name(), null, c.label(), locale) + " "
                    + problems.defaultDueDays(c));
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("projects", raisable);
        model.addAttribute("units", organisation.units());
        model.addAttribute("categories", ProblemCategory.values());
        model.addAttribute("defaults", String.join(locale.getLanguage().equals("zh") ? "，" : ", ", defaults));
        model.addAttribute("projectRequired", !user.hasAny(cn.diaodu.identity.Role.DISPATCHER,
                cn.diaodu.identity.Role.SUPERVISOR));
        return "problem/form";
    }

    @PostMapping("/problems")
    String create(@RequestParam(defaultValue = "") String projectId, @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String category, @RequestParam(defaultValue = "") String description,
            @RequestParam(defaultValue = "") String assigneeUnitId,
            @RequestParam(defaultValue = "") String dueWorkingDays, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Form form = new Form(projectId, title, category, description, assigneeUnitId, dueWorkingDays);
        Map<String, String> errors = new HashMap<>();
        Long project = parse(projectId, "projectId", errors);
        Long unit = parse(assigneeUnitId, "assigneeUnitId", errors);
        Long days = parse(dueWorkingDays, "dueWorkingDays", errors);
        if (days != null && (days > Integer.MAX_VALUE || days < Integer.MIN_VALUE)) {
            errors.put("dueWorkingDays", Messages.text("problem.error.not-valid-number"));
        }
        if (errors.isEmpty()) {
            try {
                // the page's time limit may be left blank: the category's default, as the form says
                Problem p = problems.create(new ProblemInput(project, title, category, description, unit,
                        days == null ? problems.defaultDueDays(category) : Integer.valueOf(days.intValue())), user);
                flash.addFlashAttribute("flash", Messages.text("problem.error.problem-raised-assigned"));
                return "redirect:/problems/" + p.id();
            } catch (ValidationException e) {
                for (FieldError fe : e.errors()) {
                    errors.putIfAbsent(fe.field(), fe.message());
                }
            }
        }
        return form(form, errors, model, user);
    }

    private static Long parse(String s, String field, Map<String, String> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text("problem.error.not-number"));
            return null;
        }
    }

    @GetMapping("/problems/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.get();
        Problem p = problems.get(id, user);
        Map<Long, String> unitNames = new HashMap<>();
        List<Unit> units = organisation.units();
        units.forEach(u -> unitNames.put(u.id(), u.name()));
        model.addAttribute("p", p);
        model.addAttribute("actions", problems.allowedActions(id, user).stream().map(ProblemAction::path).toList());
        model.addAttribute("mayAttach", problems.mayAttach(id, user));
        model.addAttribute("units", units);
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("levelName", Map.of(ProblemLevel.UNIT, ProblemService.levelName(ProblemLevel.UNIT),
                ProblemLevel.LEADER, ProblemService.levelName(ProblemLevel.LEADER), ProblemLevel.GOVERNMENT,
                ProblemService.levelName(ProblemLevel.GOVERNMENT)));
        return "problem/detail";
    }

    @PostMapping("/problems/{id}/act")
    String act(@PathVariable long id, @RequestParam String action, @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String assigneeUnitId,
            @RequestParam(defaultValue = "") String dueWorkingDays, RedirectAttributes flash) {
        ProblemAction a;
        try {
            a = ProblemAction.valueOf(action.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            a = null;
        }
        if (a == null || a == ProblemAction.CREATE) {
            flash.addFlashAttribute("flashError", Messages.text("problem.error.unknown-action"));
            return "redirect:/problems/" + id;
        }
        Map<String, String> errors = new HashMap<>();
        Long unit = parse(assigneeUnitId, "assigneeUnitId", errors);
        Long days = parse(dueWorkingDays, "dueWorkingDays", errors);
        if (!errors.isEmpty() || (days != null && (days > 10_000 || days < -10_000))) {
            flash.addFlashAttribute("flashError", Messages.text("problem.error.enter-valid-number"));
            return "redirect:/problems/" + id;
        }
        try {
            problems.act(id, a, new ActionInput(note, unit, days == null ? null : days.intValue()),
                    CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("problem.flash.done." + a.name()));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", String.join("；", e.errors().stream()
                    .map(fe -> fe.field().equals("note") ? Messages.text("problem.error.note-required") : fe.message()).toList()));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/problems/" + id;
    }

    @PostMapping("/problems/{id}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes flash) {
        try {
            Attachment a = problems.attach(id, file, CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("problem.flash.uploaded", List.of(a.filename())));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", e.errors().get(0).message());
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/problems/" + id;
    }

    @GetMapping("/problems/{id}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
        ProblemService.AttachmentContent a = problems.attachment(id, attachmentId, CurrentUsers.get());
        events.publishEvent(ProblemApi.downloaded(id, a));
        return ProblemApi.download(a);
    }
}
