package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Milestone;

/**
 * The deeper figures of docs/figures.md: a project's outlook, the outlook by group, and the milestones. Access as for
 * the summary: dispatchers, leaders and supervisors within their region.
 */
@RestController
@RequestMapping("/api/analysis")
class OutlookApi {
    private final AnalysisService analysis;

    OutlookApi(AnalysisService analysis) {
        this.analysis = analysis;
    }

    /** Year on year of one project: its counterpart of last year (null fields when none). */
    record ProjectYoy(Long previousProjectId, String previousCode, DeeperFigures.MatchedBy matchedBy,
            BigDecimal thisYear, BigDecimal lastYear, BigDecimal growth) {
    }

    /** The answer of GET /api/analysis/projects/{id}/outlook. */
    record ProjectOutlookView(long id, String code, String name, int year, int month, BigDecimal annualPlan,
            BigDecimal totalInvestment, BigDecimal completed, BigDecimal completionRate, ProjectYoy yoy,
            BigDecimal forecast, BigDecimal forecastRate, DeeperFigures.ForecastMethod forecastMethod,
            int reportedMonths, boolean forecastCapped, boolean started, boolean startedNotBuilding,
            int overdueMilestones, List<Milestone> milestones) {
        static ProjectOutlookView of(ProjectOutlook o) {
            var p = o.project();
            var prev = o.previous();
            var y = o.yoy();
            var f = o.forecast();
            return new ProjectOutlookView(p.id(), p.code(), p.name(), p.year(), o.month(), p.annualPlan(),
                    p.totalInvestment(), o.completed(), o.completionRate(),
                    new ProjectYoy(prev == null ? null : prev.previous().id(),
                            prev == null ? null : prev.previous().code(), prev == null ? null : prev.by(),
                            y.thisYear(), y.lastYear(), y.growth()),
                    f.amount(), f.rate(), f.method(), f.reportedMonths(), f.capped(), o.started(),
                    o.startedNotBuilding(), o.overdueMilestones(), o.milestones());
        }
    }

    @GetMapping("/projects/{id}/outlook")
    ProjectOutlookView project(@PathVariable long id, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month) {
        var user = CurrentUsers.get();
        AnalysisService.requireAnalyst(user);
        return ProjectOutlookView.of(analysis.projectOutlook(id, year, month, user));
    }

    @GetMapping("/outlook")
    OutlookSummary outlook(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String regionCode) {
        var user = CurrentUsers.get();
        AnalysisService.requireAnalyst(user);
        GroupBy g = GroupBy.REGION;
        if (groupBy != null && !groupBy.isBlank()) {
            var errors = new ArrayList<FieldError>();
            g = Checks.parseEnum(GroupBy.class, groupBy, "groupBy", errors);
            Checks.throwIfAny(errors);
        }
        return analysis.outlookSummary(analysis.month(year, month), g, regionCode, user);
    }

    @GetMapping("/milestones")
    List<AnalysisService.MilestoneRow> milestones(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String regionCode) {
        var user = CurrentUsers.get();
        AnalysisService.requireAnalyst(user);
        return analysis.milestones(year, overdue, regionCode, user);
    }
}
