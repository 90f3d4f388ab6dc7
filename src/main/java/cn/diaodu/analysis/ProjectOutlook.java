package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;

import cn.diaodu.project.Milestone;
import cn.diaodu.project.Project;

/**
 * One project's deeper figures for month M (docs/figures.md): completed and its rate (CONTRACT §6), its counterpart
 * of last year ({@code previous}, null when none) and year on year, the year-end forecast, started and 开而不建, its
 * milestones and how many are overdue.
 */
public record ProjectOutlook(Project project, int month, BigDecimal completed, BigDecimal completionRate,
        DeeperFigures.Match previous, DeeperFigures.YearOnYear yoy, DeeperFigures.Forecast forecast, boolean started,
        boolean startedNotBuilding, List<Milestone> milestones, int overdueMilestones) {
}
