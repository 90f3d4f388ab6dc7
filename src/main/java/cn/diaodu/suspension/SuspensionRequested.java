package cn.diaodu.suspension;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A suspension of the project was asked for (停缓建申请). */
public record SuspensionRequested(SuspensionState suspension) implements Audited {

    @Override
    public AuditRecord audit() {
        return SuspensionState.audit("SUSPENSION_REQUEST", null, suspension, null);
    }
}
