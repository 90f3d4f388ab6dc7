package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.Money;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/** Monthly reports: the rules of CONTRACT §5, the report tables and every version kept in the history. */
@Service
public class ReportService {
    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final AppClock clock;

    public ReportService(JdbcClient jdbc, ProjectService projects, ProjectAccess access, AppClock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    private static final String SELECT = "select project_id, report_year, report_month, investment, progress, "
            + "workers_on_site, status, late, zero, updated_at, updated_by from monthly_report";

    private static MonthlyReport report(ResultSet rs, int i) throws SQLException {
        return new MonthlyReport(rs.getLong(1), new Period(rs.getInt(2), rs.getInt(3)).toString(),
                rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, Integer.class),
                ReportStatus.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9),
                rs.getObject(10, OffsetDateTime.class), rs.getString(11));
    }

    /** Writes the month's report (CONTRACT §5): 404, 403 or 422 before anything is written. */
    @Transactional
    public MonthlyReport put(long projectId, String periodText, ReportInput in, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        access.requireReport(user, p);
        Period period = Period.parse(periodText, "period");
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(p, period, "period", errors);
        checkValues(in, "", errors);
        Checks.throwIfAny(errors);
        return write(p, period, in, user.username());
    }

    /** The period must lie in the project's year and not after the current month. */
    void checkPeriod(Project p, Period period, String field, List<FieldError> errors) {
        if (period.year() != p.year()) {
            errors.add(new FieldError(field, "月份应在项目年度" + p.year() + "内 / the period must lie in the project's year"));
        } else if (period.toYearMonth().isAfter(clock.currentMonth())) {
            errors.add(new FieldError(field, "不能填报当月以后的月份 / the period must not be after the current month"));
        }
    }

    static void checkValues(ReportInput in, String prefix, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError(prefix + "investment", "必填 / required"));
            return;
        }
        Checks.money(in.investment(), prefix + "investment", false, errors);
        // stored as given (not trimmed), so its whole length must fit the column
        if (in.progress() != null && in.progress().length() > 2000) {
            errors.add(new FieldError(prefix + "progress", "不能超过2000个字 / at most 2000 characters"));
        }
        if (in.workersOnSite() != null && in.workersOnSite() < 0) {
            errors.add(new FieldError(prefix + "workersOnSite", "不能为负数 / must not be negative"));
        } else if (in.workersOnSite() != null && in.workersOnSite() > 1_000_000) {
            errors.add(new FieldError(prefix + "workersOnSite", "数值过大 / too large"));
        }
    }

    private MonthlyReport write(Project p, Period period, ReportInput in, String by) {
        OffsetDateTime now = clock.now();
        BigDecimal amount = Money.of(in.investment());
        String progress = in.progress();
        ReportStatus status = ReportStatus.SUBMITTED;
        int updated = update(p.id(), period, amount, progress, in.workersOnSite(), status, now, by);
        if (updated == 0) {
            try {
                jdbc.sql("insert into monthly_report(project_id, report_year, report_month, investment, progress, "
                        + "workers_on_site, status, late, zero, updated_at, updated_by) "
                        + "values (?,?,?,?,?,?,?,false,false,?,?)")
                        .params(p.id(), period.year(), period.month(), amount, progress, in.workersOnSite(),
                                status.name(), now, by)
                        .update();
            } catch (DuplicateKeyException raced) {
                update(p.id(), period, amount, progress, in.workersOnSite(), status, now, by);
            }
        }
        jdbc.sql("insert into report_history(project_id, report_year, report_month, changed_at, changed_by, "
                + "investment, progress, workers_on_site, status, reason) values (?,?,?,?,?,?,?,?,?,?)")
                .params(p.id(), period.year(), period.month(), now, by, amount, progress, in.workersOnSite(),
                        status.name(), null)
                .update();
        return find(p.id(), period).orElseThrow();
    }

    private int update(long projectId, Period period, BigDecimal amount, String progress, Integer workers,
            ReportStatus status, OffsetDateTime now, String by) {
        return jdbc.sql("update monthly_report set investment = ?, progress = ?, workers_on_site = ?, status = ?, "
                + "zero = false, updated_at = ?, updated_by = ? where project_id = ? and report_year = ? "
                + "and report_month = ?")
                .params(amount, progress, workers, status.name(), now, by, projectId, period.year(), period.month())
                .update();
    }

    public Optional<MonthlyReport> find(long projectId, Period period) {
        return jdbc.sql(SELECT + " where project_id = ? and report_year = ? and report_month = ?")
                .params(projectId, period.year(), period.month()).query(ReportService::report).optional();
    }

    /** The project's reports, January first. */
    public List<MonthlyReport> ofProject(long projectId) {
        return jdbc.sql(SELECT + " where project_id = ? order by report_year, report_month").param(projectId)
                .query(ReportService::report).list();
    }

    /** The reports of one month, keyed by project id. */
    public Map<Long, MonthlyReport> ofPeriod(Period period) {
        Map<Long, MonthlyReport> out = new HashMap<>();
        jdbc.sql(SELECT + " where report_year = ? and report_month = ?").params(period.year(), period.month())
                .query(ReportService::report).list().forEach(r -> out.put(r.projectId(), r));
        return out;
    }

    /** Every version of the report, oldest first (CONTRACT §7). */
    public List<ReportVersion> history(long projectId, Period period) {
        return jdbc.sql("select changed_at, changed_by, investment, progress, workers_on_site, status, reason "
                + "from report_history where project_id = ? and report_year = ? and report_month = ? order by id")
                .params(projectId, period.year(), period.month())
                .query((rs, i) -> new ReportVersion(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getBigDecimal(3), rs.getString(4), rs.getObject(5, Integer.class),
                        rs.getString(6) == null ? null : ReportStatus.valueOf(rs.getString(6)), rs.getString(7)))
                .list();
    }

    /**
     * completed(p) of CONTRACT §6 for every project of the year that has reports: the sum of its monthly investment
     * for months 1..month.
     */
    public Map<Long, BigDecimal> completedThrough(int year, int month) {
        Map<Long, BigDecimal> out = new HashMap<>();
        jdbc.sql("select project_id, sum(investment) from monthly_report where report_year = ? and report_month <= ? "
                + "group by project_id")
                .params(year, month)
                .query((rs, i) -> out.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        return out;
    }

    /** The city's investment completed in each month of the year (万元), January first, for the charts. */
    public BigDecimal[] monthlyTotals(int year, java.util.Collection<Long> projectIds) {
        BigDecimal[] totals = new BigDecimal[12];
        java.util.Arrays.fill(totals, BigDecimal.ZERO);
        if (projectIds.isEmpty()) {
            return totals;
        }
        List<Long> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("select report_month, sum(investment) from monthly_report where report_year = :year "
                    + "and project_id in (:ids) group by report_month")
                    .param("year", year).param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query((rs, i) -> totals[rs.getInt(1) - 1] = totals[rs.getInt(1) - 1].add(rs.getBigDecimal(2)))
                    .list();
        }
        return totals;
    }

    /** One row of the reporter's monthly grid. */
    public record GridRow(long projectId, ReportInput values) {
    }

    /**
     * Saves a whole month's grid together: every row is checked first and, when any value is refused, nothing is
     * written and the errors name the row as {@code rows[projectId].field}.
     */
    @Transactional
    public int saveGrid(Period period, List<GridRow> rows, CurrentUser user) {
        List<FieldError> errors = new ArrayList<>();
        List<Project> targets = new ArrayList<>();
        for (GridRow row : rows) {
            Project p = projects.find(row.projectId())
                    .orElseThrow(() -> new NotFoundException("project " + row.projectId()));
            access.requireReport(user, p);
            String prefix = "rows[" + p.id() + "].";
            checkPeriod(p, period, prefix + "period", errors);
            checkValues(row.values(), prefix, errors);
            targets.add(p);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        for (int i = 0; i < rows.size(); i++) {
            write(targets.get(i), period, rows.get(i).values(), user.username());
        }
        return rows.size();
    }
}
