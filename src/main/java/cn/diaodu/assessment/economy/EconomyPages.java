package cn.diaodu.assessment.economy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Messages;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;

/**
 * 经济运行 ({@code /economy}): an indicator's figures for a month, the regions ranked by growth with the gap to the
 * target in points ("低于目标值4.06个百分点"), and for the project office the form that enters a region's figures.
 */
@Controller
class EconomyPages {
    private final EconomyService economy;
    private final OrganisationService organisation;
    private final AppClock clock;

    EconomyPages(EconomyService economy, OrganisationService organisation, AppClock clock) {
        this.economy = economy;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/economy")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) String indicator,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        Period p = period(period);
        EconomicIndicator i = indicator(indicator);
        model.addAttribute("rows", economy.list(p, i, user));
        model.addAttribute("period", p.toString());
        model.addAttribute("indicator", i);
        model.addAttribute("indicators", EconomicIndicator.values());
        model.addAttribute("enters", user.has(Role.DISPATCHER));
        List<Region> regions = organisation.regionTree().within(user.regionCode()).stream()
                .filter(r -> r.level() == RegionLevel.COUNTY).toList();
        model.addAttribute("regions", regions);
        return "assessment/economy";
    }

    @PostMapping("/economy")
    String enter(@RequestParam(required = false) String regionCode, @RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator, @RequestParam(required = false) String value,
            @RequestParam(required = false) String target, @RequestParam(required = false) String lastYear,
            RedirectAttributes flash) {
        try {
            economy.put(new EconomicInput(regionCode, period, indicator, number(value), number(target),
                    number(lastYear)), CurrentUsers.get());
            flash.addFlashAttribute("economyFlash", Messages.text("economy.flash.saved"));
        } catch (NumberFormatException e) {
            flash.addFlashAttribute("economyError", Messages.text("assessment.error.number"));
        } catch (ValidationException e) {
            flash.addFlashAttribute("economyError", e.errors().get(0).message());
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/economy").queryParam("period", period)
                .queryParam("indicator", indicator).build().encode().toUriString();
    }

    private Period period(String text) {
        try {
            return Period.parse(text, "period");
        } catch (ValidationException e) {
            return Period.of(YearMonth.from(clock.today()).minusMonths(1));
        }
    }

    private static EconomicIndicator indicator(String text) {
        try {
            return EconomicIndicator.valueOf(text);
        } catch (IllegalArgumentException | NullPointerException e) {
            return EconomicIndicator.GDP;
        }
    }

    private static BigDecimal number(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
    }
}
