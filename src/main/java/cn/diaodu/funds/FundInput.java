package cn.diaodu.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /api/fund-applications} and {@code PUT /api/fund-applications/{id}}: the basic fields; {@code date} the
 * date of the reserve stage (today when absent); {@code version}, on an edit, the version read (409 when stale).
 */
public record FundInput(String name, Integer year, String programme, BigDecimal totalInvestment, BigDecimal requested,
        Long responsibleUnitId, Long projectId, LocalDate date, Integer version) {
    static final FundInput NONE = new FundInput(null, null, null, null, null, null, null, null, null);
}
