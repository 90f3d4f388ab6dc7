package cn.diaodu.reporting;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A submitted report was returned to its unit with a reason: SUBMITTED → RETURNED. */
public record ReportReturned(long projectId, String projectName, long unitId, String period, String reason)
        implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("REPORT_RETURN", "REPORT", projectId + "/" + period, projectName)
                .withChanges(List.of(new AuditRecord.Change("status", "SUBMITTED", "RETURNED"))).withNote(reason);
    }
}
