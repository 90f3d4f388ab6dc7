package cn.diaodu.funds;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * The pages of one fund application: the new and edit form ({@code /funds/new}, {@code /funds/{id}/edit}) and the
 * detail with its stages and the advance form ({@code /funds/{id}}); a refused form is shown again with the typed
 * values and each field's message in place.
 */
@Controller
class FundPages {
    private final FundService funds;
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final AppClock clock;

    FundPages(FundService funds, OrganisationService organisation, ProjectService projects, AppClock clock) {
        this.funds = funds;
        this.organisation = organisation;
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping("/funds/new")
    String newForm(Model model) {
        requireWriter();
        FundForm f = new FundForm();
        f.setYear(String.valueOf(clock.today().getYear()));
        f.setDate(clock.today().toString());
        CurrentUser u = CurrentUsers.get();
        if (!u.has(cn.diaodu.identity.Role.DISPATCHER) && u.unitId() != null) {
            f.setResponsibleUnitId(String.valueOf(u.unitId()));
        }
        return form(model, f, null);
    }

    @PostMapping("/funds")
    String create(@ModelAttribute("form") FundForm form, BindingResult result, Model model, RedirectAttributes flash) {
        requireWriter();
        FundInput in = form.input(result);
        if (!result.hasErrors()) {
            try {
                FundApplication a = funds.create(in, CurrentUsers.get());
                flash.addFlashAttribute("fundsFlash", Messages.text("funds.flash.created"));
                return "redirect:/funds/" + a.id();
            } catch (ValidationException e) {
                reject(result, e.errors());
            }
        }
        return form(model, form, null);
    }

    @GetMapping("/funds/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        FundApplication a = funds.get(id, CurrentUsers.get());
        if (!funds.mayWrite(CurrentUsers.get(), a)) {
            throw new ForbiddenException("fund application " + id);
        }
        return form(model, FundForm.of(a), a);
    }

    @PostMapping("/funds/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") FundForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        FundApplication a = funds.get(id, CurrentUsers.get());
        FundInput in = form.input(result);
        if (!result.hasErrors()) {
            try {
                funds.update(id, in, CurrentUsers.get());
                flash.addFlashAttribute("fundsFlash", Messages.text("funds.flash.updated"));
                return "redirect:/funds/" + id;
            } catch (ValidationException e) {
                reject(result, e.errors());
            } catch (ConflictException e) {
                result.reject(e.key(), e.args().toArray(), e.key());
            }
        }
        return form(model, form, a);
    }

    private String form(Model model, FundForm form, FundApplication editing) {
        CurrentUser u = CurrentUsers.get();
        int year = FundApi.optionalYear(form.getYear(), clock.today().getYear());
        List<Unit> units = organisation.units().stream()
                .filter(x -> u.has(cn.diaodu.identity.Role.DISPATCHER) || x.id().equals(u.unitId()))
                .sorted(Comparator.comparing(Unit::name)).toList();
        List<Project> ps = projects.list(ProjectFilter.ofYear(year), u).stream()
                .sorted(Comparator.comparing(Project::name)).toList();
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("units", units);
        model.addAttribute("projects", ps);
        model.addAttribute("programmes", Programme.values());
        return "funds/form";
    }

    @GetMapping("/funds/{id}")
    String detail(@PathVariable long id, Model model) {
        FundApplication a = funds.get(id, CurrentUsers.get());
        AdvanceForm f = new AdvanceForm();
        f.setDate(clock.today().toString());
        List<FundStage> targets = FundTransition.targets(a.stage());
        f.setStage(targets.isEmpty() ? null : targets.get(0).name());
        return detail(model, a, f);
    }

    @PostMapping("/funds/{id}/advance")
    String advance(@PathVariable long id, @ModelAttribute("advance") AdvanceForm form, BindingResult result,
            Model model, RedirectAttributes flash) {
        FundApplication a = funds.get(id, CurrentUsers.get());
        AdvanceInput in = form.input(result);
        if (!result.hasErrors()) {
            try {
                FundApplication after = funds.advance(id, in, CurrentUsers.get());
                flash.addFlashAttribute("fundsFlash", Messages.text("funds.flash.advanced",
                        List.of(Messages.text("fundStage." + after.stage().name()))));
                return "redirect:/funds/" + id;
            } catch (ValidationException e) {
                reject(result, e.errors());
            } catch (ConflictException e) {
                model.addAttribute("advanceConflict", e.getMessage());
            }
        }
        return detail(model, a, form);
    }

    private String detail(Model model, FundApplication a, AdvanceForm form) {
        model.addAttribute("a", a);
        model.addAttribute("advance", form);
        model.addAttribute("targets", FundTransition.targets(a.stage()));
        model.addAttribute("canWrite", funds.mayWrite(CurrentUsers.get(), a));
        model.addAttribute("allStages", FundStage.values());
        return "funds/detail";
    }

    /** The service's refusals on their fields (a field the form does not have: on the form as a whole). */
    static void reject(BindingResult result, List<FieldError> errors) {
        for (FieldError e : errors) {
            Object[] args = e.args().toArray();
            if (e.field() != null && result.getFieldType(e.field()) != null) {
                result.rejectValue(e.field(), e.key(), args, e.key());
            } else {
                result.reject(e.key(), args, e.key());
            }
        }
    }

    private static void requireWriter() {
        if (!FundAccess.writesAny(CurrentUsers.get())) {
            throw new ForbiddenException("fund applications are entered by the project office or the unit");
        }
    }
}
