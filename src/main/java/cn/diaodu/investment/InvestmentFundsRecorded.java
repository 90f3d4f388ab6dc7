package cn.diaodu.investment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** Funds in place (资金到位) recorded for a signed lead. */
public record InvestmentFundsRecorded(InvestmentState before, InvestmentState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return InvestmentState.audit("INVESTMENT_FUNDS", before, after, note);
    }
}
