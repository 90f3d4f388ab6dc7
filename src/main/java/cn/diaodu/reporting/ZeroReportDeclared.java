package cn.diaodu.reporting;

import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A unit declared a zero report (零报告) for a month: its projects without a report got one of 0. */
public record ZeroReportDeclared(long unitId, String unitName, String period, List<Long> projectIds)
        implements Audited {

    public ZeroReportDeclared {
        projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
    }

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("REPORT_ZERO", "UNIT", unitId + "/" + period, unitName)
                .withChanges(List.of(new AuditRecord.Change("projectIds", null, AuditRecord.text(projectIds))));
    }
}
