package cn.diaodu.bulletin;

import cn.diaodu.identity.CurrentUser;

/**
 * The extension point of the bulletin's section 向上争取资金 (docs/figures.md §13): the module of the higher-level
 * funds implements it as a bean; without one, or when the year has no application, the bulletin leaves the section
 * out. The bulletin module itself knows nothing of fund applications.
 */
public interface FundsOverview {

    /**
     * The section's sentence for year Y over the applications of {@code regionCode}'s subtree (null: the user's whole
     * scope) that the user reads, in Chinese; null when there is none.
     */
    String sentence(int year, String regionCode, CurrentUser user);
}
