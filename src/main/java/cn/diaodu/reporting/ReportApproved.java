package cn.diaodu.reporting;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A submitted report was approved and is locked: SUBMITTED → APPROVED. */
public record ReportApproved(long projectId, String projectName, long unitId, String period) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("REPORT_APPROVE", "REPORT", projectId + "/" + period, projectName)
                .withChanges(List.of(new AuditRecord.Change("status", "SUBMITTED", "APPROVED")));
    }
}
