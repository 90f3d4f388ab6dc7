package cn.diaodu.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A closed reporting period was opened again. */
public record PeriodReopened(String period, OffsetDateTime closedBefore) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("PERIOD_REOPEN", "PERIOD", period, period)
                .withChanges(List.of(new AuditRecord.Change("closedAt", AuditRecord.text(closedBefore), null)));
    }
}
