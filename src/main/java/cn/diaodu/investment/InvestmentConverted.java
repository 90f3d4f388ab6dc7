package cn.diaodu.investment;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The lead became, or was linked to, a key project of the ledger ({@code after.projectId()}). */
public record InvestmentConverted(InvestmentState before, InvestmentState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return InvestmentState.audit("INVESTMENT_PROJECT", before, after, note);
    }
}
