package cn.diaodu.investment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.assessment.RoundScope;
import cn.diaodu.assessment.SourceValues;
import cn.diaodu.assessment.SubjectKind;
import cn.diaodu.assessment.VetoProposals;
import cn.diaodu.common.Messages;

/**
 * The attraction pipeline as an input of the assessment rounds (CONTRACT §14, docs/figures.md §14): the source
 * {@code INVESTMENT_LANDING} — §12's landingRate for the round's year, per county (the groups of §12 by region, keyed
 * as §6) or per responsible unit — and the proposed veto "no signed investment this year" (招商引资一票否决): for a
 * unit subject, a unit with leads but none signed in the year; for a region subject, a region that has leads (of any
 * year) and none signed in the year. A subject without any lead is not judged.
 */
@Component
class InvestmentAssessment implements SourceValues, VetoProposals {
    private final InvestmentFacts facts;
    private final InvestmentQueries leads;

    InvestmentAssessment(InvestmentFacts facts, InvestmentQueries leads) {
        this.facts = facts;
        this.leads = leads;
    }

    @Override
    public String source() {
        return "INVESTMENT_LANDING";
    }

    @Override
    public Map<String, BigDecimal> values(RoundScope scope) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        facts.landingRates(scope.year(), groupBy(scope), scope.root()).forEach((key, rate) -> {
            String k = String.valueOf(key);
            if (scope.has(k)) {
                out.put(k, rate);
            }
        });
        return out;
    }

    @Override
    public List<Proposal> propose(RoundScope scope) {
        // only subjects that have leads are judged: a unit group exists only with leads; a region group always
        java.util.Set<String> withLeads = new java.util.HashSet<>();
        if (scope.kind() == SubjectKind.REGION) {
            leads.list(InvestmentFilter.ALL, scope.viewer()).forEach(i -> {
                String k = scope.subjectOfRegion(i.regionCode());
                if (k != null) {
                    withLeads.add(k);
                }
            });
        }
        List<Proposal> out = new ArrayList<>();
        for (InvestmentFigures.Group g : facts.analysis(scope.year(), groupBy(scope), scope.root(), scope.viewer())
                .groups()) {
            String k = String.valueOf(g.key());
            boolean judged = scope.kind() == SubjectKind.UNIT || withLeads.contains(k);
            if (g.signed() == 0 && judged && scope.has(k)) {
                out.add(new Proposal(k, Messages.text("investment.assessment.noSigning",
                        List.of(String.valueOf(scope.year())))));
            }
        }
        return out;
    }

    private static InvestmentFacts.GroupBy groupBy(RoundScope scope) {
        return scope.kind() == SubjectKind.UNIT ? InvestmentFacts.GroupBy.UNIT : InvestmentFacts.GroupBy.REGION;
    }
}
