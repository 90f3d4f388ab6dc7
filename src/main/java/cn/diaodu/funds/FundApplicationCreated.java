package cn.diaodu.funds;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A fund application was entered (储备). */
public record FundApplicationCreated(FundState application) implements Audited {
    @Override
    public AuditRecord audit() {
        return FundState.audit("FUND_APPLICATION_CREATE", null, application);
    }
}
