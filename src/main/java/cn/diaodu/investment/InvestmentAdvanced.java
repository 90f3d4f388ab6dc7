package cn.diaodu.investment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A lead moved forward by one or more stages; {@code after.stage()} is where it is now. */
public record InvestmentAdvanced(InvestmentState before, InvestmentState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return InvestmentState.audit("INVESTMENT_ADVANCE", before, after, note);
    }
}
