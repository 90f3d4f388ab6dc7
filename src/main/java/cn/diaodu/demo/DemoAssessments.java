package cn.diaodu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.springframework.stereotype.Component;

import cn.diaodu.assessment.Assessment;
import cn.diaodu.assessment.AssessmentInput;
import cn.diaodu.assessment.AssessmentResults;
import cn.diaodu.assessment.AssessmentScores;
import cn.diaodu.assessment.AssessmentService;
import cn.diaodu.assessment.Subject;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;

/**
 * The demo city's assessment rounds (考核, CONTRACT §14), written through the assessment services: the first quarter's
 * ranking of the counties, scored on site by three leaders and published; and the current half-year round, live,
 * with the same scheme and a few scores. Only when the year has passed its first quarter.
 */
@Component
class DemoAssessments {
    private static final List<CurrentUser> ASSESSORS = List.of(
            new CurrentUser(0L, "leader", "市政府领导", Set.of(Role.LEADER), null, null),
            new CurrentUser(0L, "supervisor", "市委督查室督查员", Set.of(Role.SUPERVISOR), null, null),
            new CurrentUser(0L, "dispatcher", "市重点项目办调度员", Set.of(Role.DISPATCHER), null, null));

    private final AssessmentService rounds;
    private final AssessmentScores scores;
    private final AssessmentResults results;
    private final OrganisationService organisation;

    DemoAssessments(AssessmentService rounds, AssessmentScores scores, AssessmentResults results,
            OrganisationService organisation) {
        this.rounds = rounds;
        this.scores = scores;
        this.results = results;
        this.organisation = organisation;
    }

    /** Writes the rounds; returns how many. */
    int seed(LocalDate today) {
        if (today.getMonthValue() <= 3) {
            return 0;
        }
        int year = today.getYear();
        Assessment q1 = rounds.create(new AssessmentInput(year + "年第一季度重点项目考核排名", year, 3, "REGION",
                scheme(), organisation.regionTree().startingPoint(null)), DemoCitySeeder.OFFICE);
        score(q1, 0);
        results.publish(q1.id(), DemoCitySeeder.OFFICE);
        if (today.getMonthValue() > 6) {
            Assessment half = rounds.copy(q1.id(), new AssessmentInput.CopyInput(year, 6,
                    year + "年上半年重点项目考核"), DemoCitySeeder.OFFICE);
            score(half, 3);
            return 2;
        }
        return 1;
    }

    /** Each assessor scores every county from 96 down, shifted by {@code shift} and by the assessor. */
    private void score(Assessment a, int shift) {
        List<Subject> subjects = results.subjects(a);
        for (int k = 0; k < ASSESSORS.size(); k++) {
            for (int i = 0; i < subjects.size(); i++) {
                BigDecimal v = BigDecimal.valueOf(Math.max(60, 96 - 3 * ((i + shift + k) % subjects.size()) - k));
                scores.score(a.id(), new AssessmentInput.ScoreInput(TextNode.valueOf(subjects.get(i).subject()
                        .toString()), "GM", v, null), ASSESSORS.get(k));
            }
        }
    }

    private static List<AssessmentInput.IndicatorInput> scheme() {
        return List.of(
                indicator("CR", "投资完成率", 40, "COMPLETION_RATE", Map.of("type", "RANK", "first", 100, "step", 5)),
                indicator("SR", "项目开工率", 20, "START_RATE", Map.of("type", "RANK", "first", 100, "step", 5)),
                indicator("RT", "按时报送率", 20, "REPORTS_ON_TIME", Map.of("type", "TARGET", "target", 100)),
                indicator("GM", "观摩评分", 20, "MANUAL", Map.of("type", "MANUAL")));
    }

    private static AssessmentInput.IndicatorInput indicator(String code, String name, int weight, String source,
            Map<String, Object> rule) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        rule.forEach((k, v) -> {
            if (v instanceof Integer n) {
                r.put(k, n);
            } else {
                r.put(k, String.valueOf(v));
            }
        });
        return new AssessmentInput.IndicatorInput(code, name, BigDecimal.valueOf(weight), source, r);
    }
}
