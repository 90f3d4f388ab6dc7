package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The answer of GET /api/analysis/outlook (docs/figures.md §7): the deeper figures of all projects in scope and of
 * each group, the groups keyed, named and ranked as in the summary of CONTRACT §6.
 */
public record OutlookSummary(int year, int month, Total total, List<Group> groups) {

    /** The deeper figures of all projects in scope. */
    public record Total(int projects, BigDecimal annualPlan, BigDecimal completed, BigDecimal completionRate,
            DeeperFigures.YearOnYear yoy, BigDecimal forecast, BigDecimal forecastRate, int startedNotBuilding,
            int overdueMilestones) {
        static Total of(DeeperFigures.GroupOutlook g) {
            return new Total(g.projects(), g.annualPlan(), g.completed(), g.completionRate(), g.yoy(), g.forecast(),
                    g.forecastRate(), g.startedNotBuilding(), g.overdueMilestones());
        }
    }

    /** One group; {@code key} is a region code, unit id, category or leader id (null: no leader). */
    public record Group(Object key, String name, int projects, BigDecimal annualPlan, BigDecimal completed,
            BigDecimal completionRate, DeeperFigures.YearOnYear yoy, BigDecimal forecast, BigDecimal forecastRate,
            int startedNotBuilding, int overdueMilestones, int rank) {
        static Group of(Object key, String name, DeeperFigures.GroupOutlook g, int rank) {
            return new Group(key, name, g.projects(), g.annualPlan(), g.completed(), g.completionRate(), g.yoy(),
                    g.forecast(), g.forecastRate(), g.startedNotBuilding(), g.overdueMilestones(), rank);
        }
    }
}
