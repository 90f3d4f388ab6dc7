package cn.diaodu.investment;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.analysis.InvestmentCard;
import cn.diaodu.bulletin.InvestmentOverview;
import cn.diaodu.common.Messages;
import cn.diaodu.common.Money;
import cn.diaodu.identity.CurrentUser;

/**
 * The attraction figures (§12) where the dashboard and the bulletin show them, through their extension points
 * {@link InvestmentCard} and {@link InvestmentOverview}: the year's totals over the leads the user reads in the region.
 */
@Component
class InvestmentExtensions implements InvestmentCard, InvestmentOverview {
    private final InvestmentFacts facts;

    InvestmentExtensions(InvestmentFacts facts) {
        this.facts = facts;
    }

    @Override
    public Card card(int year, String regionCode, CurrentUser user) {
        if (!InvestmentAccess.readsRegion(user)) {
            return null;
        }
        InvestmentFigures.Figures t = facts.analysis(year, InvestmentFacts.GroupBy.UNIT, regionCode, user).total();
        if (t.signed() == 0) {
            return null;
        }
        return new Card(year, t.signed(), Money.toYi(t.signedAmount(), 2), t.landed(), t.landingRate(), t.started(),
                t.startRate(), Money.toYi(t.fundsInPlace(), 2), t.fundsRate());
    }

    @Override
    public String sentence(int year, String regionCode, CurrentUser user) {
        Card c = card(year, regionCode, user);
        if (c == null) {
            return null;
        }
        return Messages.text("investment.bulletin.sentence", List.of(String.valueOf(c.signed()),
                c.signedYi().toPlainString(), String.valueOf(c.landed()), c.landingRate().toPlainString(),
                String.valueOf(c.started()), c.startRate().toPlainString(), c.fundsYi().toPlainString(),
                c.fundsRate().toPlainString()), java.util.Locale.CHINESE);
    }
}
