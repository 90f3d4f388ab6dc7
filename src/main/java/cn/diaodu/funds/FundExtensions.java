package cn.diaodu.funds;

import java.util.Locale;

import org.springframework.stereotype.Component;

import cn.diaodu.analysis.FundsCard;
import cn.diaodu.bulletin.FundsOverview;
import cn.diaodu.common.Money;
import cn.diaodu.identity.CurrentUser;

/** Fills the extension points of the bulletin's section and of the dashboard's card from {@link FundFacts}. */
@Component
class FundExtensions implements FundsOverview, FundsCard {
    private final FundFacts facts;

    FundExtensions(FundFacts facts) {
        this.facts = facts;
    }

    @Override
    public String sentence(int year, String regionCode, CurrentUser user) {
        if (!FundAccess.readsAny(user)) {
            return null;
        }
        FundFacts.Report r = facts.of(year, regionCode, user, Locale.SIMPLIFIED_CHINESE);
        return r.summary().all().count() == 0 ? null : r.sentence();
    }

    @Override
    public Card card(int year, String regionCode, CurrentUser user) {
        if (!FundAccess.readsAny(user)) {
            return null;
        }
        FundFacts.Report r = facts.of(year, regionCode, user);
        FundFigures.Summary s = r.summary();
        if (s.all().count() == 0) {
            return null;
        }
        return new Card(year, s.all().count(), s.submitted().count(), s.approved().count(),
                Money.toYi(s.submitted().requested(), 2), Money.toYi(s.approved().obtained(), 2), r.sentence());
    }
}
