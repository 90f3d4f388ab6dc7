package cn.diaodu.suspension;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The project office approved the suspension: the project is suspended from its date. */
public record SuspensionApproved(SuspensionState before, SuspensionState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return SuspensionState.audit("SUSPENSION_APPROVE", before, after, note);
    }
}
