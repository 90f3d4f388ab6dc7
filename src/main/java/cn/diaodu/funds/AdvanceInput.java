package cn.diaodu.funds;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/fund-applications/{id}/advance}: the stage to reach, its date, the funds granted for APPROVED. */
public record AdvanceInput(String stage, LocalDate date, BigDecimal obtained, Integer version) {
    static final AdvanceInput NONE = new AdvanceInput(null, null, null, null);
}
