package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import cn.diaodu.project.Project;

/** docs/figures.md §0: a running month is judged at asOf — started, late starts and 已逾N天 — never at its end. */
class FiguresCutoffTest {
    private static final LocalDate DEC_2 = LocalDate.of(2024, 12, 2);
    private static final java.util.List<java.math.BigDecimal> NOTHING_DUE =
            java.util.Collections.nCopies(12, java.math.BigDecimal.ZERO);

    private static Project notStarted(LocalDate plannedStart) {
        // a monthly plan of nothing due: no gap, so only the start rule speaks
        return FiguresTest.project("1200", plannedStart, null, NOTHING_DUE);
    }

    @Test
    void aPlannedStartLaterInTheRunningMonthIsNotLate() {
        ProjectFigures f = Figures.project(notStarted(LocalDate.of(2024, 12, 20)), null, 12, WarningRules.DEFAULT,
                DEC_2);
        assertThat(f.reasons()).noneMatch(r -> r.contains("开工"));
        ProjectFigures atEnd = Figures.project(notStarted(LocalDate.of(2024, 12, 20)), null, 12, WarningRules.DEFAULT);
        assertThat(atEnd.reasons()).anySatisfy(r -> assertThat(r).contains("至月末仍未开工（已逾11天）"));
    }

    @Test
    void aPlannedStartOnTheDayIsDueButNotOverdueAndTheWordsDoNotSayMonthEnd() {
        ProjectFigures f = Figures.project(notStarted(DEC_2), null, 12, WarningRules.DEFAULT, DEC_2);
        assertThat(f.warning()).isEqualTo(Warning.YELLOW);
        assertThat(f.reasons()).singleElement().satisfies(r -> {
            assertThat(r).startsWith("计划2024-12-02开工").doesNotContain("至月末").doesNotContain("已逾");
        });
    }

    @Test
    void daysOverdueCountToAsOfAndTheRedRuleToo() {
        Project p = notStarted(LocalDate.of(2024, 11, 1));
        ProjectFigures f = Figures.project(p, null, 12, WarningRules.DEFAULT, DEC_2);
        assertThat(f.reasons()).anySatisfy(r -> assertThat(r).contains("（已逾31天）").contains("截至2024-12-02"));
        assertThat(f.warning()).isEqualTo(Warning.RED);
        ProjectFigures earlier = Figures.project(p, null, 12, WarningRules.DEFAULT, LocalDate.of(2024, 12, 1));
        assertThat(earlier.warning()).isEqualTo(Warning.YELLOW);
        assertThat(earlier.reasons()).anySatisfy(r -> assertThat(r).contains("（已逾30天）"));
    }

    @Test
    void anActualStartAfterAsOfIsNotYetStarted() {
        Project p = FiguresTest.project("1200", LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 10), NOTHING_DUE);
        assertThat(Figures.project(p, null, 12, WarningRules.DEFAULT, DEC_2).started()).isFalse();
        assertThat(Figures.project(p, null, 12, WarningRules.DEFAULT).started()).isTrue();
    }

    @Test
    void anEndedMonthKeepsTheContractWordsAndEnglishHasItsOwn() {
        ProjectFigures f = Figures.project(notStarted(LocalDate.of(2024, 6, 10)), null, 6, WarningRules.DEFAULT);
        assertThat(f.reasons()).containsExactly("计划2024-06-10开工，至月末仍未开工（已逾20天）");
        assertThat(f.reasonsIn(Locale.ENGLISH)).singleElement().satisfies(r -> assertThat(r)
                .contains("2024-06-10").contains("20").doesNotContainPattern("\\p{IsHan}"));
        assertThat(f.reasonsIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo(f.reasons());
    }
}
