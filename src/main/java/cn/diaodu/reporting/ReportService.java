package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Money;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * Monthly reports: the rules of CONTRACT §5 and §7, the report tables, every version kept in the history, the review
 * (approve, return, unlock), zero reports and the data-quality flags.
 */
@Service
public class ReportService {
    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final PeriodService periods;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final DataScope scope;
    private final AppClock clock;

    public ReportService(JdbcClient jdbc, ProjectService projects, ProjectAccess access, PeriodService periods,
            OrganisationService organisation, ApplicationEventPublisher events, DataScope scope, AppClock clock) {
        this.events = events;
        this.scope = scope;
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.periods = periods;
        this.organisation = organisation;
        this.clock = clock;
    }

    private static final String SELECT = "select project_id, report_year, report_month, investment, progress, "
            + "workers_on_site, status, late, zero, reason, flags, updated_at, updated_by, problems, next_plan "
            + "from monthly_report";

    private static MonthlyReport report(ResultSet rs, int i) throws SQLException {
        return new MonthlyReport(rs.getLong(1), new Period(rs.getInt(2), rs.getInt(3)).toString(),
                rs.getBigDecimal(4), rs.getString(5), rs.getObject(6, Integer.class),
                ReportStatus.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10),
                flags(rs.getString(11)), rs.getObject(12, OffsetDateTime.class), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }

    static List<QualityFlag> flags(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(QualityFlag::valueOf).toList();
    }

    static String flagText(Collection<QualityFlag> flags) {
        return flags.isEmpty() ? null : String.join(",", flags.stream().map(Enum::name).toList());
    }

    // ---- writing a report ----------------------------------------------------------------------------------------

    /** Writes the month's report (CONTRACT §5, §7): 404, 403, 422 or 409 before anything is written. */
    @Transactional
    public MonthlyReport put(long projectId, String periodText, ReportInput in, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        access.requireReport(user, p);
        Period period = Period.parse(periodText, "period");
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(p, period, "period", errors);
        checkValues(in, "", errors);
        Checks.throwIfAny(errors);
        // a report unlocked after its period was closed takes one correction (docs/figures.md §7)
        boolean correction = correctionOpen(p.id(), period);
        Window w = correction ? new Window(false) : window(period, "period");
        // one read of the project's reports serves both the lock check and the data-quality flags
        List<MonthlyReport> reports = ofProject(p.id());
        String key = period.toString();
        Optional<MonthlyReport> existing = reports.stream().filter(r -> r.period().equals(key)).findFirst();
        if (existing.isPresent() && !ReportTransition.SUBMIT.allows(existing.get().status())) {
            throw new ConflictException(ReportTransition.SUBMIT.refusal());
        }
        MonthlyReport written = write(p, period, in, user.username(), w, false, existing, reports);
        if (correction) {
            jdbc.sql("update monthly_report set correction_open = false where project_id = ? and report_year = ? "
                    + "and report_month = ?").params(p.id(), period.year(), period.month()).update();
        }
        return written;
    }

    /** Whether the report was unlocked after its period was closed and not corrected since. */
    private boolean correctionOpen(long projectId, Period period) {
        return jdbc.sql("select count(*) from monthly_report where project_id = ? and report_year = ? "
                + "and report_month = ? and correction_open").params(projectId, period.year(), period.month())
                .query(Integer.class).single() > 0;
    }

    /** Where a report of the month stands against its period: not open yet (422), closed (409), late. */
    record Window(boolean late) {
    }

    Window window(Period period, String field) {
        Optional<ReportingPeriod> rp = periods.find(period);
        if (rp.isEmpty()) {
            return new Window(false);
        }
        OffsetDateTime now = clock.now();
        if (rp.get().closedAt() != null) {
            throw new ConflictException("reporting.error.period-closed", String.valueOf(period));
        }
        if (!isOpen(now, rp.get().opensAt())) {
            throw ValidationException.of(field, "reporting.error.period-not-open-yet", String.valueOf(period),
                    String.valueOf(rp.get().opensAt()));
        }
        return new Window(isLate(now, rp.get().deadline()));
    }

    /** Reports are accepted from the opening time on, that instant included. */
    static boolean isOpen(OffsetDateTime now, OffsetDateTime opensAt) {
        return !now.isBefore(opensAt);
    }

    /** A report is late when it arrives after the deadline; at the deadline itself it is on time. */
    static boolean isLate(OffsetDateTime now, OffsetDateTime deadline) {
        return now.isAfter(deadline);
    }

    /** The period must lie in the project's year and not after the current month. */
    void checkPeriod(Project p, Period period, String field, List<FieldError> errors) {
        if (period.year() != p.year()) {
            errors.add(FieldError.of(field, "reporting.error.period-in-project-year", String.valueOf(p.year())));
        } else if (period.toYearMonth().isAfter(clock.currentMonth())) {
            errors.add(new FieldError(field, "reporting.error.period-must-not-after-current-month"));
        }
    }

    static void checkValues(ReportInput in, String prefix, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError(prefix + "investment", "reporting.error.required"));
            return;
        }
        Checks.money(in.investment(), prefix + "investment", false, errors);
        // stored as given (not trimmed), so its whole length must fit the column
        if (in.progress() != null && in.progress().length() > 2000) {
            errors.add(new FieldError(prefix + "progress", "reporting.error.most-2000-characters"));
        }
        if (in.problems() != null && in.problems().length() > 1000) {
            errors.add(new FieldError(prefix + "problems", "reporting.error.most-1000-characters"));
        }
        if (in.nextPlan() != null && in.nextPlan().length() > 1000) {
            errors.add(new FieldError(prefix + "nextPlan", "reporting.error.most-1000-characters"));
        }
        if (in.workersOnSite() != null && in.workersOnSite() < 0) {
            errors.add(new FieldError(prefix + "workersOnSite", "reporting.error.must-not-negative"));
        } else if (in.workersOnSite() != null && in.workersOnSite() > 1_000_000) {
            errors.add(new FieldError(prefix + "workersOnSite", "reporting.error.too-large"));
        }
    }

    private MonthlyReport write(Project p, Period period, ReportInput in, String by, Window w, boolean zero,
            Optional<MonthlyReport> existing) {
        return write(p, period, in, by, w, zero, existing, ofProject(p.id()));
    }

    /** Writes the report and its version; {@code reports} are the project's reports as they stand. */
    private MonthlyReport write(Project p, Period period, ReportInput in, String by, Window w, boolean zero,
            Optional<MonthlyReport> existing, List<MonthlyReport> reports) {
        OffsetDateTime now = clock.now();
        BigDecimal amount = Money.of(in.investment());
        String progress = in.progress();
        String flags = flagText(flags(p, period, amount, progress, reports));
        boolean late = existing.map(MonthlyReport::late).orElse(false) || w.late();
        // the state check is in the write: an approved report is not replaced, whatever was read before; the first
        // report of the month is inserted, and an insert that loses the race to another becomes an update
        Runnable insert = () -> jdbc.sql("insert into monthly_report(project_id, report_year, report_month, "
                + "investment, progress, workers_on_site, status, late, zero, flags, updated_at, updated_by, problems, "
                + "next_plan) values (?,?,?,?,?,?,'SUBMITTED',?,?,?,?,?,?,?)")
                .params(p.id(), period.year(), period.month(), amount, progress, in.workersOnSite(), late, zero, flags,
                        now, by, blank(in.problems()), blank(in.nextPlan()))
                .update();
        if (zero) {
            // a zero report is only for a month without one: a report written meanwhile stays as it is
            if (!insertedFirst(insert)) {
                return null;
            }
        } else if (replace(p, period, amount, progress, in, late, flags, now, by) == 0 && !insertedFirst(insert)
                && replace(p, period, amount, progress, in, late, flags, now, by) == 0) {
            throw new ConflictException(ReportTransition.SUBMIT.refusal());
        }
        MonthlyReport r = new MonthlyReport(p.id(), period.toString(), amount, progress, in.workersOnSite(),
                ReportStatus.SUBMITTED, late, zero, null, flags(flags), now, by, blank(in.problems()),
                blank(in.nextPlan()));
        history(r, by, null);
        if (!zero) {
            events.publishEvent(new ReportSubmitted(p.id(), p.name(), p.leadUnitId(), period.toString(),
                    existing.map(MonthlyReport::status).orElse(null),
                    existing.map(MonthlyReport::investment).orElse(null), amount, late));
        }
        return r;
    }

    /** Replaces the month's report unless it is approved: the number of rows written (0 or 1). */
    private int replace(Project p, Period period, BigDecimal amount, String progress, ReportInput in, boolean late,
            String flags, OffsetDateTime now, String by) {
        return jdbc.sql("update monthly_report set investment = ?, progress = ?, workers_on_site = ?, "
                + "problems = ?, next_plan = ?, "
                + "status = ?, late = ?, zero = false, reason = null, flags = ?, updated_at = ?, updated_by = ? "
                + "where project_id = ? and report_year = ? and report_month = ? and "
                + ReportTransition.SUBMIT.whereFrom())
                .params(amount, progress, in.workersOnSite(), blank(in.problems()), blank(in.nextPlan()),
                        ReportTransition.SUBMIT.to().name(), late, flags, now,
                        by, p.id(), period.year(), period.month())
                .update();
    }

    /**
     * Runs the insert behind a savepoint: false when the row exists already (inserted by a concurrent writer), and
     * the transaction goes on — PostgreSQL would otherwise refuse every further statement of it.
     */
    private static boolean insertedFirst(Runnable insert) {
        TransactionStatus tx = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = tx.createSavepoint();
        try {
            insert.run();
        } catch (DuplicateKeyException raced) {
            tx.rollbackToSavepoint(savepoint);
            return false;
        }
        tx.releaseSavepoint(savepoint);
        return true;
    }

    /**
     * Appends the version; called after the conditional write, whose row lock (held until commit) orders the versions
     * of a report: their ids, by which the history is listed, and their times, taken here under the lock.
     */
    private void history(MonthlyReport r, String by, String reason) {
        OffsetDateTime at = clock.now();
        Period period = Period.parse(r.period(), "period");
        jdbc.sql("insert into report_history(project_id, report_year, report_month, changed_at, changed_by, "
                + "investment, progress, workers_on_site, status, reason, late, zero, flags, problems, next_plan) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(r.projectId(), period.year(), period.month(), at, by, r.investment(), r.progress(),
                        r.workersOnSite(), r.status().name(), reason, r.late(), r.zero(), flagText(r.flags()),
                        r.problems(), r.nextPlan())
                .update();
    }

    // ---- data-quality flags --------------------------------------------------------------------------------------

    /** The flags a report with these values would raise (warnings only). */
    public List<QualityFlag> flags(Project p, Period period, BigDecimal amount, String progress) {
        return flags(p, period, amount, progress, ofProject(p.id()));
    }

    private static List<QualityFlag> flags(Project p, Period period, BigDecimal amount, String progress,
            List<MonthlyReport> reports) {
        Set<QualityFlag> out = EnumSet.noneOf(QualityFlag.class);
        BigDecimal before = BigDecimal.ZERO;
        int monthsBefore = 0;
        String lastProgress = null;
        boolean hasLast = false;
        for (MonthlyReport r : reports) {
            Period rp = Period.parse(r.period(), "period");
            if (rp.year() == period.year() && rp.month() < period.month()) {
                before = before.add(r.investment());
                monthsBefore++;
                if (rp.month() == period.month() - 1) {
                    lastProgress = r.progress();
                    hasLast = true;
                }
            }
        }
        if (monthsBefore > 0 && amount.signum() > 0) {
            BigDecimal average = before.divide(BigDecimal.valueOf(monthsBefore), 6, RoundingMode.HALF_UP);
            if (amount.compareTo(average.multiply(BigDecimal.valueOf(3))) > 0) {
                out.add(QualityFlag.SPIKE);
            }
        }
        BigDecimal year = before.add(amount);
        if (year.compareTo(p.annualPlan()) > 0) {
            out.add(QualityFlag.OVER_ANNUAL_PLAN);
        }
        // The ledger does not yet hold the investment completed before this year; cumulative is this year's.
        if (year.compareTo(p.totalInvestment()) > 0) {
            out.add(QualityFlag.OVER_TOTAL_INVESTMENT);
        }
        if (amount.signum() > 0 && (p.actualStart() == null || p.actualStart().isAfter(period.lastDay()))) {
            out.add(QualityFlag.NOT_STARTED);
        }
        if (progress == null || progress.isBlank()) {
            out.add(QualityFlag.PROGRESS_EMPTY);
        } else if (hasLast && progress.trim().equals(lastProgress == null ? null : lastProgress.trim())) {
            out.add(QualityFlag.PROGRESS_UNCHANGED);
        }
        return List.copyOf(out);
    }

    /** The flags of a report not yet saved, for the reporter's preview; checks access like a write. */
    public List<QualityFlag> preview(long projectId, Period period, ReportInput in, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        access.requireReport(user, p);
        List<FieldError> errors = new ArrayList<>();
        checkValues(in, "", errors);
        Checks.throwIfAny(errors);
        return flags(p, period, Money.of(in.investment()), in.progress());
    }

    // ---- review --------------------------------------------------------------------------------------------------

    private Project reviewable(long projectId, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        if (!user.has(Role.DISPATCHER) || !access.canEdit(user, p)) {
            throw new ForbiddenException("review is for the project office");
        }
        return p;
    }

    private MonthlyReport existing(long projectId, Period period) {
        return find(projectId, period).orElseThrow(() -> new NotFoundException("report " + projectId + " " + period));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("reason", "reporting.error.reason-required");
        }
        if (reason.length() > 1000) {
            throw ValidationException.of("reason", "reporting.error.most-1000-characters");
        }
        return reason.trim();
    }

    /** 审核通过: SUBMITTED → APPROVED, locked until unlocked. */
    @Transactional
    public MonthlyReport approve(long projectId, String periodText, CurrentUser user) {
        reviewable(projectId, user);
        Period period = Period.parse(periodText, "period");
        MonthlyReport after = transition(projectId, period, ReportTransition.APPROVE, null, user);
        approved(projectId, period);
        return after;
    }

    private void approved(long projectId, Period period) {
        Project p = projects.find(projectId).orElseThrow();
        events.publishEvent(new ReportApproved(p.id(), p.name(), p.leadUnitId(), period.toString()));
    }

    /** 退回: SUBMITTED → RETURNED with a reason; the reporter corrects and submits again. */
    @Transactional
    public MonthlyReport returnReport(long projectId, String periodText, String reason, CurrentUser user) {
        reviewable(projectId, user);
        Period period = Period.parse(periodText, "period");
        String why = requireReason(reason);
        MonthlyReport after = transition(projectId, period, ReportTransition.RETURN, why, user);
        Project p = projects.find(projectId).orElseThrow();
        events.publishEvent(new ReportReturned(p.id(), p.name(), p.leadUnitId(), period.toString(), why));
        return after;
    }

    /** 解锁: APPROVED → SUBMITTED with a reason, so that the report can be changed again. */
    @Transactional
    public MonthlyReport unlock(long projectId, String periodText, String reason, CurrentUser user) {
        reviewable(projectId, user);
        Period period = Period.parse(periodText, "period");
        String why = requireReason(reason);
        MonthlyReport after = transition(projectId, period, ReportTransition.UNLOCK, why, user);
        if (periods.find(period).map(rp -> rp.closedAt() != null).orElse(false)) {
            // the month is closed and frozen: the unlocked report may be corrected once, as a correction
            jdbc.sql("update monthly_report set correction_open = true where project_id = ? and report_year = ? "
                    + "and report_month = ?").params(projectId, period.year(), period.month()).update();
        }
        Project p = projects.find(projectId).orElseThrow();
        events.publishEvent(new ReportUnlocked(p.id(), p.name(), p.leadUnitId(), period.toString(), why));
        return after;
    }

    /**
     * Checks and changes the state in one conditional write; when no row was written, the report is missing (404) or
     * in a state the change may not start from (409), perhaps because a concurrent change came first.
     */
    private MonthlyReport transition(long projectId, Period period, ReportTransition t, String reason,
            CurrentUser user) {
        OffsetDateTime now = clock.now();
        int updated = jdbc.sql("update monthly_report set status = ?, reason = ?, updated_at = ?, updated_by = ? "
                + "where project_id = ? and report_year = ? and report_month = ? and " + t.whereFrom())
                .params(t.to().name(), reason, now, user.username(), projectId, period.year(), period.month())
                .update();
        if (updated == 0) {
            existing(projectId, period);
            throw new ConflictException(t.refusal());
        }
        MonthlyReport after = existing(projectId, period);
        history(after, user.username(), reason);
        return after;
    }

    /** Approves many reports at once (the review queue); those not SUBMITTED are left as they are. */
    @Transactional
    public int approveAll(List<Long> projectIds, Period period, CurrentUser user) {
        int n = 0;
        for (Long id : projectIds) {
            reviewable(id, user);
            Optional<MonthlyReport> r = find(id, period);
            if (r.isPresent() && ReportTransition.APPROVE.allows(r.get().status())) {
                try {
                    transition(id, period, ReportTransition.APPROVE, null, user);
                    approved(id, period);
                    n++;
                } catch (ConflictException approvedMeanwhile) {
                    // another reviewer (or the reporter) came first: left as it is
                }
            }
        }
        return n;
    }

    // ---- zero reports --------------------------------------------------------------------------------------------

    /**
     * 零报告: the unit declares nothing new this month; every one of its projects of that year without a report for
     * the month (and within the caller's scope) gets a report of 0 marked zero. Returns the reports created; 404 for an
     * unknown unit, 403 for a unit that is neither the reporter's own nor within a dispatcher's region.
     */
    @Transactional
    public List<MonthlyReport> zero(String periodText, long unitId, CurrentUser user) {
        Period period = Period.parse(periodText, "period");
        Unit unit = organisation.unit(unitId).orElseThrow(() -> new NotFoundException("unit " + unitId));
        boolean ownUnit = user.has(Role.REPORTER) && user.unitId() != null && user.unitId() == unitId;
        if (!ownUnit && !user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("zero report of unit " + unitId);
        }
        // a unit outside the caller's region is not the caller's to act on, even though it exists (CONTRACT §2, §3)
        scope.require(user, unit.regionCode());
        if (period.toYearMonth().isAfter(clock.currentMonth())) {
            throw ValidationException.of("period", "reporting.error.period-must-not-after-current-month");
        }
        Window w = window(period, "period");
        List<MonthlyReport> created = new ArrayList<>();
        for (Project p : projects.ofUnit(unitId, period.year())) {
            if (!access.canReport(user, p) || find(p.id(), period).isPresent()) {
                continue;
            }
            MonthlyReport r = write(p, period, new ReportInput(BigDecimal.ZERO, "零报告：本月无新增投资", 0),
                    user.username(), w, true, Optional.empty());
            if (r != null) {
                created.add(r);
            }
        }
        if (!created.isEmpty()) {
            events.publishEvent(new ZeroReportDeclared(unit.id(), unit.name(), period.toString(),
                    created.stream().map(MonthlyReport::projectId).toList()));
        }
        return created;
    }

    // ---- reading -------------------------------------------------------------------------------------------------

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
        return jdbc.sql("select changed_at, changed_by, investment, progress, workers_on_site, status, reason, late, "
                + "zero from report_history where project_id = ? and report_year = ? and report_month = ? order by id")
                .params(projectId, period.year(), period.month())
                .query((rs, i) -> new ReportVersion(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getBigDecimal(3), rs.getString(4), rs.getObject(5, Integer.class),
                        rs.getString(6) == null ? null : ReportStatus.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getObject(8, Boolean.class), rs.getObject(9, Boolean.class)))
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

    /** The investment completed in each month of the year over the given projects (万元), January first. */
    public BigDecimal[] monthlyTotals(int year, Collection<Long> projectIds) {
        BigDecimal[] totals = new BigDecimal[12];
        Arrays.fill(totals, BigDecimal.ZERO);
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

    // ---- the grid and imports: many reports at once --------------------------------------------------------------

    /** One row of many written together (the reporter's grid, a spreadsheet). */
    public record GridRow(long projectId, ReportInput values) {
    }

    /**
     * Saves many of a month's reports together: every row is checked first and, when any value is refused, nothing
     * is written and the errors name the row as {@code rows[projectId].field}.
     */
    @Transactional
    public int saveGrid(Period period, List<GridRow> rows, CurrentUser user) {
        List<Project> targets = new ArrayList<>();
        List<FieldError> errors = check(period, rows, user, targets);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Window w = rows.isEmpty() ? new Window(false) : window(period, "period");
        Map<Long, MonthlyReport> current = ofPeriod(period);
        int written = 0;
        for (int i = 0; i < rows.size(); i++) {
            MonthlyReport r = current.get(targets.get(i).id());
            if (r != null && r.status() != ReportStatus.RETURNED && unchanged(r, rows.get(i).values())) {
                continue;
            }
            write(targets.get(i), period, rows.get(i).values(), user.username(), w, false, Optional.ofNullable(r));
            written++;
        }
        return written;
    }

    /** The first field a change of an approved report touches, to name it in the refusal. */
    private static String changedField(MonthlyReport r, ReportInput in) {
        if (Money.of(in.investment()).compareTo(r.investment()) != 0) {
            return "investment";
        }
        return Objects.equals(blank(in.progress()), blank(r.progress())) ? "workersOnSite" : "progress";
    }

    private static boolean unchanged(MonthlyReport r, ReportInput in) {
        return Money.of(in.investment()).compareTo(r.investment()) == 0
                && Objects.equals(blank(in.progress()), blank(r.progress()))
                && Objects.equals(in.workersOnSite(), r.workersOnSite())
                && Objects.equals(blank(in.problems()), blank(r.problems()))
                && Objects.equals(blank(in.nextPlan()), blank(r.nextPlan()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The refusals a grid would get, without writing anything. */
    public List<FieldError> checkGrid(Period period, List<GridRow> rows, CurrentUser user) {
        return check(period, rows, user, new ArrayList<>());
    }

    private List<FieldError> check(Period period, List<GridRow> rows, CurrentUser user, List<Project> targets) {
        List<FieldError> errors = new ArrayList<>();
        Map<Long, MonthlyReport> current = ofPeriod(period);
        for (GridRow row : rows) {
            Project p = projects.find(row.projectId())
                    .orElseThrow(() -> new NotFoundException("project " + row.projectId()));
            access.requireReport(user, p);
            String prefix = "rows[" + p.id() + "].";
            checkPeriod(p, period, prefix + "period", errors);
            checkValues(row.values(), prefix, errors);
            MonthlyReport r = current.get(p.id());
            if (r != null && r.status() == ReportStatus.APPROVED && row.values() != null
                    && row.values().investment() != null && !unchanged(r, row.values())) {
                errors.add(new FieldError(prefix + changedField(r, row.values()),
                        "reporting.error.approved-locked"));
            }
            targets.add(p);
        }
        return errors;
    }
}
