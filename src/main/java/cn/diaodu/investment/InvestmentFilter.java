package cn.diaodu.investment;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The filters of the list (API and page): {@code year} keeps the leads with a stage dated in that year (entered,
 * moved or lost in it), {@code stage} the leads now in that stage, {@code unitId} the responsible unit,
 * {@code regionCode} the region's subtree, {@code q} a text in the name, investor, industry chain, negotiator or
 * first informant.
 */
public record InvestmentFilter(Integer year, InvestmentStage stage, Long unitId, String regionCode, String q) {
    public static final InvestmentFilter ALL = new InvestmentFilter(null, null, null, null, null);

    boolean matchesText(Investment i) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String k = q.strip().toLowerCase(Locale.ROOT);
        for (String s : new String[] {i.name(), i.investor(), i.industry(), i.negotiator(), i.informant(),
                i.responsibleUnitName()}) {
            if (s != null && s.toLowerCase(Locale.ROOT).contains(k)) {
                return true;
            }
        }
        return false;
    }

    boolean matchesYear(Investment i) {
        if (year == null) {
            return true;
        }
        for (LocalDate d : i.stages().values()) {
            if (d.getYear() == year) {
                return true;
            }
        }
        return false;
    }
}
