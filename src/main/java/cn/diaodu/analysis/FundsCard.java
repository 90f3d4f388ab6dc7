package cn.diaodu.analysis;

import java.math.BigDecimal;

import cn.diaodu.identity.CurrentUser;

/**
 * The extension point of the dashboard's card 向上争取资金 (docs/figures.md §13): the module of the higher-level funds
 * implements it as a bean, so that the analysis module does not depend on it. Without such a bean, or when the year
 * has no application in scope, the dashboard shows no card.
 */
public interface FundsCard {

    /**
     * The card of year Y: applications, those submitted (已上报) and granted (已下达), the funds requested by those
     * submitted and the funds obtained, in 亿元 with two decimals, and the sentence in the request's language.
     */
    record Card(int year, long applications, long submitted, long approved, BigDecimal requestedYi,
            BigDecimal obtainedYi, String sentence) {
    }

    /** The card over the applications of {@code regionCode}'s subtree (null: the user's scope); null when none. */
    Card card(int year, String regionCode, CurrentUser user);
}
