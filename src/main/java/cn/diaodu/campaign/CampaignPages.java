package cn.diaodu.campaign;

import java.time.LocalDate;
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
import cn.diaodu.common.Messages;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * The campaigns' pages for the command office and the leaders: the list of campaigns (for a unit's reporter, with
 * today's form a tap away) and a campaign's day — who reported, who sent a zero report, who was late, the missing
 * units with 催报, the totals and each unit's figures.
 */
@Controller
class CampaignPages {
    private final CampaignService campaigns;
    private final DailyReports reports;
    private final CampaignReminders reminders;
    private final AppClock clock;

    CampaignPages(CampaignService campaigns, DailyReports reports, CampaignReminders reminders, AppClock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.reminders = reminders;
        this.clock = clock;
    }

    /** A campaign in the list: whether it runs today and, for a unit, whether it has reported today. */
    record Row(Campaign campaign, boolean running, Boolean reportedToday) {
    }

    @GetMapping("/campaigns")
    String list(Model model) {
        CurrentUser user = CurrentUsers.get();
        LocalDate today = clock.today();
        List<Row> rows = campaigns.list(user).stream().map(c -> new Row(c, c.covers(today),
                user.unitId() != null && c.hasUnit(user.unitId()) && c.covers(today)
                        ? reports.reportsOf(c, today).containsKey(user.unitId()) : null)).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("today", today);
        model.addAttribute("organiser", CampaignAccess.organises(user));
        return "campaign/list";
    }

    @GetMapping("/campaigns/{id}")
    String day(@PathVariable long id, @RequestParam(required = false) String day, Model model) {
        CurrentUser user = CurrentUsers.get();
        Campaign c = campaigns.get(id, user);
        LocalDate d = pick(c, day);
        Map<Long, DailyReport> byUnit = reports.reportsOf(c, d);
        model.addAttribute("c", c);
        model.addAttribute("day", d);
        model.addAttribute("today", clock.today());
        model.addAttribute("summary", DailyReports.summary(c, byUnit));
        model.addAttribute("byUnit", byUnit);
        model.addAttribute("dueAt", c.dueAt(d).toLocalTime());
        model.addAttribute("organiser", CampaignAccess.organises(user));
        model.addAttribute("myUnit", user.unitId() != null && c.hasUnit(user.unitId()) ? user.unitId() : null);
        return "campaign/day";
    }

    @PostMapping("/campaigns/{id}/remind")
    String remind(@PathVariable long id, @RequestParam String day, RedirectAttributes flash) {
        LocalDate d = CampaignApi.day(day);
        int n = reminders.remindNow(id, d, CurrentUsers.get());
        flash.addFlashAttribute("campaignFlash", Messages.text("campaign.flash.reminded", List.of(String.valueOf(n))));
        return "redirect:/campaigns/" + id + "?day=" + d;
    }

    /** The day asked for when it is one of the campaign's and not in the future, else the latest such day. */
    private LocalDate pick(Campaign c, String day) {
        LocalDate today = clock.today();
        LocalDate latest = c.to() != null && c.to().isBefore(today) ? c.to() : today;
        if (latest.isBefore(c.from())) {
            latest = c.from();
        }
        try {
            LocalDate d = day == null || day.isBlank() ? latest : LocalDate.parse(day.trim());
            return c.covers(d) && !d.isAfter(today) ? d : latest;
        } catch (RuntimeException e) {
            return latest;
        }
    }
}
