package cn.diaodu.investment;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;

/**
 * 招商引资分析 ({@code /investments/analysis}): the year's totals and sentence, the ranking tables by unit, county
 * and industry chain, the size bands, the funnel as bars and the units with no signing — all from
 * {@link InvestmentFacts}, the one definition the API uses too.
 */
@Controller
class InvestmentAnalysisPages {
    private final InvestmentFacts facts;
    private final OrganisationService organisation;
    private final AppClock clock;

    InvestmentAnalysisPages(InvestmentFacts facts, OrganisationService organisation, AppClock clock) {
        this.facts = facts;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/investments/analysis")
    String analysis(@RequestParam(required = false) String year, @RequestParam(required = false) String regionCode,
            Model model) {
        CurrentUser user = CurrentUsers.get();
        int thisYear = clock.today().getYear();
        int y = thisYear;
        try {
            y = year == null || year.isBlank() ? thisYear : Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            y = thisYear;
        }
        if (y < 2000 || y > 2100) {
            y = thisYear;
        }
        InvestmentFacts.Overview o;
        // the page starts where the region tree branches (a province of one city: its counties), as the dashboard does
        String region = regionCode == null || regionCode.isBlank()
                ? organisation.regionTree().startingPoint(user.regionCode()) : regionCode.strip();
        try {
            o = facts.overview(y, region, user);
        } catch (ValidationException e) {
            region = null;
            o = facts.overview(y, null, user);
        }
        int max = o.funnel().stream().mapToInt(InvestmentFigures.FunnelStep::count).max().orElse(0);
        model.addAttribute("o", o);
        model.addAttribute("t", o.byUnit().total());
        model.addAttribute("year", y);
        model.addAttribute("years", java.util.List.of(thisYear, thisYear - 1, thisYear - 2));
        model.addAttribute("regionCode", region);
        model.addAttribute("regions", organisation.regionTree().within(user.regionCode()));
        model.addAttribute("funnelMax", Math.max(1, max));
        return "investment/analysis";
    }
}
