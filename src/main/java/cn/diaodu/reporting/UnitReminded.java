package cn.diaodu.reporting;

import java.time.OffsetDateTime;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/**
 * The reminder job reminded a unit of its missing reports (催报): {@code overdue} false before the deadline, true
 * on the day after it.
 */
public record UnitReminded(long unitId, String unitName, String period, boolean overdue, OffsetDateTime deadline,
        int projects, int missing) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("REPORT_REMIND", "UNIT", unitId + "/" + period, unitName)
                .withNote((overdue ? "OVERDUE" : "BEFORE") + ": " + missing + "/" + projects).by("system");
    }
}
