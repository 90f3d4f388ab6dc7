package cn.diaodu.funds;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A fund application moved forward (具备申报条件, 已申报, 已下达 or 未获批). */
public record FundApplicationAdvanced(FundState before, FundState after) implements Audited {
    @Override
    public AuditRecord audit() {
        return FundState.audit("FUND_APPLICATION_ADVANCE", before, after);
    }
}
