package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/**
 * The pages of a lead: the form of a new one ({@code /investments/new}, a form object with its BindingResult) and
 * the lead's page ({@code /investments/{id}}, {@link InvestmentView}) whose forms — advance, lose, funds, note,
 * 转为重点项目 — return to it with a flash, or with the refused field's message in place and the values typed
 * ({@code invErrors}, {@code invTyped}, {@code invForm}: which form).
 */
@Controller
class InvestmentPages {
    private final InvestmentService investments;
    private final InvestmentConversion conversion;
    private final InvestmentView view;
    private final OrganisationService organisation;
    private final AppClock clock;

    InvestmentPages(InvestmentService investments, InvestmentConversion conversion, InvestmentView view,
            OrganisationService organisation, AppClock clock) {
        this.investments = investments;
        this.conversion = conversion;
        this.view = view;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/investments/new")
    String form(Model model) {
        if (!InvestmentAccess.writes(CurrentUsers.get())) {
            throw new ForbiddenException("new lead");
        }
        InvestmentForm f = new InvestmentForm();
        f.setOrigin(InvestmentOrigin.DOMESTIC.name());
        f.setDate(clock.today().toString());
        model.addAttribute("form", f);
        return formPage(model);
    }

    private String formPage(Model model) {
        CurrentUser user = CurrentUsers.get();
        model.addAttribute("origins", InvestmentOrigin.values());
        model.addAttribute("regions", organisation.regionTree().within(user.regionCode()));
        model.addAttribute("units", organisation.units());
        model.addAttribute("today", clock.today());
        return "investment/form";
    }

    @PostMapping("/investments")
    String create(@ModelAttribute("form") InvestmentForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        InvestmentInput in = form.input(result);
        if (in != null) {
            try {
                Investment i = investments.create(in, CurrentUsers.get());
                flash.addFlashAttribute("invFlash", Messages.text("investment.flash.created"));
                return "redirect:/investments/" + i.id();
            } catch (ValidationException e) {
                e.errors().forEach(err -> result.rejectValue(err.field(), "invalid", err.message()));
            }
        }
        return formPage(model);
    }

    @GetMapping("/investments/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("v", view.of(id, CurrentUsers.get()));
        return "investment/detail";
    }

    @PostMapping("/investments/{id}/advance")
    String advance(@PathVariable long id, @RequestParam(required = false) String stage,
            @RequestParam(required = false) String date, @RequestParam(required = false) String signedAmount,
            @RequestParam(required = false) String agreement, @RequestParam(required = false) String registration,
            @RequestParam(required = false) String site, @RequestParam(required = false) String note,
            @RequestParam(required = false) Integer version, RedirectAttributes flash) {
        Map<String, String> typed = typed("stage", stage, "date", date, "signedAmount", signedAmount, "agreement",
                agreement, "registration", registration, "site", site, "note", note);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = date(date, "date", errors);
        BigDecimal amount = amount(signedAmount, "signedAmount", errors);
        boolean done = errors.isEmpty() && run(() -> investments.advance(id, new AdvanceInput(stage, d, amount,
                agreement, registration, site, null, note, version), CurrentUsers.get()), errors);
        return back(id, done, "advance", errors, typed, flash, Messages.text("investment.flash.advanced",
                List.of(stage == null ? "" : Messages.text("investment.stage." + stage))));
    }

    @PostMapping("/investments/{id}/lose")
    String lose(@PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String reason, @RequestParam(required = false) Integer version,
            RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = date(date, "date", errors);
        boolean done = errors.isEmpty() && run(() -> investments.lose(id, new LoseInput(d, reason, version),
                CurrentUsers.get()), errors);
        return back(id, done, "lose", errors, typed("date", date, "reason", reason), flash,
                Messages.text("investment.flash.lost"));
    }

    @PostMapping("/investments/{id}/funds")
    String funds(@PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String amount, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = date(date, "date", errors);
        BigDecimal a = amount(amount, "amount", errors);
        boolean done = errors.isEmpty() && run(() -> investments.funds(id, new FundsInput(d, a), CurrentUsers.get()),
                errors);
        return back(id, done, "funds", errors, typed("date", date, "amount", amount), flash,
                Messages.text("investment.flash.funds"));
    }

    @PostMapping("/investments/{id}/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String date,
            @RequestParam(required = false) String note, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate d = date(date, "date", errors);
        boolean done = errors.isEmpty() && run(() -> investments.note(id, new NoteInput(d, note), CurrentUsers.get()),
                errors);
        return back(id, done, "note", errors, typed("date", date, "note", note), flash,
                Messages.text("investment.flash.noted"));
    }

    @PostMapping("/investments/{id}/project")
    String convert(@PathVariable long id, RedirectAttributes flash) {
        Map<String, String> errors = new LinkedHashMap<>();
        String[] code = {""};
        boolean done = run(() -> code[0] = conversion.convert(id, ConvertInput.NONE, CurrentUsers.get()).project()
                .code(), errors);
        return back(id, done, "project", errors, Map.of(), flash,
                Messages.text("investment.flash.converted", List.of(code[0])));
    }

    /** Runs the change; a refusal's messages go to {@code errors} (a 409 under {@code state}). */
    private static boolean run(Runnable change, Map<String, String> errors) {
        try {
            change.run();
            return true;
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
        } catch (ConflictException e) {
            errors.put("state", e.getMessage());
        }
        return false;
    }

    private static String back(long id, boolean done, String form, Map<String, String> errors,
            Map<String, String> typed, RedirectAttributes flash, String message) {
        if (done) {
            flash.addFlashAttribute("invFlash", message);
        } else {
            flash.addFlashAttribute("invErrors", errors);
            flash.addFlashAttribute("invTyped", typed);
            flash.addFlashAttribute("invForm", form);
        }
        return "redirect:/investments/" + id + "#inv-" + form;
    }

    private static Map<String, String> typed(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1] == null ? "" : pairs[i + 1]);
        }
        return m;
    }

    private static LocalDate date(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.put(field, Messages.text("investment.error.date-format"));
            return null;
        }
    }

    private static BigDecimal amount(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, Messages.text("investment.error.number-format"));
            return null;
        }
    }
}
