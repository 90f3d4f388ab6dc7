package cn.diaodu.investment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A lead was given up (终止) with its reason. */
public record InvestmentLost(InvestmentState before, InvestmentState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return InvestmentState.audit("INVESTMENT_LOSE", before, after, note);
    }
}
