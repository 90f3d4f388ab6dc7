package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * The sources an indicator may name (docs/figures.md §14): the documented ones of CONTRACT §14 and any further
 * {@link SourceValues} bean. {@code MANUAL} takes the scores entered; a documented source without a bean
 * ({@code INVESTMENT_LANDING} until the investment module provides it) gives no values (null, scored 0, shown "—").
 */
@Component
public class Sources {
    public static final String MANUAL = "MANUAL";
    static final List<String> DOCUMENTED = List.of("COMPLETION_RATE", "GAP", "START_RATE", "REPORTS_ON_TIME",
            "PROBLEMS_ON_TIME", "INVESTMENT_LANDING", MANUAL);

    private final Map<String, SourceValues> beans = new HashMap<>();

    public Sources(List<SourceValues> sources, List<SourceValues.Family> families) {
        sources.forEach(s -> beans.put(s.source(), s));
        families.forEach(f -> f.sources().forEach(s -> beans.put(s.source(), s)));
    }

    public Set<String> known() {
        Set<String> out = new LinkedHashSet<>(DOCUMENTED);
        out.addAll(beans.keySet());
        return out;
    }

    public boolean isKnown(String source) {
        return source != null && known().contains(source);
    }

    /** Whether the source has an implementation (MANUAL: always). */
    public boolean available(String source) {
        return MANUAL.equals(source) || beans.containsKey(source);
    }

    /** The source's values for the round; empty when the source has no implementation yet. */
    public Map<String, BigDecimal> values(String source, RoundScope scope) {
        SourceValues s = beans.get(source);
        return s == null ? Map.of() : s.values(scope);
    }
}
