package cn.diaodu.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.diaodu.common.AuditRecord;

/** What the events of a fund application carry (simple fields, so that Jackson can store them in the registry). */
public record FundState(long id, String name, int year, Programme programme, BigDecimal totalInvestment,
        BigDecimal requested, BigDecimal obtained, long responsibleUnitId, Long projectId, FundStage stage,
        LocalDate reserveOn, LocalDate readyOn, LocalDate submittedOn, LocalDate approvedOn, LocalDate rejectedOn) {

    /** The audit entry of a write from {@code before} (null for the creation) to {@code after}. */
    static AuditRecord audit(String action, FundState before, FundState after) {
        List<AuditRecord.Change> changes = AuditRecord.changes(before, after, "id");
        return AuditRecord.of(action, "FUND_APPLICATION", after.id(), after.name()).withChanges(changes);
    }
}
