package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transition table of a lead (CONTRACT §12), every pair of stages. */
class InvestmentActionTest {

    @Test
    void advanceGoesForwardOnlyAndNeverFromLostOrOperating() {
        for (InvestmentStage from : InvestmentStage.values()) {
            for (InvestmentStage to : InvestmentStage.values()) {
                boolean expected = from != InvestmentStage.LOST && to != InvestmentStage.LOST
                        && to.ordinal() > from.ordinal();
                assertThat(InvestmentAction.mayAdvance(from, to)).as("%s → %s", from, to).isEqualTo(expected);
            }
        }
        assertThat(InvestmentStage.between(InvestmentStage.NEGOTIATING, InvestmentStage.STARTED))
                .containsExactly(InvestmentStage.SIGNED, InvestmentStage.LANDED, InvestmentStage.STARTED);
    }

    @Test
    void loseFundsAndConvert() {
        for (InvestmentStage s : InvestmentStage.values()) {
            assertThat(InvestmentAction.LOSE.allows(s)).as("lose from %s", s)
                    .isEqualTo(s != InvestmentStage.OPERATING && s != InvestmentStage.LOST);
            boolean signed = s.atLeast(InvestmentStage.SIGNED);
            assertThat(InvestmentAction.FUNDS.allows(s)).as("funds at %s", s).isEqualTo(signed);
            assertThat(InvestmentAction.CONVERT.allows(s)).as("convert at %s", s).isEqualTo(signed);
            assertThat(InvestmentAction.NOTE.allows(s)).isTrue();
        }
        assertThat(InvestmentAction.LOSE.to(InvestmentStage.SIGNED, null)).isEqualTo(InvestmentStage.LOST);
        assertThat(InvestmentAction.ADVANCE.whereFrom()).isEqualTo(
                "stage in ('LANDED','LEAD','NEGOTIATING','SIGNED','STARTED')");
    }

    @Test
    void ratesRoundOnceAndZeroOverZero() {
        assertThat(InvestmentFigures.rate(java.math.BigDecimal.valueOf(2), java.math.BigDecimal.valueOf(3)))
                .isEqualByComparingTo("66.67");
        assertThat(InvestmentFigures.rate(java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO)).isEqualByComparingTo("0.00");
        var ranked = InvestmentFigures.rank(java.util.List.of("a", "b", "c", "d"), x -> switch (x) {
            case "a" -> new java.math.BigDecimal("50.00");
            case "b", "c" -> new java.math.BigDecimal("40.00");
            default -> new java.math.BigDecimal("10.00");
        });
        assertThat(ranked.stream().map(java.util.Map.Entry::getValue).toList()).containsExactly(1, 2, 2, 4);
    }
}
