package cn.diaodu.suspension;

import static cn.diaodu.common.Checks.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * Suspensions of projects (停缓建, CONTRACT §11). Who: a reporter of the project's lead unit or a dispatcher in scope
 * ({@link ProjectAccess#canReport}) asks and records the resumption; a dispatcher whose region covers the project
 * approves or rejects; whoever reads the project reads its suspensions. Checks in the order 404, 403, 422, 409; each
 * change is one conditional write ({@link SuspensionTransition}, with the version read), audited and published.
 */
@Service
public class SuspensionService {
    static final int MAX_TEXT = 500;

    private static final String SELECT = "select id, project_id, reason, from_date, expected_resume, status, "
            + "requested_by, requested_at, decided_by, decided_at, decision_note, resumed_on, resumed_by, resumed_at, "
            + "version from project_suspension";

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    public SuspensionService(JdbcClient jdbc, ProjectService projects, ProjectAccess access,
            OrganisationService organisation, ApplicationEventPublisher events, AppClock clock) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    record Row(long id, long projectId, String reason, LocalDate from, LocalDate expectedResume,
            SuspensionStatus status, String requestedBy, OffsetDateTime requestedAt, String decidedBy,
            OffsetDateTime decidedAt, String decisionNote, LocalDate resumedOn, String resumedBy,
            OffsetDateTime resumedAt, int version) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), SuspensionStatus.valueOf(rs.getString(6)), rs.getString(7),
                at(rs, 8), rs.getString(9), at(rs, 10),
                rs.getString(11), rs.getObject(12, LocalDate.class), rs.getString(13),
                at(rs, 14), rs.getInt(15));
    }

    /** An instant in China Standard Time, whatever offset the database answers with. */
    private static OffsetDateTime at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(AppClock.ZONE).toOffsetDateTime();
    }

    private static Suspension of(Row r, Project p) {
        return new Suspension(r.id(), r.projectId(), p == null ? null : p.name(), p == null ? null : p.code(),
                p == null ? null : p.regionCode(), r.reason(), r.from(), r.expectedResume(), r.status(),
                r.requestedBy(), r.requestedAt(), r.decidedBy(), r.decidedAt(), r.decisionNote(), r.resumedOn(),
                r.resumedBy(), r.resumedAt(), r.version());
    }

    private Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(SuspensionService::row).optional();
    }

    private Row existing(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("suspension " + id));
    }

    private Project projectOf(Row r) {
        return projects.find(r.projectId()).orElseThrow(() -> new NotFoundException("project " + r.projectId()));
    }

    // ---- who may do what -----------------------------------------------------------------------------------

    /** Asks for a suspension and records the resumption: a reporter of the lead unit or a dispatcher in scope. */
    public boolean mayRequest(CurrentUser u, Project p) {
        return access.canReport(u, p);
    }

    /** Approves or rejects: a dispatcher whose region covers the project. */
    public boolean mayDecide(CurrentUser u, Project p) {
        return u.has(Role.DISPATCHER) && access.canEdit(u, p);
    }

    /** Roles that read suspension lists at all. */
    public static boolean readsSuspensions(CurrentUser u) {
        return ProjectAccess.readsAnything(u);
    }

    // ---- asking --------------------------------------------------------------------------------------------

    @Transactional
    public Suspension request(long projectId, SuspensionInput in, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        if (!mayRequest(user, p)) {
            throw new ForbiddenException("suspension of project " + projectId);
        }
        SuspensionInput input = in == null ? new SuspensionInput(null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        requireText(input.reason(), "reason", MAX_TEXT, errors);
        InputText.check(input.reason(), "reason", errors);
        if (input.from() == null) {
            errors.add(new FieldError("from", "common.error.required"));
        } else if (!InputText.inRange(input.from())) {
            errors.add(new FieldError("from", InputText.DATE_MESSAGE));
        }
        if (!InputText.inRange(input.expectedResume())) {
            errors.add(new FieldError("expectedResume", InputText.DATE_MESSAGE));
        } else if (input.expectedResume() != null && input.from() != null
                && input.expectedResume().isBefore(input.from())) {
            errors.add(new FieldError("expectedResume", "suspension.error.expected-before-from"));
        }
        throwIfAny(errors);
        if (hasOpen(projectId)) {
            throw new ConflictException("suspension.error.already-open");
        }
        OffsetDateTime now = clock.now();
        long id;
        try {
            id = Db.insert(jdbc.sql("insert into project_suspension(project_id, reason, from_date, expected_resume, "
                    + "status, open_for_project, requested_by, requested_at, version) values (?,?,?,?,?,?,?,?,0)")
                    .params(projectId, input.reason().strip(), input.from(), input.expectedResume(),
                            SuspensionStatus.REQUESTED.name(), projectId, user.username(), now));
        } catch (DuplicateKeyException concurrent) {
            throw new ConflictException("suspension.error.already-open");
        }
        Suspension s = of(existing(id), p);
        events.publishEvent(new SuspensionRequested(s.state()));
        return s;
    }

    private boolean hasOpen(long projectId) {
        return jdbc.sql("select count(*) from project_suspension where open_for_project = ?").param(projectId)
                .query(Long.class).single() > 0;
    }

    // ---- changes -------------------------------------------------------------------------------------------

    @Transactional
    public Suspension approve(long id, DecisionInput in, CurrentUser user) {
        return decide(id, SuspensionTransition.APPROVE, in == null ? DecisionInput.NONE : in, user);
    }

    @Transactional
    public Suspension reject(long id, DecisionInput in, CurrentUser user) {
        return decide(id, SuspensionTransition.REJECT, in == null ? DecisionInput.NONE : in, user);
    }

    private Suspension decide(long id, SuspensionTransition t, DecisionInput in, CurrentUser user) {
        Row r = existing(id);
        Project p = projectOf(r);
        if (!mayDecide(user, p)) {
            throw new ForbiddenException(t.path() + " of suspension " + id);
        }
        String note = blankToNull(in.note());
        List<FieldError> errors = new ArrayList<>();
        if (t == SuspensionTransition.REJECT && note == null) {
            errors.add(new FieldError("note", "common.error.required"));
        }
        maxLength(note, "note", MAX_TEXT, errors);
        InputText.check(note, "note", errors);
        throwIfAny(errors);
        check(t, r, in.version());
        OffsetDateTime now = clock.now();
        int updated = jdbc.sql("update project_suspension set status = ?, open_for_project = ?, decided_by = ?, "
                + "decided_at = ?, decision_note = ?, version = version + 1 where id = ? and version = ? and "
                + t.whereFrom())
                .params(t.to().name(), t.leavesOpen() ? r.projectId() : null, user.username(), now, note, id,
                        r.version())
                .update();
        return after(r, p, t, updated, note);
    }

    @Transactional
    public Suspension resume(long id, ResumeInput in, CurrentUser user) {
        ResumeInput input = in == null ? ResumeInput.NONE : in;
        Row r = existing(id);
        Project p = projectOf(r);
        if (!mayRequest(user, p)) {
            throw new ForbiddenException("resume of suspension " + id);
        }
        List<FieldError> errors = new ArrayList<>();
        if (input.date() == null) {
            errors.add(new FieldError("date", "common.error.required"));
        } else if (!InputText.inRange(input.date())) {
            errors.add(new FieldError("date", InputText.DATE_MESSAGE));
        } else if (input.date().isBefore(r.from())) {
            errors.add(FieldError.of("date", "suspension.error.resume-before-from", r.from().toString()));
        }
        throwIfAny(errors);
        check(SuspensionTransition.RESUME, r, input.version());
        OffsetDateTime now = clock.now();
        int updated = jdbc.sql("update project_suspension set status = ?, open_for_project = null, resumed_on = ?, "
                + "resumed_by = ?, resumed_at = ?, version = version + 1 where id = ? and version = ? and "
                + SuspensionTransition.RESUME.whereFrom())
                .params(SuspensionStatus.RESUMED.name(), input.date(), user.username(), now, id, r.version())
                .update();
        return after(r, p, SuspensionTransition.RESUME, updated, null);
    }

    /** 409 when the state does not allow the change, or the version given is not the current one. */
    private static void check(SuspensionTransition t, Row r, Integer version) {
        if (!t.allows(r.status())) {
            throw new ConflictException("suspension.error.not-allowed", r.status().name(), t.path());
        }
        if (version != null && version != r.version()) {
            throw new ConflictException("suspension.error.changed-meanwhile");
        }
    }

    /** After the conditional write: 409 when another change came first (404 when the row is gone), else the event. */
    private Suspension after(Row before, Project p, SuspensionTransition t, int updated, String note) {
        if (updated == 0) {
            existing(before.id());
            throw new ConflictException("suspension.error.changed-meanwhile");
        }
        Suspension b = of(before, p);
        Suspension a = of(existing(before.id()), p);
        events.publishEvent(switch (t) {
            case APPROVE -> new SuspensionApproved(b.state(), a.state(), note);
            case REJECT -> new SuspensionRejected(b.state(), a.state(), note);
            case RESUME -> new SuspensionResumed(b.state(), a.state(), null);
        });
        return a;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The suspension for whoever reads its project: 404 when unknown, 403 otherwise. */
    public Suspension get(long id, CurrentUser user) {
        Row r = existing(id);
        Project p = projectOf(r);
        access.requireRead(user, p);
        return of(r, p);
    }

    /** A project's suspensions, newest first, for whoever reads the project (404, 403 as the project). */
    public List<Suspension> ofProject(long projectId, CurrentUser user) {
        Project p = projects.get(projectId, user);
        return ofProject(p);
    }

    /** A project's suspensions, newest first (the caller has checked that the user reads the project). */
    List<Suspension> ofProject(Project p) {
        return jdbc.sql(SELECT + " where project_id = ? order by id desc").param(p.id())
                .query(SuspensionService::row).list().stream().map(r -> of(r, p)).toList();
    }

    /**
     * The suspensions the user may see (the projects it reads), optionally of one status and of one region's
     * subtree (an unknown region: none): those awaiting a decision first, then newest first.
     */
    public List<Suspension> list(SuspensionStatus status, String regionCode, CurrentUser user) {
        if (!readsSuspensions(user)) {
            throw new ForbiddenException("no project reading role");
        }
        RegionTree tree = organisation.regionTree();
        String region = blankToNull(regionCode);
        if (region != null && !tree.contains(region)) {
            return List.of();
        }
        List<Row> rows = status == null
                ? jdbc.sql(SELECT + " order by id desc").query(SuspensionService::row).list()
                : jdbc.sql(SELECT + " where status = ? order by id desc").param(status.name())
                        .query(SuspensionService::row).list();
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> ids.add(r.projectId()));
        Map<Long, Project> byId = ids.isEmpty() ? Map.of() : projects.byIds(ids);
        List<Suspension> out = new ArrayList<>();
        for (Row r : rows) {
            Project p = byId.get(r.projectId());
            if (p != null && access.canRead(user, p) && (region == null || tree.isWithin(p.regionCode(), region))) {
                out.add(of(r, p));
            }
        }
        out.sort(PENDING_FIRST);
        return out;
    }

    /** Awaiting a decision first, then the newest first. */
    static final Comparator<Suspension> PENDING_FIRST = Comparator
            .comparing((Suspension s) -> s.status() != SuspensionStatus.REQUESTED)
            .thenComparing(Comparator.comparingLong(Suspension::id).reversed());
}
