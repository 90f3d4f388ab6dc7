package cn.diaodu.supervision;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.Messages;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/** 调度会议 and 督办事项: meeting list and page (agenda, briefs, minutes, decisions) and the task page. */
@Controller
class SupervisionPages {
    private final SupervisionService supervision;
    private final OrganisationService organisation;
    private final ProjectService projects;

    SupervisionPages(SupervisionService supervision, OrganisationService organisation, ProjectService projects) {
        this.supervision = supervision;
        this.organisation = organisation;
        this.projects = projects;
    }

    @GetMapping("/meetings")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR','LEADER')")
    String meetings(Model model) {
        CurrentUser user = CurrentUsers.get();
        model.addAttribute("meetings", supervision.meetings(user));
        model.addAttribute("canOrganise", user.hasAny(Role.DISPATCHER, Role.SUPERVISOR));
        return "supervision/meetings";
    }

    @PostMapping("/meetings")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR')")
    String create(@RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            Meeting m = supervision.create(new SupervisionService.MeetingInput(form.get("title"), form.get("type"),
                    date(form.get("date")), form.get("place"), form.get("chair"), form.get("attendees")),
                    CurrentUsers.get());
            return "redirect:/meetings/" + m.id();
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", e.errors().get(0).message());
            return "redirect:/meetings";
        }
    }

    private static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR','LEADER')")
    String meeting(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.get();
        Meeting m = supervision.meeting(id, user);
        var agenda = supervision.agenda(id, user);
        var onAgenda = agenda.stream().map(AgendaItem::projectId).collect(java.util.stream.Collectors.toSet());
        model.addAttribute("m", m);
        model.addAttribute("agenda", agenda);
        model.addAttribute("candidates", projects.list(ProjectFilter.ofYear(
                SupervisionService.agendaMonth(m).getYear()), user).stream()
                .filter(p -> !onAgenda.contains(p.id())).toList());
        model.addAttribute("tasks", supervision.tasks(null, null, id, user));
        model.addAttribute("units", organisation.units());
        model.addAttribute("canOrganise", user.hasAny(Role.DISPATCHER, Role.SUPERVISOR));
        model.addAttribute("agendaMonth", SupervisionService.agendaMonth(supervision.meeting(id)).toString());
        return "supervision/meeting";
    }

    @PostMapping("/meetings/{id}/minutes")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR')")
    String minutes(@PathVariable long id, @RequestParam String minutes, RedirectAttributes flash) {
        supervision.saveMinutes(id, minutes, CurrentUsers.get());
        flash.addFlashAttribute("flash", Messages.text("meeting.flash.minutesSaved"));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/agenda")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR')")
    String editAgenda(@PathVariable long id, @RequestParam long projectId, @RequestParam String edit,
            RedirectAttributes flash) {
        supervision.editAgenda(id, projectId, "ADD".equals(edit), CurrentUsers.get());
        flash.addFlashAttribute("flash", Messages.text("meeting.flash.agendaChanged"));
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/decisions")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR')")
    String decide(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
        try {
            supervision.decide(id, new SupervisionService.DecisionInput(form.get("content"),
                    number(form.get("responsibleUnitId")), form.get("responsiblePerson"), date(form.get("dueDate")),
                    number(form.get("projectId"))), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("meeting.flash.decisionsToTasks"));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", e.errors().get(0).field() + "：" + e.errors().get(0).message());
        }
        return "redirect:/meetings/" + id;
    }

    private static Long number(String s) {
        try {
            return s == null || s.isBlank() ? null : Long.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @GetMapping("/tasks/{id}")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR','LEADER','REPORTER')")
    String task(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.get();
        SupervisionTask t = supervision.task(id, user);
        model.addAttribute("t", t);
        model.addAttribute("isUnit", user.has(Role.REPORTER) && user.unitId() != null
                && user.unitId() == t.responsibleUnitId());
        model.addAttribute("canSupervise", user.hasAny(Role.DISPATCHER, Role.SUPERVISOR));
        return "supervision/task";
    }

    @PostMapping("/tasks/{id}/{action}")
    @PreAuthorize("hasAnyRole('DISPATCHER','SUPERVISOR','REPORTER')")
    String act(@PathVariable long id, @PathVariable String action, @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        try {
            switch (action) {
                case "feedback" -> supervision.feedback(id, note, user);
                case "complete" -> supervision.complete(id, note, user);
                case "verify" -> supervision.verify(id, note, user);
                case "reopen" -> supervision.reopen(id, note, user);
                case "remind" -> supervision.remind(id, note, user);
                default -> throw new cn.diaodu.common.NotFoundException(action);
            }
            flash.addFlashAttribute("flash", Messages.text("task.flash.done"));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", e.errors().get(0).message());
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }
}
