package cn.diaodu.campaign;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * A unit's daily report on a phone ({@code /campaigns/{id}/report}): the day's form with the unit's last figures
 * filled in, saved in one tap, or a zero report (零报告) in one tap; a refusal comes back with the field named and
 * what was typed kept.
 */
@Controller
class CampaignReportPages {
    private final CampaignService campaigns;
    private final DailyReports reports;
    private final AppClock clock;

    CampaignReportPages(CampaignService campaigns, DailyReports reports, AppClock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/campaigns/{id}/report")
    String form(@PathVariable long id, @RequestParam(required = false) String day, Model model) {
        CurrentUser user = CurrentUsers.get();
        Campaign c = campaigns.get(id, user);
        long unit = unitOf(user, c);
        LocalDate d = day == null || day.isBlank() ? clock.today() : CampaignApi.day(day);
        DailyReport mine = reports.reportsOf(c, d).get(unit);
        Map<String, String> typed = new LinkedHashMap<>();
        if (mine != null) {
            mine.values().forEach((k, v) -> typed.put(k, String.valueOf(v)));
        }
        return page(model, c, d, mine, typed, Map.of());
    }

    @PostMapping("/campaigns/{id}/report")
    String save(@PathVariable long id, @RequestParam String day, @RequestParam(required = false) String zero,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        Campaign c = campaigns.get(id, user);
        long unit = unitOf(user, c);
        LocalDate d = CampaignApi.day(day);
        boolean isZero = zero != null;
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        if (!isZero) {
            for (CampaignField f : c.fields()) {
                String v = params.get("v-" + f.code());
                typed.put(f.code(), v == null ? "" : v);
                if (v != null && !v.isBlank()) {
                    values.put(f.code(), v.trim());
                }
            }
        }
        try {
            DailyReport r = reports.put(id, d, new DailyReportInput(unit, values, isZero), user);
            flash.addFlashAttribute("campaignFlash", Messages.text(r.zero()
                    ? (r.late() ? "campaign.flash.zero.late" : "campaign.flash.zero")
                    : (r.late() ? "campaign.flash.saved.late" : "campaign.flash.saved"), List.of(d.toString())));
            return "redirect:/campaigns/" + id + "/report?day=" + d;
        } catch (ValidationException e) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (FieldError err : e.errors()) {
                errors.putIfAbsent(err.field(), err.message());
            }
            return page(model, c, d, reports.reportsOf(c, d).get(unit), typed, errors);
        }
    }

    private String page(Model model, Campaign c, LocalDate d, DailyReport mine, Map<String, String> typed,
            Map<String, String> errors) {
        model.addAttribute("c", c);
        model.addAttribute("day", d);
        model.addAttribute("mine", mine);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("dueAt", c.dueAt(d).toLocalTime());
        model.addAttribute("pastDeadline", clock.now().isAfter(c.dueAt(d).toOffsetDateTime()));
        return "campaign/report";
    }

    private static long unitOf(CurrentUser user, Campaign c) {
        if (!CampaignAccess.isUnitOf(user, c)) {
            throw new ForbiddenException("only a reporting unit fills in the daily form");
        }
        return user.unitId();
    }
}
