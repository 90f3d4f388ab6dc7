package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A source of indicator values (CONTRACT §14, docs/figures.md §14): its code and, for a round, the value of every
 * subject it has a figure for, as the API shows the figure (percent, half-up to two decimals). A subject left out (or
 * null) has no value and scores 0. Every source is a bean; a module that owns a figure (the investment pipeline's
 * {@code INVESTMENT_LANDING}) provides its own implementation, so the assessment does not depend on it.
 */
public interface SourceValues {
    String source();

    Map<String, BigDecimal> values(RoundScope scope);

    /** A bean giving several sources at once (the economic indicators: two per indicator). */
    interface Family {
        java.util.List<SourceValues> sources();
    }
}
