package cn.diaodu.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.Period;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.MonthlyReport;
import cn.diaodu.reporting.ReportService;
import cn.diaodu.reporting.ReportStatus;

/**
 * REPORTS_ON_TIME (docs/figures.md §14): over the subject's projects of the round's year (the summary's projects),
 * every month 1..month is a report month due, as the status board counts a project without a report as missing;
 * on time = the months whose report stands (submitted or approved, not returned) and was not late (a zero report
 * counts as a report). value = on time / due × 100, half-up to two decimals; a subject without projects has none.
 */
@Component
class ReportsOnTimeSource implements SourceValues {
    private final ProjectService projects;
    private final ReportService reports;

    ReportsOnTimeSource(ProjectService projects, ReportService reports) {
        this.projects = projects;
        this.reports = reports;
    }

    @Override
    public String source() {
        return "REPORTS_ON_TIME";
    }

    @Override
    public Map<String, BigDecimal> values(RoundScope scope) {
        List<Project> all = projects.list(ProjectFilter.ofYear(scope.year()).withRegion(scope.root()), scope.viewer());
        Map<String, long[]> counts = new HashMap<>();
        List<Map<Long, MonthlyReport>> months = new java.util.ArrayList<>();
        for (int m = 1; m <= scope.month(); m++) {
            months.add(reports.ofPeriod(new Period(scope.year(), m)));
        }
        for (Project p : all) {
            String subject = scope.subjectOfProject(p);
            if (subject == null) {
                continue;
            }
            long[] c = counts.computeIfAbsent(subject, k -> new long[2]);
            for (Map<Long, MonthlyReport> month : months) {
                c[1]++;
                MonthlyReport r = month.get(p.id());
                if (onTime(r)) {
                    c[0]++;
                }
            }
        }
        Map<String, BigDecimal> out = new HashMap<>();
        counts.forEach((k, c) -> out.put(k, c[1] == 0 ? null
                : BigDecimal.valueOf(c[0] * 100).divide(BigDecimal.valueOf(c[1]), 2, RoundingMode.HALF_UP)));
        return out;
    }

    /** A report that stands (not returned) and came by the deadline. */
    static boolean onTime(MonthlyReport r) {
        return r != null && r.status() != ReportStatus.RETURNED && !r.late();
    }
}
