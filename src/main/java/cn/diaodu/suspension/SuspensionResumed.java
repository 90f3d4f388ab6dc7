package cn.diaodu.suspension;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** The project resumed work (复工) on the date given. */
public record SuspensionResumed(SuspensionState before, SuspensionState after, String note) implements Audited {

    @Override
    public AuditRecord audit() {
        return SuspensionState.audit("SUSPENSION_RESUME", before, after, note);
    }
}
