package cn.diaodu.investment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.identity.CurrentUsers;

/**
 * {@code GET /api/analysis/investments?year=Y&groupBy=UNIT|REGION|INDUSTRY[&regionCode=]} (CONTRACT §12): the total
 * and the ranked groups; a missing year is this year, a missing groupBy UNIT. DISPATCHER, ATTRACTION, LEADER,
 * SUPERVISOR.
 */
@RestController
class InvestmentAnalysisApi {
    private final InvestmentFacts facts;
    private final AppClock clock;

    InvestmentAnalysisApi(InvestmentFacts facts, AppClock clock) {
        this.facts = facts;
        this.clock = clock;
    }

    @GetMapping("/api/analysis/investments")
    InvestmentFacts.Analysis analysis(@RequestParam(required = false) String year,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String regionCode) {
        List<FieldError> errors = new ArrayList<>();
        int y = clock.today().getYear();
        if (Checks.blankToNull(year) != null) {
            try {
                y = Integer.parseInt(year.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("year", "common.error.wrong-type-format"));
            }
        }
        InvestmentFacts.GroupBy by = Checks.blankToNull(groupBy) == null ? InvestmentFacts.GroupBy.UNIT
                : Checks.parseEnum(InvestmentFacts.GroupBy.class, groupBy, "groupBy", errors);
        Checks.throwIfAny(errors);
        return facts.analysis(y, by, regionCode, CurrentUsers.get());
    }
}
