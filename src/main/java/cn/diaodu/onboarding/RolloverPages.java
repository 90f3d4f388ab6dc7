package cn.diaodu.onboarding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import cn.diaodu.common.FieldError;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/**
 * 年度结转 ({@code /onboarding/rollover}): the continuing projects of a year with checkboxes and next year's annual
 * plan (the remaining investment, editable), then 结转 ({@link Rollover}).
 */
@Controller
@PreAuthorize("hasRole('DISPATCHER')")
class RolloverPages {
    private final Rollover rollover;
    private final AppClock clock;

    RolloverPages(Rollover rollover, AppClock clock) {
        this.rollover = rollover;
        this.clock = clock;
    }

    @GetMapping("/onboarding/rollover")
    String page(@RequestParam(required = false) Integer fromYear, Model model) {
        int from = fromYear == null || fromYear < 2000 || fromYear > 2099 ? clock.today().getYear() : fromYear;
        model.addAttribute("fromYear", from);
        model.addAttribute("toYear", from + 1);
        model.addAttribute("candidates", rollover.candidates(from, CurrentUsers.get()));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "onboarding/rollover";
    }

    @PostMapping("/onboarding/rollover")
    String roll(@RequestParam Integer fromYear, @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        List<Long> chosen = ids == null ? List.of() : ids;
        Map<Long, BigDecimal> plans = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Long id : chosen) {
            String text = form.get("plan_" + id);
            if (text != null && !text.isBlank()) {
                try {
                    plans.put(id, new BigDecimal(text.trim().replace(",", "")));
                } catch (NumberFormatException e) {
                    errors.add(FieldError.of("annualPlans[" + id + "]", "onboarding.error.plan-positive"));
                }
            }
        }
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            Rollover.Outcome o = rollover.roll(new Rollover.Request(fromYear, fromYear + 1, chosen, plans),
                    CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("onboarding.rollover.done",
                    List.of(String.valueOf(o.created()), String.valueOf(o.skipped()))));
            return "redirect:/onboarding/rollover?fromYear=" + fromYear;
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            return page(fromYear, model);
        }
    }
}
