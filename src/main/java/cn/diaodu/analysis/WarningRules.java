package cn.diaodu.analysis;

import java.math.BigDecimal;

/**
 * The thresholds of the warnings (CONTRACT §6): RED at a gap at or below {@code redGap} or when not started more than
 * {@code redLateStartDays} after the planned start; YELLOW at a gap at or below {@code yellowGap}. Configurable; the
 * contract's values are the defaults.
 */
public record WarningRules(BigDecimal redGap, BigDecimal yellowGap, int redLateStartDays) {
    public static final WarningRules DEFAULT = new WarningRules(BigDecimal.valueOf(-20), BigDecimal.valueOf(-10), 30);
}
