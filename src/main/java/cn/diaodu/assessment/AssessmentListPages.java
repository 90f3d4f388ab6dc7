package cn.diaodu.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/**
 * The list of rounds ({@code /assessments}: search by name, paging) and a new round ({@code /assessments/new}), which
 * starts from a scheme (a quarter, the half-year, the year) that the organiser edits; a refused form returns with the
 * message beside each field.
 */
@Controller
class AssessmentListPages {
    private final AssessmentService rounds;
    private final Sources sources;
    private final RuleKinds rules;
    private final AppClock clock;
    private final OrganisationService organisation;

    AssessmentListPages(AssessmentService rounds, Sources sources, RuleKinds rules, AppClock clock,
            OrganisationService organisation) {
        this.rounds = rounds;
        this.sources = sources;
        this.rules = rules;
        this.clock = clock;
        this.organisation = organisation;
    }

    static final Map<String, Comparator<Assessment>> SORTS = Map.of(
            "name", Comparator.comparing(Assessment::name),
            "period", Comparator.comparing((Assessment a) -> a.year() * 100 + a.month()),
            "published", Comparator.comparing(Assessment::published));

    @GetMapping("/assessments")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        List<Assessment> all = rounds.list(user);
        String k = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        List<Assessment> found = k.isEmpty() ? all
                : all.stream().filter(a -> a.name().toLowerCase(Locale.ROOT).contains(k)
                        || String.valueOf(a.year()).equals(k)).toList();
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        ListPage<Assessment> list = ListPage.of("/assessments", filters, found, SORTS, sort, dir, page, size);
        model.addAttribute("list", list);
        model.addAttribute("items", list.items());
        model.addAttribute("q", q);
        model.addAttribute("filtered", !k.isEmpty());
        model.addAttribute("organiser", AssessmentService.organises(user));
        return "assessment/list";
    }

    @GetMapping("/assessments/new")
    String form(@RequestParam(required = false) String template, Model model) {
        requireOrganiser();
        model.addAttribute("roundForm", RoundForm.template(template, clock.today().getYear(),
                names(clock.today().getYear())));
        return page(model, template);
    }

    @PostMapping("/assessments")
    String create(@ModelAttribute("roundForm") RoundForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        requireOrganiser();
        List<FieldError> errors = new ArrayList<>();
        // as the dashboard: the user's region, or the top descending while a region has a single child
        AssessmentInput in = form.input(organisation.regionTree().startingPoint(user.regionCode()), errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Assessment a = rounds.create(in, user);
            flash.addFlashAttribute("assessmentFlash", Messages.text("assessment.flash.created"));
            return "redirect:/assessments/" + a.id();
        } catch (ValidationException e) {
            reject(form, result, e.errors());
        }
        form.pad();
        return page(model, null);
    }

    private static void reject(RoundForm form, BindingResult result, List<FieldError> errors) {
        var bean = PropertyAccessorFactory.forBeanPropertyAccess(form);
        for (FieldError e : errors) {
            String field = form.rowField(e.field());
            if (bean.isReadableProperty(field)) {
                result.rejectValue(field, "diaodu.refused", e.message());
            } else {
                String base = field.contains(".") ? field.substring(0, field.lastIndexOf('.')) + ".rule" : field;
                if (bean.isReadableProperty(base)) {
                    result.rejectValue(base, "diaodu.refused", e.message());
                } else {
                    result.reject("diaodu.refused", e.message());
                }
            }
        }
    }

    private String page(Model model, String template) {
        model.addAttribute("sources", sources.known());
        model.addAttribute("ruleTypes", rules.types());
        model.addAttribute("template", template == null ? "QUARTER" : template);
        return "assessment/new";
    }

    /** The template rows' names in the page's language. */
    private static Map<String, String> names(int year) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : List.of("CR", "SR", "RT", "GM", "name.QUARTER", "name.HALF", "name.YEAR")) {
            m.put(k, Messages.text("assessment.template." + k, List.of(year)));
        }
        return m;
    }

    private static void requireOrganiser() {
        if (!AssessmentService.organises(CurrentUsers.get())) {
            throw new ForbiddenException("assessments organiser");
        }
    }
}
