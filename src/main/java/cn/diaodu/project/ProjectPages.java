package cn.diaodu.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.Messages;
import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
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

    /** The form as typed: text, so that a refused value is shown back as it was entered. */
    public static class Form {
        public String code = "";
        public String name = "";
        public String year = "";
        public String category = "";
        public String level = "";
        public String regionCode = "";
        public String leadUnitId = "";
        public String leaderId = "";
        public String totalInvestment = "";
        public String annualPlan = "";
        public String plannedStart = "";
        public String actualStart = "";
        public String plannedCompletion = "";
        public List<String> monthlyPlan = new ArrayList<>(Arrays.asList(new String[12]));
        public String version = "";

        // setters for data binding
        public void setCode(String v) { code = v; }
        public void setName(String v) { name = v; }
        public void setYear(String v) { year = v; }
        public void setCategory(String v) { category = v; }
        public void setLevel(String v) { level = v; }
        public void setRegionCode(String v) { regionCode = v; }
        public void setLeadUnitId(String v) { leadUnitId = v; }
        public void setLeaderId(String v) { leaderId = v; }
        public void setTotalInvestment(String v) { totalInvestment = v; }
        public void setAnnualPlan(String v) { annualPlan = v; }
        public void setPlannedStart(String v) { plannedStart = v; }
        public void setActualStart(String v) { actualStart = v; }
        public void setPlannedCompletion(String v) { plannedCompletion = v; }
        public void setMonthlyPlan(List<String> v) { monthlyPlan = v; }
        public void setVersion(String v) { version = v; }
        public String getCode() { return code; }
        public String getName() { return name; }
        public String getYear() { return year; }
        public String getCategory() { return category; }
        public String getLevel() { return level; }
        public String getRegionCode() { return regionCode; }
        public String getLeadUnitId() { return leadUnitId; }
        public String getLeaderId() { return leaderId; }
        public String getTotalInvestment() { return totalInvestment; }
        public String getAnnualPlan() { return annualPlan; }
        public String getPlannedStart() { return plannedStart; }
        public String getActualStart() { return actualStart; }
        public String getPlannedCompletion() { return plannedCompletion; }
        public List<String> getMonthlyPlan() { return monthlyPlan; }
        public String getVersion() { return version; }

        static Form of(Project p) {
            Form f = new Form();
            f.code = p.code();
            f.name = p.name();
            f.year = String.valueOf(p.year());
            f.category = p.category().name();
            f.level = p.level().name();
            f.regionCode = p.regionCode();
            f.leadUnitId = String.valueOf(p.leadUnitId());
            f.leaderId = p.leaderId() == null ? "" : String.valueOf(p.leaderId());
            f.totalInvestment = p.totalInvestment().toPlainString();
            f.annualPlan = p.annualPlan().toPlainString();
            f.plannedStart = text(p.plannedStart());
            f.actualStart = text(p.actualStart());
            f.plannedCompletion = text(p.plannedCompletion());
            if (p.monthlyPlan() != null) {
                f.monthlyPlan = new ArrayList<>(p.monthlyPlan().stream().map(BigDecimal::toPlainString).toList());
            }
            f.version = String.valueOf(p.version());
            return f;
        }

        private static String text(Object o) {
            return o == null ? "" : o.toString();
        }
    }

    @GetMapping("/projects/new")
    String newForm(Model model) {
        Form f = new Form();
        f.year = String.valueOf(clock.today().getYear());
        return show(model, f, null, Map.of());
    }

    @PostMapping("/projects/new")
    String create(@ModelAttribute Form form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Map<String, String> errors = new HashMap<>();
        ProjectInput in = parse(form, errors);
        if (errors.isEmpty()) {
            try {
                Project p = projects.create(in, user);
                flash.addFlashAttribute("saved", true);
                return "redirect:/projects/" + p.id();
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
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
        return show(model, Form.of(p), id, Map.of());
    }

    @PostMapping("/projects/{id}/edit")
    String update(@PathVariable long id, @ModelAttribute Form form, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Map<String, String> errors = new HashMap<>();
        ProjectInput in = parse(form, errors);
        if (errors.isEmpty()) {
            try {
                projects.update(id, in, user);
                flash.addFlashAttribute("saved", true);
                return "redirect:/projects/" + id;
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            } catch (ConflictException e) {
                model.addAttribute("conflict", true);
            }
        }
        return show(model, form, id, errors);
    }

    private String show(Model model, Form form, Long id, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("id", id);
        model.addAttribute("errors", errors);
        model.addAttribute("regions", organisation.regionTree().all());
        model.addAttribute("units", organisation.units());
        model.addAttribute("leaders", organisation.leaders());
        model.addAttribute("categories", Category.values());
        model.addAttribute("levels", ProjectLevel.values());
        return "project/form";
    }

    /** Text to a ProjectInput; what does not parse is named in {@code errors}. */
    static ProjectInput parse(Form f, Map<String, String> errors) {
        List<BigDecimal> plan = null;
        if (f.monthlyPlan != null && f.monthlyPlan.stream().anyMatch(v -> v != null && !v.isBlank())) {
            plan = new ArrayList<>();
            for (int m = 0; m < 12; m++) {
                String v = m < f.monthlyPlan.size() ? f.monthlyPlan.get(m) : null;
                plan.add(v == null || v.isBlank() ? BigDecimal.ZERO : decimal(v, "monthlyPlan[" + m + "]", errors));
            }
        }
        return new ProjectInput(f.code, f.name, integer(f.year, "year", errors), f.category, f.level, f.regionCode,
                longOrNull(f.leadUnitId, "leadUnitId", errors), longOrNull(f.leaderId, "leaderId", errors),
                decimal(f.totalInvestment, "totalInvestment", errors), decimal(f.annualPlan, "annualPlan", errors),
                date(f.plannedStart, "plannedStart", errors), date(f.actualStart, "actualStart", errors),
                date(f.plannedCompletion, "plannedCompletion", errors), plan,
                integer(f.version, "version", errors));
    }

    private static final String NOT_NUMBER = "project.error.enter-number";

    static BigDecimal decimal(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(v.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text(NOT_NUMBER, List.of()));
            return null;
        }
    }

    private static Integer integer(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text(NOT_NUMBER, List.of()));
            return null;
        }
    }

    private static Long longOrNull(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text(NOT_NUMBER, List.of()));
            return null;
        }
    }

    private static LocalDate date(String v, String field, Map<String, String> errors) {
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v.trim());
            if (!InputText.inRange(d)) {
                errors.put(field, InputText.DATE_MESSAGE);
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.put(field, Messages.text("project.error.date-must-yyyy-mm-dd-2", List.of()));
            return null;
        }
    }
}
