package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A lead of the attraction pipeline (招商项目) as the API shows it. Amounts in 万元; {@code date} is the lead's date
 * (the LEAD stage's), {@code stageDate} the current stage's, {@code stages} the date of every stage reached;
 * {@code fundsInPlace} the sum of the funds recorded (资金到位). {@code funds} and {@code timeline} only on the
 * detail ({@code GET /api/investments/{id}}).
 */
public record Investment(long id, String name, String investor, InvestmentOrigin origin, String industry,
        BigDecimal plannedInvestment, String regionCode, String regionName, long responsibleUnitId,
        String responsibleUnitName, String negotiator, String informant, LocalDate date, InvestmentStage stage,
        LocalDate stageDate, Map<InvestmentStage, LocalDate> stages, Agreement agreement, BigDecimal signedAmount,
        LocalDate signedDate, String registration, String site, String lostReason, Long projectId,
        BigDecimal fundsInPlace, String createdBy, int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Funds> funds,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<TimelineEntry> timeline) {

    /** One amount of funds in place. */
    public record Funds(long id, LocalDate date, BigDecimal amount, String recordedBy) {
    }

    /**
     * One entry of the timeline: {@code kind} CREATED, ADVANCED (to {@code stage}), LOST, FUNDS ({@code amount}),
     * NOTE, PROJECT (linked to a key project, {@code amount} null); newest first.
     */
    public record TimelineEntry(long id, String kind, LocalDate date, InvestmentStage stage, BigDecimal amount,
            String note, String by, java.time.OffsetDateTime at) {
    }

    /** The total investment a key project made of this lead carries: the signed amount, else the planned one. */
    public BigDecimal totalForProject() {
        return signedAmount != null ? signedAmount : plannedInvestment;
    }

    /** The same lead with its funds and timeline (the detail). */
    Investment withDetail(List<Funds> f, List<TimelineEntry> t) {
        return new Investment(id, name, investor, origin, industry, plannedInvestment, regionCode, regionName,
                responsibleUnitId, responsibleUnitName, negotiator, informant, date, stage, stageDate, stages,
                agreement, signedAmount, signedDate, registration, site, lostReason, projectId, fundsInPlace,
                createdBy, version, f, t);
    }

    /** What the events and the audit log carry. */
    InvestmentState state() {
        return new InvestmentState(id, name, investor, origin, industry, plannedInvestment, regionCode,
                responsibleUnitId, negotiator, informant, date, stage, stageDate, agreement, signedAmount,
                registration, site, lostReason, projectId, fundsInPlace);
    }
}
