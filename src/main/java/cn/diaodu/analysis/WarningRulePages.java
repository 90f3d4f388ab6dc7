package cn.diaodu.analysis;

import cn.diaodu.common.Messages;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/** 预警规则: the admin page and GET/PUT /api/analysis/rules. */
@Controller
class WarningRulePages {
    private final WarningRuleService rules;

    WarningRulePages(WarningRuleService rules) {
        this.rules = rules;
    }

    @GetMapping("/admin/warning-rules")
    @PreAuthorize("hasRole('ADMIN')")
    String page(Model model) {
        WarningRules r = rules.current();
        model.addAttribute("redGap", r.redGap().toPlainString());
        model.addAttribute("yellowGap", r.yellowGap().toPlainString());
        model.addAttribute("redLateStartDays", String.valueOf(r.redLateStartDays()));
        model.addAttribute("errors", Map.of());
        return "analysis/rules";
    }

    @PostMapping("/admin/warning-rules")
    @PreAuthorize("hasRole('ADMIN')")
    String save(@RequestParam String redGap, @RequestParam String yellowGap, @RequestParam String redLateStartDays,
            Model model, RedirectAttributes flash) {
        Map<String, String> errors = new HashMap<>();
        BigDecimal red = number(redGap, "redGap", errors);
        BigDecimal yellow = number(yellowGap, "yellowGap", errors);
        BigDecimal days = number(redLateStartDays, "redLateStartDays", errors);
        if (errors.isEmpty()) {
            try {
                rules.update(new WarningRules(red, yellow, days.intValueExact()), CurrentUsers.get());
                flash.addFlashAttribute("flash", "saved");
                return "redirect:/admin/warning-rules";
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            } catch (ArithmeticException e) {
                errors.put("redLateStartDays", Messages.text("analysis.error.whole-number"));
            }
        }
        model.addAttribute("redGap", redGap);
        model.addAttribute("yellowGap", yellowGap);
        model.addAttribute("redLateStartDays", redLateStartDays);
        model.addAttribute("errors", errors);
        return "analysis/rules";
    }

    private static BigDecimal number(String v, String field, Map<String, String> errors) {
        try {
            return new BigDecimal(v.trim().replace('−', '-'));
        } catch (NumberFormatException | NullPointerException e) {
            errors.put(field, Messages.text("analysis.error.enter-number"));
            return null;
        }
    }
}

/** GET and PUT /api/analysis/rules: the thresholds in force; administrators change them. */
@RestController
class WarningRuleApi {
    private final WarningRuleService rules;

    WarningRuleApi(WarningRuleService rules) {
        this.rules = rules;
    }

    @GetMapping("/api/analysis/rules")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER','REPORTER','SUPERVISOR')")
    WarningRules get() {
        CurrentUsers.get();
        return rules.current();
    }

    /** The body of PUT: every field required (a missing or null one is 422, never a default of 0). */
    record RulesInput(BigDecimal redGap, BigDecimal yellowGap, Integer redLateStartDays) {
    }

    @PutMapping("/api/analysis/rules")
    WarningRules put(@RequestBody RulesInput in) {
        if (in.redLateStartDays() == null && CurrentUsers.get().has(cn.diaodu.identity.Role.ADMIN)) {
            throw ValidationException.of("redLateStartDays", "analysis.error.required");
        }
        int days = in.redLateStartDays() == null ? 0 : in.redLateStartDays(); // a non-administrator: 403 below
        return rules.update(new WarningRules(in.redGap(), in.yellowGap(), days), CurrentUsers.get());
    }
}
