package cn.diaodu.funds;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUsers;

/**
 * CONTRACT §13: {@code GET /api/analysis/fund-applications?year=Y[&regionCode=]} →
 * {@code {"stages":[{"stage","count","totalInvestment","requested","obtained"}]}}, one row per stage; also the same by
 * programme and by unit, the summary and the sentence (docs/figures.md §13).
 */
@RestController
class FundAnalysisApi {
    private final FundFacts facts;

    FundAnalysisApi(FundFacts facts) {
        this.facts = facts;
    }

    @GetMapping("/api/analysis/fund-applications")
    Map<String, Object> figures(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode) {
        FundFacts.Report r = facts.of(year, regionCode, CurrentUsers.get());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("year", r.year());
        out.put("regionCode", r.regionCode());
        out.put("stages", r.stages());
        out.put("programmes", r.programmes());
        out.put("units", r.units());
        out.put("summary", r.summary());
        out.put("sentence", r.sentence());
        return out;
    }
}
