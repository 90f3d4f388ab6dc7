package cn.diaodu.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages are shown in percent, rounded half-up to two decimals (64.29 means 64.29 %). */
public final class Percent {
    private Percent() {
    }

    public static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
