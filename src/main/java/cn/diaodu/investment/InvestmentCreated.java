package cn.diaodu.investment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A lead entered the pipeline (线索录入). */
public record InvestmentCreated(InvestmentState before, InvestmentState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return InvestmentState.audit("INVESTMENT_CREATE", before, after, note);
    }
}
