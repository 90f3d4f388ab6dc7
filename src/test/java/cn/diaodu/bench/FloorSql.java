package cn.diaodu.bench;

import java.time.LocalDate;

/**
 * The floors of the benchmark: each answer of the API computed by one plain SQL statement over the same rows,
 * portable between H2 and PostgreSQL. They follow CONTRACT §6 with the default thresholds (−20, −10, 30 days).
 */
final class FloorSql {
    private static final int Y = BenchRunner.YEAR;
    private static final int M = BenchRunner.MONTH;
    private static final LocalDate END = LocalDate.of(Y, M, 1).plusMonths(1).minusDays(1);

    private FloorSql() {
    }

    /** 12 × expected(p): the monthly plan's months 1..M, or annualPlan × M. */
    private static String expected12() {
        StringBuilder sum = new StringBuilder();
        for (int m = 1; m <= M; m++) {
            sum.append(m > 1 ? " + " : "").append(String.format("coalesce(p.plan_m%02d, 0)", m));
        }
        return "case when p.has_monthly_plan then 12 * (" + sum + ") else p.annual_plan * " + M + " end";
    }

    /** One row per project with completed, expected × 12, started and the warning. */
    private static String perProject() {
        String started = "(p.actual_start is not null and p.actual_start <= date '" + END + "')";
        String gap = "((12 * coalesce(c.done, 0) - " + expected12() + ") * 100)";
        String notStartedDue = "(not " + started + " and p.planned_start is not null and p.planned_start <= date '"
                + END + "')";
        String notStartedLate = "(not " + started + " and p.planned_start is not null and p.planned_start < date '"
                + END.minusDays(30) + "')";
        return "select p.id, p.name, p.region_code, p.annual_plan, coalesce(c.done, 0) as done, "
                + expected12() + " as e12, case when " + started + " then 1 else 0 end as started, "
                + "case when " + gap + " <= -20 * 12 * p.annual_plan or " + notStartedLate + " then 'RED' "
                + "when " + gap + " <= -10 * 12 * p.annual_plan or " + notStartedDue + " then 'YELLOW' "
                + "else 'GREEN' end as warning "
                + "from project p left join (select project_id, sum(investment) as done from monthly_report "
                + "where report_year = " + Y + " and report_month <= " + M + " group by project_id) c "
                + "on c.project_id = p.id where p.plan_year = " + Y;
    }

    /** GET /api/analysis/projects: every project with its rates, gap, started and warning. */
    static String projects() {
        return "select x.id, x.name, x.annual_plan, x.done, round(x.done * 100 / x.annual_plan, 2), "
                + "round(x.e12 * 100 / (12 * x.annual_plan), 2), "
                + "round((12 * x.done - x.e12) * 100 / (12 * x.annual_plan), 2), x.started, x.warning from ("
                + perProject() + ") x order by x.id";
    }

    /** GET /api/analysis/summary?groupBy=REGION: the counties below the city (the root), and the root itself. */
    static String summary() {
        return "select g.code, count(*), sum(x.annual_plan), sum(x.done), "
                + "round(sum(x.done) * 100 / sum(x.annual_plan), 2), "
                + "round(sum(x.e12) * 100 / (12 * sum(x.annual_plan)), 2), "
                + "round((12 * sum(x.done) - sum(x.e12)) * 100 / (12 * sum(x.annual_plan)), 2), sum(x.started), "
                + "round(sum(x.started) * 100.0 / count(*), 2), "
                + "sum(case when x.warning = 'RED' then 1 else 0 end), "
                + "sum(case when x.warning = 'YELLOW' then 1 else 0 end), "
                + "sum(case when x.warning = 'GREEN' then 1 else 0 end) from (" + perProject() + ") x "
                + "join region r on r.code = x.region_code "
                + "join region g on g.code = case when r.region_level = 'TOWN' then r.parent_code else r.code end "
                + "group by g.code order by 5 desc";
    }

    /**
     * PUT a report: one single-row upsert of the month (an insert that becomes an update when the row exists);
     * parameters: the investment, then the project.
     */
    static String upsert(boolean postgres) {
        String columns = "investment, project_id, report_year, report_month, status, updated_at, updated_by";
        String values = "?, ?, " + Y + ", " + M + ", 'SUBMITTED', current_timestamp, 'bench'";
        if (postgres) {
            return "insert into monthly_report(" + columns + ") values (" + values + ") "
                    + "on conflict (project_id, report_year, report_month) do update set "
                    + "investment = excluded.investment, updated_at = excluded.updated_at";
        }
        return "merge into monthly_report(" + columns + ") key(project_id, report_year, report_month) values ("
                + values + ")";
    }
}
