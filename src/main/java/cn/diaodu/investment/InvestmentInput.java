package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/investments} (CONTRACT §12); {@code date} is the lead's date, today when absent. */
public record InvestmentInput(String name, String investor, String origin, String industry,
        BigDecimal plannedInvestment, String regionCode, Long responsibleUnitId, String negotiator,
        String informant, LocalDate date) {
}
