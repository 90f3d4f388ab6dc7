package cn.diaodu.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A reporting period was closed: no report of the month is accepted any more. */
public record PeriodClosed(String period, OffsetDateTime closedAt) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("PERIOD_CLOSE", "PERIOD", period, period)
                .withChanges(List.of(new AuditRecord.Change("closedAt", null, AuditRecord.text(closedAt))));
    }
}
