package cn.diaodu.investment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A note was added to the lead's timeline. */
public record InvestmentNoted(InvestmentState before, InvestmentState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return InvestmentState.audit("INVESTMENT_NOTE", before, after, note);
    }
}
