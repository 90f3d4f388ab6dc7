package cn.diaodu.assessment.economy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Growth, completion of target and the gap in points, hand-computed. */
class EconomicFiguresTest {
    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void growthCompletionAndGap() {
        // 1 234.56 against 1 150.00 last year and a target of 1 280.00
        assertThat(EconomicFigures.growth(d("1234.56"), d("1150.00"))).isEqualByComparingTo("7.35");
        assertThat(EconomicFigures.completion(d("1234.56"), d("1280.00"))).isEqualByComparingTo("96.45");
        // (1234.56 − 1280) / 1150 × 100 = −3.9513… → −3.95: 低于目标值3.95个百分点
        assertThat(EconomicFigures.gap(d("1234.56"), d("1280.00"), d("1150.00"))).isEqualByComparingTo("-3.95");
        // the gap comes from unrounded values: growth 7.3530… − target growth 11.3043… = −3.9513…
        assertThat(EconomicFigures.growth(d("90"), d("100"))).isEqualByComparingTo("-10.00");
        assertThat(EconomicFigures.growth(d("90"), null)).isNull();
        assertThat(EconomicFigures.growth(d("90"), d("0"))).isNull();
        assertThat(EconomicFigures.completion(d("90"), null)).isNull();
        assertThat(EconomicFigures.gap(d("90"), null, d("100"))).isNull();
    }
}
