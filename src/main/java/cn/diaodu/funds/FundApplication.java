package cn.diaodu.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A fund application (向上争取资金项目) as the API shows it (CONTRACT §13): amounts in 万元, the current stage and its
 * date, and every stage reached with its date ({@code stages}, in order). {@code regionCode} is the region of the
 * linked project, else of the responsible unit: the region that scopes it (CONTRACT §3).
 */
public record FundApplication(long id, String name, int year, Programme programme, String programmeName,
        BigDecimal totalInvestment, BigDecimal requested, BigDecimal obtained, long responsibleUnitId,
        String responsibleUnitName, Long projectId, String projectName, String regionCode, FundStage stage,
        String stageName, LocalDate date, List<StageDate> stages, String createdBy, OffsetDateTime createdAt,
        String updatedBy, OffsetDateTime updatedAt, int version) {

    /** A stage reached and its date. */
    public record StageDate(FundStage stage, String name, LocalDate date) {
    }

    /** The date of a stage, or null when the application has not reached it. */
    public LocalDate dateOf(FundStage s) {
        return stages.stream().filter(d -> d.stage() == s).map(StageDate::date).findFirst().orElse(null);
    }

    /** What the events and the audit log carry. */
    FundState state() {
        return new FundState(id, name, year, programme, totalInvestment, requested, obtained, responsibleUnitId,
                projectId, stage, dateOf(FundStage.RESERVE), dateOf(FundStage.READY), dateOf(FundStage.SUBMITTED),
                dateOf(FundStage.APPROVED), dateOf(FundStage.REJECTED));
    }
}
