package cn.diaodu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.diaodu.common.FieldError;

/** The rules of CONTRACT §14 on hand-computed rounds: ranks with ties, RANK, TARGET, MANUAL, totals, vetoes. */
class ScoringTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static Map<String, BigDecimal> values(Object... kv) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1] == null ? null : d((String) kv[i + 1]));
        }
        return m;
    }

    private static Rule rule(String json) throws Exception {
        List<FieldError> errors = new ArrayList<>();
        Rule r = RuleKinds.builtIn().read(JSON.readTree(json), "rule", errors);
        assertThat(errors).isEmpty();
        return r;
    }

    @Test
    void ranksShareTiesAndSkip() {
        Map<String, Integer> r = Scoring.ranks(values("a", "80", "b", "90", "c", "80", "d", "70", "e", null));
        assertThat(r).containsEntry("b", 1).containsEntry("a", 2).containsEntry("c", 2).containsEntry("d", 4);
        assertThat(r.get("e")).isNull();
        // 80.0 and 80.00 are equal values
        assertThat(Scoring.ranks(values("a", "80.0", "b", "80.00"))).containsEntry("a", 1).containsEntry("b", 1);
    }

    @Test
    void rankRuleScoresFirstMinusStepsNeverBelowZero() throws Exception {
        Map<String, Rule.Scored> s = rule("{\"type\":\"RANK\",\"first\":100,\"step\":5}")
                .score(values("a", "64.39", "b", "70.10", "c", "70.10", "d", "12.00", "e", null));
        assertThat(s.get("b").score()).isEqualByComparingTo("100");
        assertThat(s.get("c").score()).isEqualByComparingTo("100");
        assertThat(s.get("a").score()).isEqualByComparingTo("90");
        assertThat(s.get("a").rank()).isEqualTo(3);
        assertThat(s.get("d").score()).isEqualByComparingTo("85");
        assertThat(s.get("e").score()).isEqualByComparingTo("0");
        assertThat(s.get("e").rank()).isNull();
        assertThat(Scoring.rankScore(d("100"), d("40"), 4)).isEqualByComparingTo("0");
    }

    @Test
    void targetRuleCapsAtHundredAndFloorsAtZero() throws Exception {
        Map<String, Rule.Scored> s = rule("{\"type\":\"TARGET\",\"target\":80}")
                .score(values("a", "64.39", "b", "95.00", "c", "-3.50", "d", null));
        assertThat(s.get("a").score()).isEqualByComparingTo("80.4875");
        assertThat(Scoring.shown(s.get("a").score())).isEqualByComparingTo("80.49");
        assertThat(s.get("b").score()).isEqualByComparingTo("100");
        assertThat(s.get("c").score()).isEqualByComparingTo("0");
        assertThat(s.get("d").score()).isEqualByComparingTo("0");
        // a third is kept to 34 digits, shown half-up
        assertThat(Scoring.shown(Scoring.targetScore(d("10"), d("30")))).isEqualByComparingTo("33.33");
    }

    @Test
    void manualMeanDropsHighestAndLowestFromFiveOn() {
        assertThat(Scoring.manualMean(List.of())).isNull();
        assertThat(Scoring.manualMean(List.of(d("80"), d("90")))).isEqualByComparingTo("85");
        assertThat(Scoring.manualMean(List.of(d("100"), d("60"), d("70"), d("80")))).isEqualByComparingTo("77.5");
        // five: 60 and 100 dropped
        assertThat(Scoring.manualMean(List.of(d("100"), d("60"), d("70"), d("80"), d("90"))))
                .isEqualByComparingTo("80");
        // six with a repeated lowest: one 70 and the 99 dropped → (70+80+90+95)/4
        assertThat(Scoring.manualMean(List.of(d("70"), d("70"), d("80"), d("90"), d("95"), d("99"))))
                .isEqualByComparingTo("83.75");
        assertThat(Scoring.shown(Scoring.manualMean(List.of(d("80"), d("85"), d("86"))))).isEqualByComparingTo("83.67");
    }

    private static List<Subject> subjects(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> Subject.of(k, "县" + k)).toList();
    }

    /**
     * Four subjects, three indicators (hand-computed): CR RANK 100/10 weight 40, ST TARGET 80 weight 30, MAN MANUAL
     * weight 30. CR: B 70, C 70, A 64.39, D 50 → ranks 1, 1, 3, 4 → 100, 100, 80, 70. ST: A 60 → 75, B 100 → 100,
     * C 40 → 50, D none → 0. MAN: A (90, 80, 70) → 80, B (60) → 60, C none → 0, D (100 ×4, 0) → 100.
     * Totals: A 78.50, B 88.00, C 55.00, D 58.00.
     */
    private static List<ResultLine> round(Map<String, String> vetoes) throws Exception {
        List<Indicator> ind = List.of(
                new Indicator("CR", "完成率", d("40"), "COMPLETION_RATE", rule("{\"type\":\"RANK\",\"first\":100,\"step\":10}")),
                new Indicator("ST", "开工率", d("30"), "START_RATE", rule("{\"type\":\"TARGET\",\"target\":80}")),
                new Indicator("MAN", "观摩", d("30"), "MANUAL", rule("{\"type\":\"MANUAL\"}")));
        Map<String, Map<String, BigDecimal>> v = new HashMap<>();
        v.put("CR", values("A", "64.39", "B", "70.00", "C", "70.00", "D", "50.00"));
        v.put("ST", values("A", "60.00", "B", "100.00", "C", "40.00"));
        Map<String, BigDecimal> man = new HashMap<>();
        man.put("A", Scoring.manualMean(List.of(d("90"), d("80"), d("70"))));
        man.put("B", Scoring.manualMean(List.of(d("60"))));
        man.put("D", Scoring.manualMean(List.of(d("100"), d("100"), d("100"), d("100"), d("0"))));
        v.put("MAN", man);
        return Evaluation.evaluate(subjects("A", "B", "C", "D"), ind, v, vetoes);
    }

    @Test
    void aHandComputedRound() throws Exception {
        List<ResultLine> r = round(Map.of());
        assertThat(r).extracting(ResultLine::key).containsExactly("B", "A", "D", "C");
        assertThat(r).extracting(ResultLine::rank).containsExactly(1, 2, 3, 4);
        assertThat(r).extracting(l -> l.total().toPlainString()).containsExactly("88.00", "78.50", "58.00", "55.00");
        ResultLine a = r.get(1);
        assertThat(a.scores()).extracting(s -> s.score().toPlainString()).containsExactly("80.00", "75.00", "80.00");
        assertThat(a.scores().get(0).rank()).isEqualTo(3);
        ResultLine d = r.get(2);
        assertThat(d.scores().get(1).value()).isNull();
        assertThat(d.scores().get(1).score()).isEqualByComparingTo("0");
    }

    @Test
    void aVetoedSubjectScoresZeroAndRanksAfterEveryOther() throws Exception {
        List<ResultLine> r = round(Map.of("B", "招商引资未达标"));
        assertThat(r).extracting(ResultLine::key).containsExactly("A", "D", "C", "B");
        assertThat(r).extracting(ResultLine::rank).containsExactly(1, 2, 3, 4);
        ResultLine b = r.get(3);
        assertThat(b.vetoed()).isTrue();
        assertThat(b.total().toPlainString()).isEqualTo("0.00");
        assertThat(b.vetoReason()).isEqualTo("招商引资未达标");
        // its indicator scores stay visible
        assertThat(b.scores().get(0).score()).isEqualByComparingTo("100");
        // two vetoed share the rank after the others, even against a subject whose total is 0
        List<ResultLine> two = round(Map.of("B", "x", "A", "y"));
        assertThat(two).extracting(ResultLine::key).containsExactly("D", "C", "A", "B");
        assertThat(two).extracting(ResultLine::rank).containsExactly(1, 2, 3, 3);
    }

    @Test
    void ranksUseTheRoundedTotals() throws Exception {
        List<Indicator> ind = List.of(new Indicator("MAN", "观摩", d("1"), "MANUAL", rule("{\"type\":\"MANUAL\"}")));
        Map<String, BigDecimal> man = new HashMap<>();
        man.put("W", d("80"));
        man.put("X", Scoring.manualMean(List.of(d("78.50"), d("78.51")))); // 78.505 → 78.51 half-up
        man.put("Y", d("78.51"));
        man.put("Z", d("70"));
        List<ResultLine> r = Evaluation.evaluate(subjects("X", "Y", "Z", "W"), ind, Map.of("MAN", man), Map.of());
        assertThat(r).extracting(ResultLine::key).containsExactly("W", "X", "Y", "Z");
        assertThat(r).extracting(ResultLine::rank).containsExactly(1, 2, 2, 4);
        assertThat(r.get(1).total().toPlainString()).isEqualTo("78.51");
    }

    @Test
    void totalsAreExactThenRounded() {
        // (100 × 1 + 0 × 2) / 3 = 33.333… → 33.33; (2/3 × 100) → 66.67
        assertThat(Scoring.shown(Scoring.total(List.of(new Scoring.Weighted(d("100"), d("1")),
                new Scoring.Weighted(d("0"), d("2")))))).isEqualByComparingTo("33.33");
        assertThat(Scoring.shown(Scoring.total(List.of(new Scoring.Weighted(d("100"), d("2")),
                new Scoring.Weighted(d("0"), d("1")))))).isEqualByComparingTo("66.67");
        // weights as fractions: 90 × 0.3 + 80 × 0.7 = 83
        assertThat(Scoring.total(List.of(new Scoring.Weighted(d("90"), d("0.3")),
                new Scoring.Weighted(d("80"), d("0.7"))))).isEqualByComparingTo("83");
        // half-up at the third decimal: 12.345 → 12.35
        assertThat(Scoring.shown(d("12.345")).toPlainString()).isEqualTo("12.35");
    }

    @Test
    void rulesAreReadAndRefusedAsData() throws Exception {
        RuleKinds kinds = RuleKinds.builtIn();
        assertThat(kinds.types()).containsExactly("RANK", "TARGET", "MANUAL");
        for (String bad : List.of("{\"type\":\"BONUS\"}", "{\"first\":100}", "\"RANK\"",
                "{\"type\":\"RANK\",\"first\":100}", "{\"type\":\"RANK\",\"first\":120,\"step\":5}",
                "{\"type\":\"RANK\",\"first\":100,\"step\":\"5\"}", "{\"type\":\"TARGET\",\"target\":0}",
                "{\"type\":\"TARGET\",\"target\":-5}")) {
            List<FieldError> errors = new ArrayList<>();
            assertThat(kinds.read(JSON.readTree(bad), "indicators[0].rule", errors)).as(bad).isNull();
            assertThat(errors).as(bad).extracting(FieldError::field).containsExactly("indicators[0].rule");
        }
        Rule r = rule("{\"type\":\"RANK\",\"first\":100,\"step\":2.5}");
        assertThat(kinds.parse(RuleKinds.text(r))).isEqualTo(r);
    }
}
