package cn.diaodu.funds;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The basic fields of a fund application were edited. */
public record FundApplicationUpdated(FundState before, FundState after) implements Audited {
    @Override
    public AuditRecord audit() {
        return FundState.audit("FUND_APPLICATION_UPDATE", before, after);
    }
}
