package cn.diaodu.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The figures of docs/figures.md §13 as pure functions, on the funds pipeline of the seeds' speech: 172 submitted for
 * 156亿元 requesting 34.14亿元, 33 ready for 78.33亿元 requesting 19.03亿元, 76 in preparatory work; the sentence
 * states exactly these numbers (all = 172 + 33 + 76 = 281, total 580亿元).
 */
class FundFiguresTest {
    private static long seq = 1;

    private static List<FundApplication> many(int n, FundStage stage, String each, String last, String reqEach,
            String reqLast) {
        List<FundApplication> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean end = i == n - 1;
            out.add(app(stage, end ? last : each, end ? reqLast : reqEach, null));
        }
        return out;
    }

    private static FundApplication app(FundStage stage, String total, String requested, String obtained) {
        return new FundApplication(seq++, "p", 2024, Programme.CENTRAL_BUDGET, "中央预算内投资", new BigDecimal(total),
                new BigDecimal(requested), obtained == null ? null : new BigDecimal(obtained), 1, "u", null, null,
                "370100", stage, stage.label(), LocalDate.of(2024, 1, 1), List.of(), "x", null, null, null, 0);
    }

    @Test
    void theSeedsPipeline() {
        List<FundApplication> as = new ArrayList<>();
        as.addAll(many(171, FundStage.SUBMITTED, "9000", "9000", "1900", "1900"));
        as.add(app(FundStage.SUBMITTED, "21000", "16500", null));
        as.addAll(many(33, FundStage.READY, "20000", "143300", "5000", "30300"));
        as.addAll(many(76, FundStage.RESERVE, "40000", "456700", "0", "0"));
        FundFigures.Summary s = FundFigures.summary(as);
        assertThat(s.submitted().count()).isEqualTo(172);
        assertThat(s.ready().count()).isEqualTo(33);
        assertThat(s.reserve().count()).isEqualTo(76);
        assertThat(FundFacts.sentence(s, Locale.SIMPLIFIED_CHINESE)).isEqualTo("筛选梳理拟争取政策项目281个，总投资580.00亿元；"
                + "已上报172项，总投资156.00亿元，申请资金34.14亿元；已下达0项，争取资金0.00亿元；储备具备上报条件的项目33项，"
                + "总投资78.33亿元，申请资金19.03亿元；正在开展前期工作的项目76项。");
    }

    @Test
    void submittedCountsEveryApplicationThatReachedSubmittedAndObtainedOnlyTheGranted() {
        List<FundApplication> as = List.of(app(FundStage.SUBMITTED, "100", "10", null),
                app(FundStage.APPROVED, "200", "20", "15.5"), app(FundStage.REJECTED, "300", "30", null),
                app(FundStage.READY, "400", "40", null));
        FundFigures.Summary s = FundFigures.summary(as);
        assertThat(s.submitted().count()).isEqualTo(3);
        assertThat(s.submitted().requested()).isEqualByComparingTo("60");
        assertThat(s.approved().obtained()).isEqualByComparingTo("15.50");
        assertThat(FundFigures.byStage(as)).extracting(FundFigures.StageRow::count).containsExactly(0L, 1L, 1L, 1L,
                1L);
        assertThat(FundFigures.byStage(List.of())).hasSize(5)
                .allSatisfy(r -> assertThat(r.totalInvestment()).isEqualByComparingTo("0"));
    }
}
