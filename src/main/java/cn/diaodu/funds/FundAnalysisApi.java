package cn.diaodu.funds;

import java.util.List;

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

    /** The answer: the rows by stage of CONTRACT §13, and by programme and unit, the summary and the sentence. */
    record Figures(int year, String regionCode, List<FundFigures.StageRow> stages,
            List<FundFigures.GroupRow> programmes, List<FundFigures.GroupRow> units, FundFigures.Summary summary,
            String sentence) {
    }

    @GetMapping("/api/analysis/fund-applications")
    Figures figures(@RequestParam(required = false) Integer year, @RequestParam(required = false) String regionCode) {
        FundFacts.Report r = facts.of(year, regionCode, CurrentUsers.get());
        return new Figures(r.year(), r.regionCode(), r.stages(), r.programmes(), r.units(), r.summary(),
                r.sentence());
    }
}
