package cn.diaodu.analysis;

import java.math.BigDecimal;

import cn.diaodu.identity.CurrentUser;

/**
 * The extension point of the dashboard's card 招商引资 (docs/figures.md §12): the investment module implements it as a
 * bean, so that the analysis module does not depend on it. Without such a bean, or when the year has no lead in
 * scope, the dashboard shows no card.
 */
public interface InvestmentCard {

    /**
     * The card of year Y (CONTRACT §12): signed, their amount in 亿元 (two decimals), landed and the landing rate,
     * started and the start rate, funds in place in 亿元 and their rate.
     */
    record Card(int year, int signed, BigDecimal signedYi, int landed, BigDecimal landingRate, int started,
            BigDecimal startRate, BigDecimal fundsYi, BigDecimal fundsRate) {
    }

    /** The card over the leads of {@code regionCode}'s subtree (null: the user's scope) that the user reads; null when none. */
    Card card(int year, String regionCode, CurrentUser user);
}
