package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A round's results from its inputs, as a pure function (CONTRACT §14): each indicator's rule scores every subject
 * from the values; total = Σ (score × weight) / Σ weight, exact, shown half-up to two decimals; subjects ranked by
 * the shown totals, highest first (1, 2, 2, 4); a vetoed subject's total is 0 and it ranks after every subject
 * without a veto (the vetoed share the rank after the last of those). Ties keep the subjects' order.
 */
public final class Evaluation {
    private Evaluation() {
    }

    /**
     * @param subjects   in the summary's order
     * @param indicators the round's indicators
     * @param values     per indicator code, per subject key: the value (null: none)
     * @param vetoes     per subject key, the veto's reason
     */
    public static List<ResultLine> evaluate(List<Subject> subjects, List<Indicator> indicators,
            Map<String, Map<String, BigDecimal>> values, Map<String, String> vetoes) {
        Map<String, Map<String, Rule.Scored>> scored = new HashMap<>();
        Map<String, Map<String, BigDecimal>> inputs = new HashMap<>();
        for (Indicator i : indicators) {
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            Map<String, BigDecimal> given = values.getOrDefault(i.code(), Map.of());
            subjects.forEach(s -> v.put(s.key(), given.get(s.key())));
            inputs.put(i.code(), v);
            scored.put(i.code(), i.scoring().score(v));
        }
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Map<String, List<ResultLine.ScoreLine>> lines = new HashMap<>();
        for (Subject s : subjects) {
            List<ResultLine.ScoreLine> ls = new ArrayList<>();
            List<Scoring.Weighted> parts = new ArrayList<>();
            for (Indicator i : indicators) {
                Rule.Scored sc = scored.get(i.code()).get(s.key());
                ls.add(ResultLine.ScoreLine.of(i.code(), inputs.get(i.code()).get(s.key()), sc));
                parts.add(new Scoring.Weighted(sc.score(), i.weight()));
            }
            lines.put(s.key(), ls);
            boolean vetoed = vetoes.containsKey(s.key());
            totals.put(s.key(), vetoed ? null : Scoring.shown(Scoring.total(parts)));
        }
        Map<String, Integer> ranks = Scoring.ranks(totals);
        int afterAll = (int) totals.values().stream().filter(t -> t != null).count() + 1;
        List<ResultLine> out = new ArrayList<>();
        for (Subject s : subjects) {
            boolean vetoed = vetoes.containsKey(s.key());
            out.add(new ResultLine(s.subject(), s.name(), lines.get(s.key()),
                    vetoed ? Scoring.shown(BigDecimal.ZERO) : totals.get(s.key()), vetoed,
                    vetoed ? afterAll : ranks.get(s.key()), vetoes.get(s.key()), s.key()));
        }
        out.sort(Comparator.comparingInt(ResultLine::rank));
        return out;
    }
}
