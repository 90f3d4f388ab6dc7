package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /api/investments/{id}/advance}: the stage to reach and its date; reaching SIGNED needs
 * {@code signedAmount} (and takes {@code agreement}: INTENT, FRAMEWORK, CONTRACT); reaching LANDED takes
 * {@code registration} (企业注册) and {@code site} (选址); {@code projectId} links an existing key project;
 * {@code version}, when given, must be the current one.
 */
public record AdvanceInput(String stage, LocalDate date, BigDecimal signedAmount, String agreement, String registration,
        String site, Long projectId, String note, Integer version) {
}
