package cn.diaodu.problem;

import static cn.diaodu.common.Checks.*;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.calendar.CalendarService;
import cn.diaodu.calendar.OutsideCalendarException;
import cn.diaodu.calendar.WorkingCalendar;
import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Uploads;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * The problem ledger (CONTRACT §9): who may raise, see and work a problem, its transitions and timeline, deadlines in
 * working days, attachments and the notifications to the assignee unit.
 *
 * <p>Who: the project office (DISPATCHER) and the supervision office (SUPERVISOR) raise, verify, reopen, escalate,
 * reassign and remind, on the problems of their region (a problem lies in a region when its project does, or when
 * its assignee unit does); a REPORTER raises problems of its unit's projects and accepts, answers and resolves the
 * problems assigned to its unit; LEADERs read. Checks run in the order 404, 403, 422, 409.
 */
@Service
public class ProblemService {
    private static final Logger log = LoggerFactory.getLogger(ProblemService.class);
    /** The automatic job acts as the offices, for the whole system. */
    static final CurrentUser SYSTEM = new CurrentUser(0L, "system", "系统",
            Set.of(Role.DISPATCHER, Role.SUPERVISOR), null, null);
    static final int MAX_DUE_DAYS = 250;

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final CalendarService calendar;
    private final AppClock clock;
    private final Environment env;
    private final DataSize maxAttachment;

    public ProblemService(JdbcClient jdbc, ProjectService projects, ProjectAccess access,
            OrganisationService organisation, ApplicationEventPublisher events, CalendarService calendar,
            AppClock clock, Environment env, TransactionTemplate tx,
            @Value("${diaodu.problems.max-attachment-size:10MB}") DataSize maxAttachment) {
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.organisation = organisation;
        this.events = events;
        this.tx = tx;
        this.calendar = calendar;
        this.clock = clock;
        this.env = env;
        this.maxAttachment = maxAttachment;
    }

    // ---- rows ----------------------------------------------------------------------------------------------

    private static final String SELECT = "select id, project_id, title, category, description, assignee_unit_id, "
            + "status, problem_level, assigned_on, due_working_days, due_date, resolved_on, closed_on, raised_by, "
            + "created_at, updated_at, version, level_since, reminded_on from problem";

    record Row(long id, Long projectId, String title, ProblemCategory category, String description,
            long assigneeUnitId, ProblemStatus status, ProblemLevel level, LocalDate assignedOn, int dueWorkingDays,
            LocalDate dueDate, LocalDate resolvedOn, LocalDate closedOn, String raisedBy, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, int version, LocalDate levelSince, LocalDate remindedOn) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        return new Row(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3),
                ProblemCategory.valueOf(rs.getString(4)), rs.getString(5), rs.getLong(6),
                ProblemStatus.valueOf(rs.getString(7)), ProblemLevel.valueOf(rs.getString(8)),
                rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class), rs.getString(14),
                rs.getObject(15, OffsetDateTime.class), rs.getObject(16, OffsetDateTime.class), rs.getInt(17),
                rs.getObject(18, LocalDate.class), rs.getObject(19, LocalDate.class));
    }

    private Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(ProblemService::row).optional();
    }

    private Row existing(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("problem " + id));
    }

    /** What the rules need to know about the problems at hand: their projects, the units and the region tree. */
    private record Ctx(RegionTree tree, Map<Long, Unit> units, Map<Long, Project> projects) {
        Project project(Row r) {
            return r.projectId() == null ? null : projects.get(r.projectId());
        }

        Unit unit(long id) {
            return units.get(id);
        }
    }

    private Ctx ctx(List<Row> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(r -> {
            if (r.projectId() != null) {
                ids.add(r.projectId());
            }
        });
        Map<Long, Unit> units = new HashMap<>();
        organisation.units().forEach(u -> units.put(u.id(), u));
        return new Ctx(organisation.regionTree(), units, ids.isEmpty() ? Map.of() : projects.byIds(ids));
    }

    private Problem toProblem(Row r, Ctx c, LocalDate today) {
        Project p = c.project(r);
        Unit u = c.unit(r.assigneeUnitId());
        return new Problem(r.id(), r.projectId(), p == null ? null : p.name(), r.title(), r.category(),
                r.description(), r.assigneeUnitId(), u == null ? null : u.name(), r.status(), r.level(),
                r.assignedOn(), r.dueWorkingDays(), r.dueDate(), Problem.isOverdue(r.status(), r.dueDate(), today),
                r.resolvedOn(), r.closedOn(), r.raisedBy(), r.createdAt(), r.updatedAt(), r.version(), null, null);
    }

    // ---- who may do what -----------------------------------------------------------------------------------

    /** Roles that read problems at all. */
    public static boolean readsProblems(CurrentUser u) {
        return ProjectAccess.readsRegion(u) || isReporter(u);
    }

    /** Roles that raise problems. */
    public static boolean raisesProblems(CurrentUser u) {
        return isOffice(u) || isReporter(u);
    }

    private static boolean isOffice(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.SUPERVISOR);
    }

    private static boolean isReporter(CurrentUser u) {
        return u.has(Role.REPORTER) && u.unitId() != null;
    }

    /** The problem lies in the user's region: its project does, or its assignee unit does. */
    private static boolean inRegion(CurrentUser u, Row r, Ctx c) {
        if (u.regionCode() == null) {
            return true;
        }
        Project p = c.project(r);
        if (p != null && c.tree().isWithin(p.regionCode(), u.regionCode())) {
            return true;
        }
        Unit unit = c.unit(r.assigneeUnitId());
        return unit != null && unit.regionCode() != null && c.tree().isWithin(unit.regionCode(), u.regionCode());
    }

    private static boolean unitMember(CurrentUser u, Row r) {
        return isReporter(u) && u.unitId() == r.assigneeUnitId();
    }

    private static boolean projectUnitMember(CurrentUser u, Row r, Ctx c) {
        Project p = c.project(r);
        return isReporter(u) && p != null && u.unitId() == p.leadUnitId();
    }

    private static boolean office(CurrentUser u, Row r, Ctx c) {
        return isOffice(u) && inRegion(u, r, c);
    }

    private static boolean visible(CurrentUser u, Row r, Ctx c) {
        return (ProjectAccess.readsRegion(u) && inRegion(u, r, c)) || unitMember(u, r) || projectUnitMember(u, r, c);
    }

    private static boolean mayAct(CurrentUser u, ProblemAction a, Row r, Ctx c) {
        return switch (a) {
            case ACCEPT, FEEDBACK, RESOLVE -> unitMember(u, r);
            case VERIFY, REOPEN, ESCALATE, ASSIGN, REMIND -> office(u, r, c);
            case CREATE -> false;
        };
    }

    /** Whether the current status and level allow the action (else 409). */
    static boolean stateAllows(ProblemAction a, ProblemStatus s, ProblemLevel level) {
        return a.allows(s, level);
    }

    /** The actions the user may take on the problem now (the buttons of its page). */
    public Set<ProblemAction> allowedActions(long id, CurrentUser user) {
        Row r = existing(id);
        Ctx c = ctx(List.of(r));
        Set<ProblemAction> out = EnumSet.noneOf(ProblemAction.class);
        for (ProblemAction a : ProblemAction.values()) {
            if (a != ProblemAction.CREATE && mayAct(user, a, r, c) && stateAllows(a, r.status(), r.level())) {
                out.add(a);
            }
        }
        return out;
    }

    /** Whether the user may attach files to the problem now. */
    public boolean mayAttach(long id, CurrentUser user) {
        Row r = existing(id);
        Ctx c = ctx(List.of(r));
        return r.status() != ProblemStatus.CLOSED && participant(user, r, c);
    }

    private static boolean participant(CurrentUser u, Row r, Ctx c) {
        return office(u, r, c) || unitMember(u, r) || projectUnitMember(u, r, c);
    }

    /** Whether the user may raise a problem of this project. */
    public boolean mayRaiseFor(CurrentUser u, Project p) {
        return access.canRead(u, p) && (isOffice(u) || (isReporter(u) && u.unitId() == p.leadUnitId()));
    }

    // ---- deadlines -----------------------------------------------------------------------------------------

    /** The category's default time limit, or null when {@code category} names none (the page's blank field). */
    public Integer defaultDueDays(String category) {
        try {
            return category == null ? null : defaultDueDays(ProblemCategory.valueOf(category.trim()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The default deadline of a category in working days ({@code diaodu.problems.default-due-days.<CATEGORY>}). */
    public int defaultDueDays(ProblemCategory c) {
        Integer v = env.getProperty("diaodu.problems.default-due-days." + c.name(), Integer.class);
        return v == null || v < 1 ? c.defaultDueDays() : v;
    }

    private static void checkDueDays(Integer days, String field, List<FieldError> errors) {
        if (days == null) {
            return;
        }
        if (days < 1) {
            errors.add(new FieldError(field, "problem.error.must-least-1-working-day"));
        } else if (days > MAX_DUE_DAYS) {
            errors.add(FieldError.of(field, "problem.error.at-most-working-days", String.valueOf(MAX_DUE_DAYS)));
        }
    }

    /** The days-th working day after today; 422 on {@code field} when the calendar does not reach that far. */
    private LocalDate dueDate(LocalDate from, int days, String field) {
        try {
            return calendar.addWorkingDays(from, days);
        } catch (OutsideCalendarException e) {
            throw ValidationException.of(field, e.key(), e.args().toArray());
        }
    }

    // ---- raising -------------------------------------------------------------------------------------------

    @Transactional
    public Problem create(ProblemInput in, CurrentUser user) {
        if (!raisesProblems(user)) {
            throw new ForbiddenException("only the offices and the units' reporters raise problems");
        }
        List<FieldError> errors = new ArrayList<>();
        Project project = null;
        if (in.projectId() != null) {
            project = projects.find(in.projectId()).orElse(null);
            if (project == null) {
                errors.add(new FieldError("projectId", "problem.error.unknown-project"));
            }
        } else if (!isOffice(user)) {
            errors.add(new FieldError("projectId", "problem.error.unit-projects-only"));
        }
        requireText(in.title(), "title", 200, errors);
        ProblemCategory category = parseEnum(ProblemCategory.class, in.category(), "category", errors);
        requireText(in.description(), "description", 4000, errors);
        Unit unit = null;
        if (in.assigneeUnitId() == null) {
            errors.add(new FieldError("assigneeUnitId", "problem.error.required"));
        } else {
            unit = organisation.unit(in.assigneeUnitId()).orElse(null);
            if (unit == null) {
                errors.add(new FieldError("assigneeUnitId", "problem.error.unknown-unit"));
            }
        }
        if (in.dueWorkingDays() == null) {
            errors.add(new FieldError("dueWorkingDays", "problem.error.required"));
        }
        checkDueDays(in.dueWorkingDays(), "dueWorkingDays", errors);
        throwIfAny(errors);
        if (project != null ? !mayRaiseFor(user, project) : !unitInScope(user, unit)) {
            throw new ForbiddenException("outside the user's scope");
        }
        int days = in.dueWorkingDays();
        LocalDate today = clock.today();
        LocalDate due = dueDate(today, days, "dueWorkingDays");
        OffsetDateTime now = clock.now();
        long id = Db.insert(jdbc.sql("insert into problem(project_id, title, category, description, assignee_unit_id, "
                + "status, problem_level, due_working_days, assigned_on, due_date, level_since, raised_by, created_at, "
                + "updated_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")
                .params(in.projectId(), in.title().strip(), category.name(), in.description().strip(), unit.id(),
                        ProblemStatus.ASSIGNED.name(), ProblemLevel.UNIT.name(), days, today, due, today,
                        user.username(), now, now));
        Row r = existing(id);
        String raised = "交办" + unit.name() + "，" + days + "个工作日内（" + due + "前）办结";
        event(r, ProblemAction.CREATE, user, raised, now);
        events.publishEvent(new ProblemRaised(state(r, project), raised));
        return detail(r);
    }

    /** A problem without a project is the offices' when its assignee unit lies in their region. */
    private boolean unitInScope(CurrentUser user, Unit unit) {
        if (!isOffice(user)) {
            return false;
        }
        return user.regionCode() == null || (unit.regionCode() != null
                && organisation.regionTree().isWithin(unit.regionCode(), user.regionCode()));
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The problem with its timeline and attachments: 404 when unknown, 403 when the user may not see it. */
    public Problem get(long id, CurrentUser user) {
        Row r = existing(id);
        if (!readsProblems(user) || !visible(user, r, ctx(List.of(r)))) {
            throw new ForbiddenException("problem " + id);
        }
        return detail(r);
    }

    private Problem detail(Row r) {
        Problem p = toProblem(r, ctx(List.of(r)), clock.today());
        return p.with(timeline(r.id()), attachments(r.id()));
    }

    private List<TimelineEntry> timeline(long id) {
        return jdbc.sql("select acted_at, actor, action, note, status, problem_level, assignee_unit_id, due_date "
                + "from problem_event where problem_id = ? order by id")
                .param(id)
                .query((rs, i) -> new TimelineEntry(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        ProblemAction.valueOf(rs.getString(3)), rs.getString(4),
                        ProblemStatus.valueOf(rs.getString(5)), ProblemLevel.valueOf(rs.getString(6)), rs.getLong(7),
                        rs.getObject(8, LocalDate.class)))
                .list();
    }

    private List<Attachment> attachments(long id) {
        return jdbc.sql("select id, problem_id, filename, content_type, size_bytes, uploaded_by, uploaded_at "
                + "from problem_attachment where problem_id = ? order by id")
                .param(id).query(ProblemService::attachment).list();
    }

    private static Attachment attachment(ResultSet rs, int i) throws SQLException {
        return new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getObject(7, OffsetDateTime.class));
    }

    /** The problems the user may see that match the filter, oldest first. */
    public List<Problem> list(ProblemFilter f, CurrentUser user) {
        if (!readsProblems(user)) {
            throw new ForbiddenException("no problem reading role");
        }
        LocalDate today = clock.today();
        StringBuilder where = new StringBuilder(" where 1=1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.status() != null) {
            where.append(" and status = :status");
            params.put("status", f.status().name());
        }
        if (f.overdue() != null) {
            where.append(f.overdue() ? " and " : " and not ")
                    .append("(status in ('ASSIGNED','ACCEPTED') and due_date < :today)");
            params.put("today", today);
        }
        if (f.assigneeUnitId() != null) {
            where.append(" and assignee_unit_id = :unit");
            params.put("unit", f.assigneeUnitId());
        }
        if (f.projectId() != null) {
            where.append(" and project_id = :project");
            params.put("project", f.projectId());
        }
        if (f.category() != null) {
            where.append(" and category = :category");
            params.put("category", f.category().name());
        }
        if (f.level() != null) {
            where.append(" and problem_level = :level");
            params.put("level", f.level().name());
        }
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + where + " order by id");
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Row> rows = spec.query(ProblemService::row).list();
        Ctx c = ctx(rows);
        List<Problem> out = new ArrayList<>();
        for (Row r : rows) {
            if (visible(user, r, c)) {
                out.add(toProblem(r, c, today));
            }
        }
        return out;
    }

    /** The board of the problems the user sees: counts by category and unit, on-time closure rates ranked. */
    public ProblemBoard board(CurrentUser user) {
        List<Problem> all = list(ProblemFilter.ALL, user);
        Map<Long, String> names = new HashMap<>();
        organisation.units().forEach(u -> names.put(u.id(), u.name()));
        return ProblemBoard.of(all, names);
    }

    // ---- transitions ---------------------------------------------------------------------------------------

    /** One transition of CONTRACT §9 (or ASSIGN 转办 / REMIND 催办); answers the problem as it is after it. */
    @Transactional
    public Problem act(long id, ProblemAction action, ActionInput in, CurrentUser user) {
        if (action == ProblemAction.CREATE) {
            throw new IllegalArgumentException("CREATE is not a transition");
        }
        ActionInput input = in == null ? ActionInput.NONE : in;
        Row r = existing(id);
        Ctx c = ctx(List.of(r));
        if (!mayAct(user, action, r, c)) {
            throw new ForbiddenException(action.path() + " of problem " + id);
        }
        String note = blankToNull(input.note());
        List<FieldError> errors = new ArrayList<>();
        maxLength(note, "note", 2000, errors);
        if (note == null && (action == ProblemAction.FEEDBACK || action == ProblemAction.REOPEN
                || action == ProblemAction.ESCALATE)) {
            errors.add(new FieldError("note", "problem.error.required"));
        }
        Unit newUnit = null;
        if (action == ProblemAction.ASSIGN) {
            if (input.assigneeUnitId() == null) {
                errors.add(new FieldError("assigneeUnitId", "problem.error.required"));
            } else {
                newUnit = organisation.unit(input.assigneeUnitId()).orElse(null);
                if (newUnit == null) {
                    errors.add(new FieldError("assigneeUnitId", "problem.error.unknown-unit"));
                }
            }
        }
        if (action == ProblemAction.ASSIGN || action == ProblemAction.REOPEN) {
            checkDueDays(input.dueWorkingDays(), "dueWorkingDays", errors);
        }
        throwIfAny(errors);
        if (newUnit != null && r.projectId() == null && !unitInScope(user, newUnit)) {
            throw new ForbiddenException("unit " + newUnit.id() + " is outside the user's scope");
        }
        if (!stateAllows(action, r.status(), r.level())) {
            throw conflict(action, r);
        }
        LocalDate today = clock.today();
        Next n = new Next(r);
        String eventNote = note;
        switch (action) {
            case ACCEPT -> n.status = ProblemStatus.ACCEPTED;
            case FEEDBACK -> {
            }
            case RESOLVE -> {
                n.status = ProblemStatus.RESOLVED;
                n.resolvedOn = today;
            }
            case VERIFY -> {
                n.status = ProblemStatus.CLOSED;
                n.closedOn = today;
            }
            case REOPEN -> {
                n.status = ProblemStatus.ASSIGNED;
                n.resolvedOn = null;
                n.closedOn = null;
                if (input.dueWorkingDays() != null) {
                    n.dueWorkingDays = input.dueWorkingDays();
                    n.assignedOn = today;
                    n.dueDate = dueDate(today, n.dueWorkingDays, "dueWorkingDays");
                }
            }
            case ESCALATE -> {
                n.level = r.level().next();
                n.levelSince = today;
            }
            case ASSIGN -> {
                n.assigneeUnitId = newUnit.id();
                n.status = ProblemStatus.ASSIGNED;
                n.dueWorkingDays = input.dueWorkingDays() != null ? input.dueWorkingDays()
                        : defaultDueDays(r.category());
                n.assignedOn = today;
                n.dueDate = dueDate(today, n.dueWorkingDays, "dueWorkingDays");
                String what = "转办" + newUnit.name() + "，" + n.dueWorkingDays + "个工作日内（" + n.dueDate + "前）办结";
                eventNote = note == null ? what : what + "。" + note;
            }
            case REMIND -> n.remindedOn = today;
            case CREATE -> throw new IllegalStateException();
        }
        Row after = save(r, n, action, user, eventNote);
        events.publishEvent(step(action, state(r, c.project(r)), state(after, c.project(after)), eventNote, false));
        return detail(after);
    }

    private static ConflictException conflict(ProblemAction a, Row r) {
        if (a == ProblemAction.ESCALATE && r.status().open()) {
            return new ConflictException("problem.error.problem-already-government");
        }
        return new ConflictException("problem.error.action-not-allowed", String.valueOf(r.status()), a.path());
    }

    static String levelName(ProblemLevel level) {
        return switch (level) {
            case UNIT -> "责任单位办理";
            case LEADER -> "包抓领导协调";
            case GOVERNMENT -> "市政府协调";
        };
    }

    /** The state after a transition, starting from the row's. */
    private static final class Next {
        ProblemStatus status;
        ProblemLevel level;
        long assigneeUnitId;
        LocalDate assignedOn;
        int dueWorkingDays;
        LocalDate dueDate;
        LocalDate levelSince;
        LocalDate resolvedOn;
        LocalDate closedOn;
        LocalDate remindedOn;

        Next(Row r) {
            status = r.status();
            level = r.level();
            assigneeUnitId = r.assigneeUnitId();
            assignedOn = r.assignedOn();
            dueWorkingDays = r.dueWorkingDays();
            dueDate = r.dueDate();
            levelSince = r.levelSince();
            resolvedOn = r.resolvedOn();
            closedOn = r.closedOn();
            remindedOn = r.remindedOn();
        }
    }

    /**
     * Writes the new state in one conditional write — the version read and a state the action may start from — so
     * that of concurrent actions one succeeds and the others get 409; adds the step to the timeline under the row's
     * lock, in the order of the writes.
     */
    private Row save(Row r, Next n, ProblemAction action, CurrentUser user, String note) {
        OffsetDateTime now = clock.now();
        int updated = jdbc.sql("update problem set status = ?, problem_level = ?, assignee_unit_id = ?, "
                + "assigned_on = ?, due_working_days = ?, due_date = ?, level_since = ?, resolved_on = ?, "
                + "closed_on = ?, reminded_on = ?, updated_at = ?, version = version + 1 where id = ? and version = ? "
                + "and " + action.whereFrom())
                .params(n.status.name(), n.level.name(), n.assigneeUnitId, n.assignedOn, n.dueWorkingDays,
                        n.dueDate, n.levelSince, n.resolvedOn, n.closedOn, n.remindedOn, now, r.id(), r.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("problem.error.problem-was-changed-meanwhile");
        }
        Row after = existing(r.id());
        event(after, action, user, note, now);
        return after;
    }

    private void event(Row r, ProblemAction action, CurrentUser user, String note, OffsetDateTime at) {
        jdbc.sql("insert into problem_event(problem_id, acted_at, actor, action, note, status, problem_level, "
                + "assignee_unit_id, due_date) values (?,?,?,?,?,?,?,?,?)")
                .params(r.id(), at, user.username(), action.name(), note, r.status().name(), r.level().name(),
                        r.assigneeUnitId(), r.dueDate())
                .update();
    }

    // ---- events ------------------------------------------------------------------------------------------

    private static ProblemState state(Row r, Project project) {
        return new ProblemState(r.id(), r.title(), r.category(), project == null ? null : project.name(),
                r.assigneeUnitId(), r.status(), r.level(), r.dueDate(), r.dueWorkingDays());
    }

    /** The event of a transition, published in its transaction (the unit is notified after commit). */
    private static Object step(ProblemAction a, ProblemState before, ProblemState after, String note,
            boolean automatic) {
        return switch (a) {
            case ACCEPT -> new ProblemAccepted(before, after, note, automatic);
            case FEEDBACK -> new ProblemFeedbackGiven(before, after, note, automatic);
            case RESOLVE -> new ProblemResolved(before, after, note, automatic);
            case VERIFY -> new ProblemVerified(before, after, note, automatic);
            case REOPEN -> new ProblemReopened(before, after, note, automatic);
            case ESCALATE -> new ProblemEscalated(before, after, note, automatic);
            case ASSIGN -> new ProblemAssigned(before, after, note, automatic);
            case REMIND -> new ProblemReminded(before, after, note, automatic);
            case CREATE -> throw new IllegalArgumentException("CREATE is published as ProblemRaised");
        };
    }

    // ---- attachments ---------------------------------------------------------------------------------------

    /** The content of an attachment with its description. */
    public record AttachmentContent(Attachment attachment, byte[] content) {
    }

    /**
     * Attaches a photo (jpg, png) or document (pdf, docx, xlsx) of at most {@code diaodu.problems.max-attachment-size}
     * (10 MB): the offices of the problem's region, the assignee unit and the project's unit; not on a closed one.
     */
    @Transactional
    public Attachment attach(long id, MultipartFile file, CurrentUser user) {
        Row r = existing(id);
        if (!participant(user, r, ctx(List.of(r)))) {
            throw new ForbiddenException("problem " + id);
        }
        Uploads.Upload upload = Uploads.read(file, Uploads.PHOTOS_AND_DOCUMENTS, maxAttachment,
                "problem.error.attachment-types");
        String name = upload.filename();
        byte[] content = upload.content();
        if (r.status() == ProblemStatus.CLOSED) {
            throw new ConflictException("problem.error.problem-closed");
        }
        OffsetDateTime now = clock.now();
        long attId = Db.insert(jdbc.sql("insert into problem_attachment(problem_id, filename, content_type, "
                + "size_bytes, content, uploaded_by, uploaded_at) values (?,?,?,?,?,?,?)")
                .params(id, name, upload.contentType(), (long) content.length, content,
                        user.username(), now));
        return new Attachment(attId, id, name, upload.contentType(), content.length,
                user.username(), now);
    }

    /** An attachment's content for whoever may see the problem; 404 when it is not the problem's. */
    public AttachmentContent attachment(long id, long attachmentId, CurrentUser user) {
        get(id, user);
        Attachment a = jdbc.sql("select id, problem_id, filename, content_type, size_bytes, uploaded_by, uploaded_at "
                + "from problem_attachment where id = ? and problem_id = ?")
                .params(attachmentId, id).query(ProblemService::attachment).optional()
                .orElseThrow(() -> new NotFoundException("attachment " + attachmentId));
        byte[] content = jdbc.sql("select content from problem_attachment where id = ?").param(attachmentId)
                .query((rs, i) -> rs.getBytes(1)).single();
        return new AttachmentContent(a, content);
    }

    // ---- the daily job -------------------------------------------------------------------------------------

    /** Reminds the unit of each open problem due today, once a day; each problem in a transaction of its own. */
    public int remindDueToday() {
        LocalDate today = clock.today();
        List<Row> due = jdbc.sql(SELECT + " where status in ('ASSIGNED','ACCEPTED') and due_date = ? order by id")
                .param(today).query(ProblemService::row).list();
        int sent = 0;
        Ctx c = ctx(due);
        for (Row r : due) {
            if (today.equals(r.remindedOn())) {
                continue;
            }
            Boolean done = item(r, () -> tx.execute(st -> {
                Next n = new Next(r);
                n.remindedOn = today;
                Row after;
                try {
                    after = save(r, n, ProblemAction.REMIND, SYSTEM, "今天是办理期限，请按时办结");
                } catch (ConflictException changedMeanwhile) {
                    return false;
                }
                events.publishEvent(new ProblemReminded(state(r, c.project(r)), state(after, c.project(after)),
                        null, true));
                return true;
            }));
            if (!Boolean.TRUE.equals(done)) {
                continue;
            }
            sent++;
        }
        return sent;
    }

    /**
     * Escalates overdue problems one level: when a problem becomes overdue at a level it reached on or before its
     * due date, and again each time it has stayed overdue at its level for {@code every} more working days. Each
     * problem in a transaction of its own, so that one failure neither undoes the others nor leaves a notice behind.
     */
    public int escalateOverdue(int every) {
        LocalDate today = clock.today();
        List<Row> overdue = jdbc.sql(SELECT + " where status in ('ASSIGNED','ACCEPTED') and due_date < ? "
                + "and problem_level <> 'GOVERNMENT' order by id")
                .param(today).query(ProblemService::row).list();
        if (overdue.isEmpty()) {
            return 0;
        }
        WorkingCalendar cal = calendar.snapshot();
        Ctx c = ctx(overdue);
        int escalated = 0;
        for (Row r : overdue) {
            if (!r.levelSince().isAfter(r.dueDate()) || reached(cal, r.levelSince(), every, today)) {
                Boolean done = item(r, () -> tx.execute(st -> {
                    Next n = new Next(r);
                    n.level = r.level().next();
                    n.levelSince = today;
                    String note = "逾期未办结（期限" + r.dueDate() + "），自动提级至" + levelName(n.level);
                    Row after;
                    try {
                        after = save(r, n, ProblemAction.ESCALATE, SYSTEM, note);
                    } catch (ConflictException changedMeanwhile) {
                        return false;
                    }
                    events.publishEvent(new ProblemEscalated(state(r, c.project(r)), state(after, c.project(after)),
                            note, true));
                    return true;
                }));
                if (!Boolean.TRUE.equals(done)) {
                    continue;
                }
                escalated++;
            }
        }
        return escalated;
    }

    /** One item of a job: its failure is logged and leaves the others (and their commits) alone. */
    private static Boolean item(Row r, java.util.function.Supplier<Boolean> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            log.warn("Problem {}: the daily job's step failed and was rolled back: {}", r.id(), e.toString());
            return false;
        }
    }

    private static boolean reached(WorkingCalendar cal, LocalDate since, int every, LocalDate today) {
        try {
            return !today.isBefore(cal.addWorkingDays(since, Math.max(1, every)));
        } catch (OutsideCalendarException e) {
            return false;
        }
    }
}
