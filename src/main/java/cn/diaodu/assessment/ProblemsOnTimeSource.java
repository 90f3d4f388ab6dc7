package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.problem.Problem;
import cn.diaodu.problem.ProblemFilter;
import cn.diaodu.problem.ProblemService;
import cn.diaodu.problem.ProblemStatus;

/**
 * PROBLEMS_ON_TIME (docs/figures.md §14): the problem board's on-time closure rate as it stands (closed problems the
 * unit resolved on or before the due date / closed problems × 100, {@code Problem.closedOnTime}), over the problems
 * whose assignee unit belongs to the subject; half-up to two decimals; none closed: no value. Publishing the round
 * keeps the figure of that day.
 */
@Component
class ProblemsOnTimeSource implements SourceValues {
    private final ProblemService problems;
    private final OrganisationService organisation;

    ProblemsOnTimeSource(ProblemService problems, OrganisationService organisation) {
        this.problems = problems;
        this.organisation = organisation;
    }

    @Override
    public String source() {
        return "PROBLEMS_ON_TIME";
    }

    @Override
    public Map<String, BigDecimal> values(RoundScope scope) {
        Map<Long, String> unitRegion = new HashMap<>();
        for (Unit u : organisation.units()) {
            unitRegion.put(u.id(), u.regionCode());
        }
        Map<String, long[]> counts = new HashMap<>();
        for (Problem p : problems.list(ProblemFilter.ALL, scope.viewer())) {
            if (p.status() != ProblemStatus.CLOSED) {
                continue;
            }
            String subject = scope.subjectOfUnit(p.assigneeUnitId(), unitRegion.get(p.assigneeUnitId()));
            if (subject == null) {
                continue;
            }
            long[] c = counts.computeIfAbsent(subject, k -> new long[2]);
            c[1]++;
            if (p.closedOnTime()) {
                c[0]++;
            }
        }
        Map<String, BigDecimal> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k,
                BigDecimal.valueOf(c[0] * 100).divide(BigDecimal.valueOf(c[1]), 2, RoundingMode.HALF_UP)));
        return out;
    }
}
