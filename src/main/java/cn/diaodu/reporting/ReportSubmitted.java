package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/**
 * A monthly report was submitted, or submitted again after a return or a change ({@code statusBefore} is null for
 * the first submission). Published in the writer's transaction.
 */
public record ReportSubmitted(long projectId, String projectName, long unitId, String period,
        ReportStatus statusBefore, BigDecimal investmentBefore, BigDecimal investment, boolean late) implements Audited {

    @Override
    public AuditRecord audit() {
        List<AuditRecord.Change> changes = new ArrayList<>();
        if (statusBefore != ReportStatus.SUBMITTED) {
            changes.add(new AuditRecord.Change("status", AuditRecord.text(statusBefore), ReportStatus.SUBMITTED.name()));
        }
        if (investmentBefore == null || investmentBefore.compareTo(investment) != 0) {
            changes.add(new AuditRecord.Change("investment", AuditRecord.text(investmentBefore),
                    AuditRecord.text(investment)));
        }
        return AuditRecord.of("REPORT_SUBMIT", "REPORT", projectId + "/" + period, projectName).withChanges(changes)
                .withNote(late ? "late" : null);
    }

    /** Whether the report existed before (a resubmission). */
    public boolean resubmitted() {
        return Objects.nonNull(statusBefore);
    }
}
