package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.common.Messages;

/**
 * What the pages and the documents show of a round's results: each line explained indicator by indicator ("完成率
 * 64.39%，排第6名，得分90分 × 权重30%"), and for a half-year round whether the subject meets 时间过半、任务过半
 * (completion rate ≥ 50 %: the value of a COMPLETION_RATE indicator, else the summary's figure).
 */
@Component
public class AssessmentViews {
    static final Set<String> PERCENT = Set.of("COMPLETION_RATE", "START_RATE", "REPORTS_ON_TIME", "PROBLEMS_ON_TIME",
            "INVESTMENT_LANDING");
    static final BigDecimal HALF = BigDecimal.valueOf(50);

    private final AssessmentService rounds;

    AssessmentViews(AssessmentService rounds) {
        this.rounds = rounds;
    }

    /** A result line with its explanation; {@code halfway} null unless the round is a half-year round. */
    public record Line(ResultLine result, List<String> explained, BigDecimal completion, Boolean halfway) {
    }

    public List<Line> lines(Assessment a, Results r) {
        BigDecimal sum = a.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> completion = completion(a, r);
        List<Line> out = new ArrayList<>();
        for (ResultLine l : r.results()) {
            List<String> ex = new ArrayList<>();
            for (int i = 0; i < a.indicators().size() && i < l.scores().size(); i++) {
                ex.add(explain(a.indicators().get(i), l.scores().get(i), sum));
            }
            BigDecimal c = completion.get(l.key());
            out.add(new Line(l, ex, c, a.halfYear() ? (Boolean) (c != null && c.compareTo(HALF) >= 0) : null));
        }
        return out;
    }

    private Map<String, BigDecimal> completion(Assessment a, Results r) {
        Map<String, BigDecimal> out = new HashMap<>();
        if (!a.halfYear()) {
            return out;
        }
        int at = -1;
        for (int i = 0; i < a.indicators().size(); i++) {
            if ("COMPLETION_RATE".equals(a.indicators().get(i).source())) {
                at = i;
                break;
            }
        }
        if (at >= 0) {
            for (ResultLine l : r.results()) {
                out.put(l.key(), l.scores().get(at).value());
            }
            return out;
        }
        rounds.scope(a).summary().groups().forEach(g -> out.put(String.valueOf(g.key()), g.completionRate()));
        return out;
    }

    /** "完成率 64.39%，排第6名，得分90分 × 权重30%". */
    static String explain(Indicator i, ResultLine.ScoreLine s, BigDecimal weightSum) {
        String weight = plain(i.weight().multiply(BigDecimal.valueOf(100)).divide(weightSum, 2, RoundingMode.HALF_UP));
        String score = plain(s.score());
        if (s.value() == null) {
            return Messages.text("assessment.explain.none", List.of(i.name(), score, weight));
        }
        String unit = unitKey(i);
        String value = plain(s.value()) + (unit == null ? "" : Messages.text(unit));
        return s.rank() != null
                ? Messages.text("assessment.explain.rank", List.of(i.name(), value, s.rank(), score, weight))
                : Messages.text("assessment.explain.plain", List.of(i.name(), value, score, weight));
    }

    static String unitKey(Indicator i) {
        if (i.manual()) {
            return "assessment.unit.score";
        }
        return "GAP".equals(i.source()) ? "assessment.unit.points"
                : PERCENT.contains(i.source()) ? "assessment.unit.percent" : null;
    }

    /** 90.00 → "90", 64.39 → "64.39", 30.50 → "30.5". */
    static String plain(BigDecimal v) {
        return Scoring.plain(v).toPlainString();
    }
}
