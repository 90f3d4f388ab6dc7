package cn.diaodu.bulletin;

import cn.diaodu.identity.CurrentUser;

/**
 * The extension point of the bulletin's section 招商引资 (docs/figures.md §12): the investment module implements it as
 * a bean; without one, or when nothing was signed in the year, the bulletin leaves the section out.
 */
public interface InvestmentOverview {

    /** The section's sentence for year Y over the leads of {@code regionCode}'s subtree (null: the user's scope), in Chinese; null when none. */
    String sentence(int year, String regionCode, CurrentUser user);
}
