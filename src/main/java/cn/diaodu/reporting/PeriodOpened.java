package cn.diaodu.reporting;

import java.time.OffsetDateTime;
import java.util.List;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A reporting period was opened with its opening and deadline. */
public record PeriodOpened(String period, OffsetDateTime opensAt, OffsetDateTime deadline) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("PERIOD_OPEN", "PERIOD", period, period).withChanges(List.of(
                new AuditRecord.Change("opensAt", null, AuditRecord.text(opensAt)),
                new AuditRecord.Change("deadline", null, AuditRecord.text(deadline))));
    }
}
