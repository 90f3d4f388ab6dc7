package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.diaodu.common.AuditRecord;

/** What the events of a lead carry (simple fields, so that Jackson can store them in the registry). */
public record InvestmentState(long id, String name, String investor, InvestmentOrigin origin, String industry,
        BigDecimal plannedInvestment, String regionCode, long responsibleUnitId, String negotiator,
        String informant, LocalDate date, InvestmentStage stage, LocalDate stageDate, Agreement agreement,
        BigDecimal signedAmount, String registration, String site, String lostReason, Long projectId,
        BigDecimal fundsInPlace) {

    /** The audit entry of a step from {@code before} (null for the creation) to {@code after}. */
    static AuditRecord audit(String action, InvestmentState before, InvestmentState after, String note) {
        List<AuditRecord.Change> changes = AuditRecord.changes(before, after, "id");
        return AuditRecord.of(action, "INVESTMENT", after.id(), after.name()).withChanges(changes).withNote(note);
    }
}
