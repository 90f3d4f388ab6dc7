package cn.diaodu.project;

import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/** The project form (新增 / 编辑重点项目) for the project office, with a message beside every refused field. */
@Controller
@PreAuthorize("hasRole('DISPATCHER')")
class ProjectPages {
    private final ProjectService projects;
    private final ProjectAccess access;
    private final OrganisationService organisation;
    private final AppClock clock;

    ProjectPages(ProjectService projects, ProjectAccess access, OrganisationService organisation, AppClock clock) {
        this.projects = projects;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/projects/new")
    String newForm(Model model) {
        ProjectForm f = new ProjectForm();
        f.year = String.valueOf(clock.today().getYear());
        return show(model, f, null, Map.of());
    }

    @PostMapping("/projects/new")
    String create(@ModelAttribute("form") ProjectForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Map<String, String> errors = new HashMap<>();
        ProjectInput in = form.toInput(errors);
        if (errors.isEmpty()) {
            try {
                Project p = projects.create(in, user);
                flash.addFlashAttribute("saved", true);
                return "redirect:/projects/" + p.id();
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(form.formField(err.field()), err.message()));
            }
        }
        return show(model, form, null, errors);
    }

    @GetMapping("/projects/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Project p = projects.get(id, CurrentUsers.get());
        if (!access.canEdit(CurrentUsers.get(), p)) {
            throw new ForbiddenException("project " + id);
        }
        return show(model, ProjectForm.of(p), id, Map.of());
    }

    @PostMapping("/projects/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute("form") ProjectForm form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Map<String, String> errors = new HashMap<>();
        form.continuedFrom = projects.get(id, user).continuedFrom();
        ProjectInput in = form.toInput(errors);
        if (errors.isEmpty()) {
            try {
                projects.update(id, in, user);
                flash.addFlashAttribute("saved", true);
                return "redirect:/projects/" + id;
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(form.formField(err.field()), err.message()));
            } catch (ConflictException e) {
                model.addAttribute("conflict", true);
            }
        }
        return show(model, form, id, errors);
    }

    private String show(Model model, ProjectForm form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", organisation.regionTree().all());
        model.addAttribute("units", organisation.units());
        model.addAttribute("leaders", organisation.leaders());
        model.addAttribute("categories", Category.values());
        model.addAttribute("levels", ProjectLevel.values());
        model.addAttribute("sources", FundingSource.values());
        return "project/form";
    }
}
