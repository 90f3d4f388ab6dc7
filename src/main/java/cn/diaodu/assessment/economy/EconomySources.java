package cn.diaodu.assessment.economy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import cn.diaodu.assessment.RoundScope;
import cn.diaodu.assessment.SourceValues;
import cn.diaodu.common.Period;

/**
 * The economic indicators as assessment sources (docs/figures.md §14.1): {@code ECONOMY_GROWTH_<indicator>} (growth,
 * %) and {@code ECONOMY_COMPLETION_<indicator>} (completion of target, %) of the round's year and month, for REGION
 * subjects: the value entered for the subject's own region code (a unit round has none).
 */
@Component
class EconomySources implements SourceValues.Family {
    private final EconomyService economy;

    EconomySources(EconomyService economy) {
        this.economy = economy;
    }

    @Override
    public List<SourceValues> sources() {
        List<SourceValues> out = new ArrayList<>();
        for (EconomicIndicator i : EconomicIndicator.values()) {
            out.add(source("ECONOMY_GROWTH_" + i.name(), i, EconomicValue::growth));
            out.add(source("ECONOMY_COMPLETION_" + i.name(), i, EconomicValue::completion));
        }
        return out;
    }

    private SourceValues source(String code, EconomicIndicator indicator, Function<EconomicValue, BigDecimal> f) {
        return new SourceValues() {
            @Override
            public String source() {
                return code;
            }

            @Override
            public Map<String, BigDecimal> values(RoundScope scope) {
                Map<String, BigDecimal> out = new HashMap<>();
                if (scope.kind() != cn.diaodu.assessment.SubjectKind.REGION) {
                    return out;
                }
                economy.byRegion(new Period(scope.year(), scope.month()), indicator).forEach((region, v) -> {
                    if (scope.has(region)) {
                        out.put(region, f.apply(v));
                    }
                });
                return out;
            }
        };
    }
}
