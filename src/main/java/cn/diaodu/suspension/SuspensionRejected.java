package cn.diaodu.suspension;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The project office rejected the suspension. */
public record SuspensionRejected(SuspensionState before, SuspensionState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return SuspensionState.audit("SUSPENSION_REJECT", before, after, note);
    }
}
