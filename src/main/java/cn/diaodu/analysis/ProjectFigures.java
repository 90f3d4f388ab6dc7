package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.diaodu.project.Project;

/**
 * One project's figures for a month (CONTRACT §6). Amounts in 万元; rates in percent rounded half-up to two
 * decimals; {@code gap} in percentage points. {@code reasons} are the warning's reasons in Chinese (the API's
 * default wording); {@code causes} the same as message keys, for {@link #reasonsIn(Locale)}.
 */
public record ProjectFigures(Project project, BigDecimal annualPlan, BigDecimal completed, BigDecimal expected,
        BigDecimal completionRate, BigDecimal expectedRate, BigDecimal gap, boolean started, Warning warning,
        List<String> reasons, List<Reason> causes) {

    /** The warning's reasons in a locale's language (English for English, Chinese otherwise). */
    public List<String> reasonsIn(Locale locale) {
        return Reason.texts(causes, locale);
    }
}
