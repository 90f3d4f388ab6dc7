package cn.diaodu.reporting;

import java.time.OffsetDateTime;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/**
 * A unit was reminded of its missing reports (催报): {@code overdue} false before the deadline, true after it;
 * {@code manual} when the dispatcher pressed 一键催报 (audited as the signed-in user), else the reminder job's.
 */
public record UnitReminded(long unitId, String unitName, String period, boolean overdue, OffsetDateTime deadline,
        int projects, int missing, boolean manual) implements Audited {

    /** The reminder job's reminder. */
    public UnitReminded(long unitId, String unitName, String period, boolean overdue, OffsetDateTime deadline,
            int projects, int missing) {
        this(unitId, unitName, period, overdue, deadline, projects, missing, false);
    }

    @Override
    public AuditRecord audit() {
        String kind = manual ? "MANUAL" : overdue ? "OVERDUE" : "BEFORE";
        AuditRecord r = AuditRecord.of("REPORT_REMIND", "UNIT", unitId + "/" + period, unitName)
                .withNote(kind + ": " + missing + "/" + projects);
        return manual ? r : r.by("system");
    }
}
