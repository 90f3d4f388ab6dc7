package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/** Reporting periods (CONTRACT §7): opening, deadline, closing, and the status board of a period. */
@Service
public class PeriodService {
    public static final String MONTH = "MONTH";

    private final JdbcClient jdbc;
    private final AppClock clock;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;

    public PeriodService(JdbcClient jdbc, AppClock clock, ProjectService projects, OrganisationService organisation,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.projects = projects;
        this.organisation = organisation;
    }

    /** The body of POST /api/periods. */
    public record PeriodInput(String period, OffsetDateTime opensAt, OffsetDateTime deadline) {
    }

    private ReportingPeriod row(ResultSet rs, int i) throws SQLException {
        OffsetDateTime opens = rs.getObject(4, OffsetDateTime.class);
        OffsetDateTime closed = rs.getObject(6, OffsetDateTime.class);
        OffsetDateTime now = clock.now();
        String status = closed != null ? "CLOSED" : now.isBefore(opens) ? "NOT_OPEN" : "OPEN";
        return new ReportingPeriod(rs.getLong(1), rs.getString(2), rs.getString(3), opens,
                rs.getObject(5, OffsetDateTime.class), closed, status);
    }

    private static final String SELECT =
            "select id, kind, period_key, opens_at, deadline, closed_at from reporting_period";

    public Optional<ReportingPeriod> find(Period period) {
        return jdbc.sql(SELECT + " where period_key = ?").param(period.toString()).query(this::row).optional();
    }

    public ReportingPeriod get(Period period) {
        return find(period).orElseThrow(() -> new NotFoundException("period " + period));
    }

    public List<ReportingPeriod> list() {
        return jdbc.sql(SELECT + " order by period_key desc").query(this::row).list();
    }

    private static void requireDispatcher(CurrentUser user) {
        if (!user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("periods are opened and closed by the project office");
        }
    }

    @Transactional
    public ReportingPeriod open(PeriodInput in, CurrentUser user) {
        requireDispatcher(user);
        List<FieldError> errors = new ArrayList<>();
        Period period = null;
        try {
            period = Period.parse(in.period(), "period");
        } catch (cn.diaodu.common.ValidationException e) {
            errors.addAll(e.errors());
        }
        if (in.opensAt() == null) {
            errors.add(new FieldError("opensAt", "reporting.error.required"));
        }
        if (in.deadline() == null) {
            errors.add(new FieldError("deadline", "reporting.error.required"));
        } else if (in.opensAt() != null && !in.deadline().isAfter(in.opensAt())) {
            errors.add(new FieldError("deadline", "reporting.error.deadline-must-after-opening"));
        }
        // the pages' dates come here without the JSON reader's range check
        if (in.opensAt() != null) {
            cn.diaodu.common.InputText.checkDate(in.opensAt().toLocalDate(), "opensAt", errors);
        }
        if (in.deadline() != null) {
            cn.diaodu.common.InputText.checkDate(in.deadline().toLocalDate(), "deadline", errors);
        }
        Checks.throwIfAny(errors);
        if (find(period).isPresent()) {
            throw new ConflictException("period " + period + " is already open");
        }
        try {
            Db.insert(jdbc.sql("insert into reporting_period(kind, period_key, opens_at, deadline, created_by, "
                    + "created_at) values (?,?,?,?,?,?)")
                    .params(MONTH, period.toString(), in.opensAt(), in.deadline(), user.username(), clock.now()));
        } catch (DuplicateKeyException openedMeanwhile) {
            throw new ConflictException("period " + period + " is already open");
        }
        events.publishEvent(new PeriodOpened(period.toString(), in.opensAt(), in.deadline()));
        return get(period);
    }

    @Transactional
    public ReportingPeriod close(Period period, CurrentUser user) {
        requireDispatcher(user);
        // checked and changed in one conditional write: of concurrent closings one succeeds, the others get 409
        int updated = jdbc.sql("update reporting_period set closed_at = ? where period_key = ? and closed_at is null")
                .params(clock.now(), period.toString()).update();
        if (updated == 0) {
            get(period);
            throw new ConflictException("period " + period + " is already closed");
        }
        ReportingPeriod after = get(period);
        events.publishEvent(new PeriodClosed(after.period(), after.closedAt()));
        return after;
    }

    @Transactional
    public ReportingPeriod reopen(Period period, CurrentUser user) {
        requireDispatcher(user);
        ReportingPeriod before = get(period);
        int updated = jdbc.sql("update reporting_period set closed_at = null where period_key = ? "
                + "and closed_at is not null").param(period.toString()).update();
        if (updated == 0) {
            get(period);
            throw new ConflictException("period " + period + " is not closed");
        }
        events.publishEvent(new PeriodReopened(period.toString(), before.closedAt()));
        return get(period);
    }

    /**
     * The status board: for every unit leading projects of the period's year in the user's scope, how many of its
     * projects have a report submitted, approved, returned, late or zero, and how many have none (missing).
     */
    public List<UnitStatus> status(Period period, CurrentUser user) {
        List<Project> list = projects.list(ProjectFilter.ofYear(period.year()), user);
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, MonthlyReportState> states = new HashMap<>();
        jdbc.sql("select project_id, status, late, zero from monthly_report where report_year = ? and report_month = ?")
                .params(period.year(), period.month())
                .query((rs, i) -> states.put(rs.getLong(1), new MonthlyReportState(ReportStatus.valueOf(rs.getString(2)),
                        rs.getBoolean(3), rs.getBoolean(4))))
                .list();
        for (Project p : list) {
            int[] c = counts.computeIfAbsent(p.leadUnitId(), k -> new int[7]);
            c[0]++;
            MonthlyReportState s = states.get(p.id());
            if (s == null) {
                c[5]++;
                continue;
            }
            switch (s.status()) {
                case SUBMITTED -> c[1]++;
                case APPROVED -> c[2]++;
                case RETURNED -> c[3]++;
            }
            c[4] += s.late() ? 1 : 0;
            c[6] += s.zero() ? 1 : 0;
        }
        Map<Long, Unit> units = new HashMap<>();
        organisation.units().forEach(u -> units.put(u.id(), u));
        List<UnitStatus> out = new ArrayList<>();
        counts.forEach((unitId, c) -> {
            Unit u = units.get(unitId);
            out.add(new UnitStatus(unitId, u == null ? "" : u.name(), u == null ? null : u.regionCode(), c[0], c[1],
                    c[2], c[3], c[4], c[5], c[6], rate(c[0] - c[5], c[0])));
        });
        out.sort((a, b) -> a.reportingRate().compareTo(b.reportingRate()) != 0
                ? b.reportingRate().compareTo(a.reportingRate()) : Long.compare(a.unitId(), b.unitId()));
        return out;
    }

    private record MonthlyReportState(ReportStatus status, boolean late, boolean zero) {
    }

    static BigDecimal rate(int part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }
}
