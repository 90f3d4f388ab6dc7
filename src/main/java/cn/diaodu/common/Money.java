package cn.diaodu.common;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 万元 are decimals with two places; 1 亿元 = 10 000 万元. */
public final class Money {
    public static final int SCALE = 2;

    private Money() {
    }

    public static BigDecimal of(BigDecimal v) {
        return v == null ? null : v.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** True when the value has more than two decimals that are not zero. */
    public static boolean tooPrecise(BigDecimal v) {
        return v.stripTrailingZeros().scale() > SCALE;
    }

    /** 万元 to 亿元 with the given decimals. */
    public static BigDecimal toYi(BigDecimal wan, int decimals) {
        return wan.divide(BigDecimal.valueOf(10_000), decimals, RoundingMode.HALF_UP);
    }
}
