package cn.diaodu.reporting;

import cn.diaodu.common.Messages;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;

/** 填报周期: opening and closing periods, and each period's status board per unit and per county. */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER','LEADER','SUPERVISOR')")
class PeriodPages {
    @org.springframework.beans.factory.annotation.Autowired
    private ReportingMonth reportingMonth;

    private final PeriodService periods;
    private final OrganisationService organisation;
    private final AppClock clock;
    private final Reminders reminders;

    PeriodPages(PeriodService periods, OrganisationService organisation, AppClock clock, Reminders reminders) {
        this.periods = periods;
        this.organisation = organisation;
        this.clock = clock;
        this.reminders = reminders;
    }

    @GetMapping("/periods")
    String list(Model model) {
        CurrentUser user = CurrentUsers.get();
        var month = reportingMonth.current();
        model.addAttribute("periods", periods.list());
        model.addAttribute("canManage", user.has(Role.DISPATCHER));
        model.addAttribute("suggested", Period.of(month).toString());
        model.addAttribute("suggestedOpens", month.atDay(1) + "T00:00");
        model.addAttribute("suggestedDeadline", month.plusMonths(1).atDay(5) + "T18:00");
        return "reporting/periods";
    }

    @PostMapping("/periods")
    @PreAuthorize("hasRole('DISPATCHER')")
    String open(@RequestParam String period, @RequestParam String opensAt, @RequestParam String deadline,
            RedirectAttributes flash) {
        try {
            periods.open(new PeriodService.PeriodInput(period, time(opensAt), time(deadline)), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("period.flash.opened", List.of(period)));
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", e.errors().get(0).message());
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.period-already-exists"));
        }
        return "redirect:/periods";
    }

    /** A datetime-local value in China Standard Time. */
    private static OffsetDateTime time(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local).atZone(AppClock.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(local).atStartOfDay(AppClock.ZONE).toOffsetDateTime();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    @PostMapping("/periods/{period}/close")
    @PreAuthorize("hasRole('DISPATCHER')")
    String close(@PathVariable String period, RedirectAttributes flash) {
        try {
            periods.close(Period.parse(period, "period"), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("period.flash.closed", List.of(period)));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.already-closed"));
        }
        return "redirect:/periods";
    }

    @PostMapping("/periods/{period}/reopen")
    @PreAuthorize("hasRole('DISPATCHER')")
    String reopen(@PathVariable String period, RedirectAttributes flash) {
        try {
            periods.reopen(Period.parse(period, "period"), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("period.flash.reopened", List.of(period)));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", Messages.text("reporting.error.not-closed"));
        }
        return "redirect:/periods";
    }

    /** 一键催报: reminds now every unit of the dispatcher's scope with missing reports of the open period. */
    @PostMapping("/periods/{period}/remind")
    @PreAuthorize("hasRole('DISPATCHER')")
    String remind(@PathVariable String period, RedirectAttributes flash) {
        Period p = Period.parse(period, "period");
        try {
            int n = reminders.remindNow(p, CurrentUsers.get());
            flash.addFlashAttribute("flash", n == 0 ? Messages.text("periods.remind.none")
                    : Messages.text("periods.remind.sent", List.of(n)));
        } catch (ConflictException e) {
            flash.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/periods/" + p;
    }

    /** One county's line of the board: its units' counts added up. */
    public record CountyStatus(String code, String name, int units, int projects, int submitted, int approved,
            int returned, int late, int missing, int zero, java.math.BigDecimal reportingRate) {
    }

    @GetMapping("/periods/{period}")
    String status(@PathVariable String period, Model model) {
        Period p = Period.parse(period, "period");
        List<UnitStatus> units = periods.status(p, CurrentUsers.get());
        model.addAttribute("period", p.toString());
        model.addAttribute("info", periods.find(p).orElse(null));
        model.addAttribute("units", units);
        model.addAttribute("counties", counties(units));
        boolean canManage = CurrentUsers.get().has(Role.DISPATCHER);
        model.addAttribute("canManage", canManage);
        model.addAttribute("canRemind", canManage && periods.find(p).map(x -> x.closedAt() == null).orElse(false));
        model.addAttribute("missingUnits", units.stream().filter(u -> u.missing() > 0).count());
        return "reporting/status";
    }

    /** Units grouped by the county (or district) their region lies in; city departments form their own line. */
    private List<CountyStatus> counties(List<UnitStatus> units) {
        RegionTree tree = organisation.regionTree();
        Map<String, int[]> sums = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (UnitStatus u : units) {
            String county = countyOf(tree, u.regionCode());
            names.putIfAbsent(county == null ? "" : county,
                    county == null ? "市直部门" : tree.get(county).name());
            int[] s = sums.computeIfAbsent(county == null ? "" : county, k -> new int[9]);
            s[0]++;
            s[1] += u.projects();
            s[2] += u.submitted();
            s[3] += u.approved();
            s[4] += u.returned();
            s[5] += u.late();
            s[6] += u.missing();
            s[7] += u.zero();
        }
        List<CountyStatus> out = new ArrayList<>();
        sums.forEach((code, s) -> out.add(new CountyStatus(code, names.get(code), s[0], s[1], s[2], s[3], s[4], s[5],
                s[6], s[7], PeriodService.rate(s[1] - s[6], s[1]))));
        out.sort((a, b) -> b.reportingRate().compareTo(a.reportingRate()));
        return out;
    }

    private static String countyOf(RegionTree tree, String code) {
        Region r = code == null ? null : tree.get(code);
        while (r != null) {
            if (r.level() == cn.diaodu.organisation.RegionLevel.COUNTY) {
                return r.code();
            }
            r = r.parentCode() == null ? null : tree.get(r.parentCode());
        }
        return null;
    }
}
