package cn.diaodu.reporting;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** An approved report was unlocked with a reason, so that it can be changed again: APPROVED → SUBMITTED. */
public record ReportUnlocked(long projectId, String projectName, long unitId, String period, String reason)
        implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("REPORT_UNLOCK", "REPORT", projectId + "/" + period, projectName)
                .withChanges(List.of(new AuditRecord.Change("status", "APPROVED", "SUBMITTED"))).withNote(reason);
    }
}
