package cn.diaodu.supervision;

import static cn.diaodu.common.Checks.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.analysis.AnalysisService;
import cn.diaodu.analysis.ProjectFigures;
import cn.diaodu.analysis.Warning;
import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/** Meetings, their agenda and decisions, and the supervision tasks (CONTRACT §10). */
@Service
public class SupervisionService {
    public static final List<String> TYPES = List.of("MONTHLY", "QUARTERLY", "SPECIAL");

    private final JdbcClient jdbc;
    private final AnalysisService analysis;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final DataScope scope;
    private final org.springframework.beans.factory.ObjectProvider<EscalatedProblems> problems;
    private final AppClock clock;

    public SupervisionService(JdbcClient jdbc, AnalysisService analysis, ProjectService projects,
            OrganisationService organisation, ApplicationEventPublisher events, DataScope scope,
            org.springframework.beans.factory.ObjectProvider<EscalatedProblems> problems, AppClock clock) {
        this.jdbc = jdbc;
        this.analysis = analysis;
        this.projects = projects;
        this.organisation = organisation;
        this.events = events;
        this.scope = scope;
        this.problems = problems;
        this.clock = clock;
    }

    // ---- meetings ------------------------------------------------------------------------------------------------

    public record MeetingInput(String title, String type, LocalDate date, String place, String chair,
            String attendees) {
    }

    static void requireOrganiser(CurrentUser user) {
        if (!user.hasAny(Role.DISPATCHER, Role.SUPERVISOR)) {
            throw new ForbiddenException("meetings are prepared by the project office or the supervision office");
        }
    }

    static void requireReader(CurrentUser user) {
        if (!user.hasAny(Role.DISPATCHER, Role.SUPERVISOR, Role.LEADER)) {
            throw new ForbiddenException("meetings");
        }
    }

    @Transactional
    public Meeting create(MeetingInput in, CurrentUser user) {
        requireOrganiser(user);
        List<FieldError> errors = new ArrayList<>();
        requireText(in.title(), "title", 200, errors);
        String type = in.type() == null ? null : in.type().trim();
        if (type == null || type.isEmpty()) {
            errors.add(new FieldError("type", "supervision.error.required"));
        } else if (!TYPES.contains(type)) {
            errors.add(FieldError.of("type", "supervision.error.unknown-value", type));
        }
        if (in.date() == null) {
            errors.add(new FieldError("date", "supervision.error.required"));
        }
        cn.diaodu.common.InputText.checkDate(in.date(), "date", errors);
        maxLength(in.place(), "place", 200, errors);
        maxLength(in.chair(), "chair", 100, errors);
        maxLength(in.attendees(), "attendees", 2000, errors);
        throwIfAny(errors);
        long id = Db.insert(jdbc.sql("insert into meeting(title, meeting_type, meeting_date, place, chair, attendees, "
                + "created_by, created_at) values (?,?,?,?,?,?,?,?)")
                .params(in.title().trim(), type, in.date(), blankToNull(in.place()), blankToNull(in.chair()),
                        blankToNull(in.attendees()), user.username(), clock.now()));
        Meeting created = meeting(id);
        events.publishEvent(cn.diaodu.common.AuditRecord.of("MEETING_CREATE", "MEETING", id, created.title())
                .withChanges(cn.diaodu.common.AuditRecord.changes(null, created, "id", "minutes", "createdBy",
                        "createdAt"))
                .by(user.username()));
        return created;
    }

    private static final String MEETING = "select id, title, meeting_type, meeting_date, place, chair, attendees, "
            + "minutes, created_by, created_at from meeting";

    private static Meeting meetingRow(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Meeting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getObject(10, OffsetDateTime.class));
    }

    public Meeting meeting(long id) {
        return jdbc.sql(MEETING + " where id = ?").param(id).query(SupervisionService::meetingRow).optional()
                .orElseThrow(() -> new NotFoundException("meeting " + id));
    }

    public Meeting meeting(long id, CurrentUser user) {
        requireReader(user);
        return meeting(id);
    }

    public List<Meeting> meetings(CurrentUser user) {
        requireReader(user);
        return jdbc.sql(MEETING + " order by meeting_date desc, id desc").query(SupervisionService::meetingRow).list();
    }

    @Transactional
    public Meeting saveMinutes(long id, String minutes, CurrentUser user) {
        requireOrganiser(user);
        Meeting before = meeting(id);
        if (minutes != null && minutes.length() > 20000) {
            throw ValidationException.of("minutes", "supervision.error.most-20000-characters");
        }
        jdbc.sql("update meeting set minutes = ? where id = ?").params(minutes, id).update();
        events.publishEvent(cn.diaodu.common.AuditRecord.of("MEETING_MINUTES", "MEETING", id, before.title())
                .withChanges(List.of(new cn.diaodu.common.AuditRecord.Change("minutes", before.minutes(), minutes)))
                .by(user.username()));
        return meeting(id);
    }

    // ---- the agenda ----------------------------------------------------------------------------------------------

    /** The month whose warnings the meeting discusses: the month before the meeting's date. */
    static YearMonth agendaMonth(Meeting m) {
        return YearMonth.from(m.date()).minusMonths(1);
    }

    /**
     * 一事一议: every project in the caller's scope with a RED warning for the month before the meeting or with an open
     * problem escalated beyond the unit, each once, ascending by code; then hand edits (added, removed).
     */
    public List<AgendaItem> agenda(long meetingId, CurrentUser user) {
        requireReader(user);
        Meeting m = meeting(meetingId);
        YearMonth ym = agendaMonth(m);
        Map<Long, ProjectFigures> figures = new HashMap<>();
        Map<Long, List<String>> sources = new LinkedHashMap<>();
        for (ProjectFigures f : analysis.projectFigures(new AnalysisService.Month(ym.getYear(), ym.getMonthValue()),
                null, user)) {
            figures.put(f.project().id(), f);
            if (f.warning() == Warning.RED) {
                sources.computeIfAbsent(f.project().id(), k -> new ArrayList<>()).add("RED");
            }
        }
        for (EscalatedProblems p : problems.orderedStream().toList()) {
            for (Long projectId : p.projectsWithOpenEscalatedProblems()) {
                sources.computeIfAbsent(projectId, k -> new ArrayList<>()).add("PROBLEM");
            }
        }
        Map<Long, String> edits = new HashMap<>();
        jdbc.sql("select project_id, edit from meeting_agenda_edit where meeting_id = ?").param(meetingId)
                .query((rs, i) -> edits.put(rs.getLong(1), rs.getString(2))).list();
        edits.forEach((pid, edit) -> {
            if ("ADD".equals(edit)) {
                sources.computeIfAbsent(pid, k -> new ArrayList<>()).add("ADDED");
            } else {
                sources.remove(pid);
            }
        });
        Map<Long, String> units = new HashMap<>();
        organisation.units().forEach(u -> units.put(u.id(), u.name()));
        TreeMap<String, AgendaItem> byCode = new TreeMap<>();
        Map<Long, Project> missing = projects.byIds(sources.keySet().stream().filter(id -> !figures.containsKey(id))
                .toList());
        for (var e : sources.entrySet()) {
            ProjectFigures f = figures.get(e.getKey());
            if (f == null) {
                Project p = missing.get(e.getKey());
                if (p == null || !scope.covers(user, p.regionCode())) {
                    continue;
                }
                f = analysis.figuresOf(p, p.year() == ym.getYear() ? ym.getMonthValue() : 12);
            }
            Project p = f.project();
            byCode.put(p.code(), new AgendaItem(p.id(), p.code(), p.name(), p.leadUnitId(),
                    units.getOrDefault(p.leadUnitId(), ""), f.warning().name(), f.completionRate(), f.gap(),
                    f.reasons(), List.copyOf(e.getValue())));
        }
        return List.copyOf(byCode.values());
    }

    /** The open problems of a project for its brief (from the problem ledger, when there is one). */
    public List<String> openProblemsOf(long projectId) {
        List<String> out = new ArrayList<>();
        problems.orderedStream().forEach(p -> out.addAll(p.openProblemsOf(projectId)));
        return out;
    }

    /** Adds a project to the agenda by hand, or removes one ({@code add} false). */
    @Transactional
    public void editAgenda(long meetingId, long projectId, boolean add, CurrentUser user) {
        requireOrganiser(user);
        meeting(meetingId);
        projects.get(projectId, user);
        jdbc.sql("delete from meeting_agenda_edit where meeting_id = ? and project_id = ?").params(meetingId, projectId)
                .update();
        jdbc.sql("insert into meeting_agenda_edit(meeting_id, project_id, edit) values (?,?,?)")
                .params(meetingId, projectId, add ? "ADD" : "REMOVE").update();
        events.publishEvent(cn.diaodu.common.AuditRecord.of("MEETING_AGENDA", "MEETING", meetingId,
                meeting(meetingId).title())
                .withChanges(List.of(new cn.diaodu.common.AuditRecord.Change("agenda", null,
                        (add ? "+ " : "− ") + projects.find(projectId).map(p -> p.code() + " " + p.name())
                                .orElse(String.valueOf(projectId)))))
                .by(user.username()));
    }

    // ---- decisions and tasks -------------------------------------------------------------------------------------

    public record DecisionInput(String content, Long responsibleUnitId, String responsiblePerson, LocalDate dueDate,
            Long projectId) {
    }

    /** 议定事项 → 督办事项: a decision of the meeting becomes an OPEN task of a unit and a person with a due date. */
    @Transactional
    public SupervisionTask decide(long meetingId, DecisionInput in, CurrentUser user) {
        requireOrganiser(user);
        meeting(meetingId);
        return createTask(meetingId, in, user);
    }

    @Transactional
    public SupervisionTask createTask(Long meetingId, DecisionInput in, CurrentUser user) {
        requireOrganiser(user);
        List<FieldError> errors = new ArrayList<>();
        requireText(in.content(), "content", 2000, errors);
        Optional<Unit> unit = in.responsibleUnitId() == null ? Optional.empty()
                : organisation.unit(in.responsibleUnitId());
        if (in.responsibleUnitId() == null) {
            errors.add(new FieldError("responsibleUnitId", "supervision.error.required"));
        } else if (unit.isEmpty()) {
            errors.add(new FieldError("responsibleUnitId", "supervision.error.unknown-unit"));
        }
        requireText(in.responsiblePerson(), "responsiblePerson", 100, errors);
        if (in.dueDate() == null) {
            errors.add(new FieldError("dueDate", "supervision.error.required"));
        }
        cn.diaodu.common.InputText.checkDate(in.dueDate(), "dueDate", errors);
        Optional<Project> project = in.projectId() == null ? Optional.empty() : projects.find(in.projectId());
        if (in.projectId() != null && project.isEmpty()) {
            errors.add(new FieldError("projectId", "supervision.error.unknown-project"));
        }
        throwIfAny(errors);
        // a region-bounded organiser assigns tasks only to units (and about projects) of its region
        scope.require(user, unit.get().regionCode());
        project.ifPresent(p -> scope.require(user, p.regionCode()));
        OffsetDateTime now = clock.now();
        long id = Db.insert(jdbc.sql("insert into supervision_task(meeting_id, project_id, content, responsible_unit_id, "
                + "responsible_person, due_date, status, created_by, created_at) values (?,?,?,?,?,?,'OPEN',?,?)")
                .params(meetingId, in.projectId(), in.content().trim(), in.responsibleUnitId(),
                        in.responsiblePerson().trim(), in.dueDate(), user.username(), now));
        event(id, now, user.username(), "CREATE", null, "OPEN");
        events.publishEvent(new TaskAssigned(id, meetingId, in.projectId(), in.content().trim(),
                in.responsibleUnitId(), in.responsiblePerson().trim(), in.dueDate()));
        return task(id);
    }

    private void event(long taskId, OffsetDateTime at, String by, String action, String note, String status) {
        jdbc.sql("insert into supervision_task_event(task_id, changed_at, changed_by, action, note, status) "
                + "values (?,?,?,?,?,?)").params(taskId, at, by, action, note, status).update();
    }

    private static final String TASK = "select t.id, t.meeting_id, t.project_id, t.content, t.responsible_unit_id, "
            + "t.responsible_person, t.due_date, t.status, t.created_at, (select count(*) from supervision_task_event e "
            + "where e.task_id = t.id and e.action = 'REMIND') from supervision_task t";

    private SupervisionTask taskRow(java.sql.ResultSet rs, Map<Long, String> units, boolean withTimeline)
            throws java.sql.SQLException {
        long id = rs.getLong(1);
        String status = rs.getString(8);
        LocalDate due = rs.getObject(7, LocalDate.class);
        return new SupervisionTask(id, rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getString(4),
                rs.getLong(5), units.getOrDefault(rs.getLong(5), ""), rs.getString(6), due, status,
                isOverdue(status, due, clock.today()), rs.getInt(10), rs.getObject(9, OffsetDateTime.class),
                withTimeline ? timeline(id) : List.of());
    }

    /** Overdue ⇔ neither DONE nor CLOSED, and today is after the due date (on the due date itself: not overdue). */
    static boolean isOverdue(String status, LocalDate due, LocalDate today) {
        return !"DONE".equals(status) && !"CLOSED".equals(status) && today.isAfter(due);
    }

    private List<SupervisionTask.Event> timeline(long taskId) {
        return jdbc.sql("select changed_at, changed_by, action, note, status from supervision_task_event "
                + "where task_id = ? order by id").param(taskId)
                .query((rs, i) -> new SupervisionTask.Event(rs.getObject(1, OffsetDateTime.class), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> units = new HashMap<>();
        organisation.units().forEach(u -> units.put(u.id(), u.name()));
        return units;
    }

    SupervisionTask task(long id) {
        Map<Long, String> units = unitNames();
        return jdbc.sql(TASK + " where t.id = ?").param(id).query((rs, i) -> taskRow(rs, units, true)).optional()
                .orElseThrow(() -> new NotFoundException("task " + id));
    }

    /** Reporters see their unit's tasks; region-bounded users the tasks of units in their region. */
    private boolean canRead(CurrentUser user, SupervisionTask t) {
        if (user.hasAny(Role.DISPATCHER, Role.SUPERVISOR, Role.LEADER)) {
            if (user.regionCode() == null) {
                return true;
            }
            Optional<Unit> u = organisation.unit(t.responsibleUnitId());
            return u.isPresent() && u.get().regionCode() != null && scope.covers(user, u.get().regionCode());
        }
        return user.has(Role.REPORTER) && user.unitId() != null && user.unitId() == t.responsibleUnitId();
    }

    public SupervisionTask task(long id, CurrentUser user) {
        SupervisionTask t = task(id);
        if (!canRead(user, t)) {
            throw new ForbiddenException("task " + id);
        }
        return t;
    }

    public List<SupervisionTask> tasks(Boolean overdue, Long unitId, Long meetingId, CurrentUser user) {
        if (!user.hasAny(Role.DISPATCHER, Role.SUPERVISOR, Role.LEADER, Role.REPORTER)) {
            throw new ForbiddenException("tasks");
        }
        Map<Long, String> units = unitNames();
        StringBuilder where = new StringBuilder(" where 1=1");
        List<Object> params = new ArrayList<>();
        if (unitId != null) {
            where.append(" and t.responsible_unit_id = ?");
            params.add(unitId);
        }
        if (meetingId != null) {
            where.append(" and t.meeting_id = ?");
            params.add(meetingId);
        }
        List<SupervisionTask> out = new ArrayList<>();
        for (SupervisionTask t : jdbc.sql(TASK + where + " order by t.due_date, t.id").params(params)
                .query((rs, i) -> taskRow(rs, units, false)).list()) {
            if ((overdue == null || t.overdue() == overdue) && canRead(user, t)) {
                out.add(t);
            }
        }
        return out;
    }

    private SupervisionTask forUnitReporter(long id, CurrentUser user) {
        SupervisionTask t = task(id);
        if (!user.has(Role.REPORTER) || user.unitId() == null || user.unitId() != t.responsibleUnitId()) {
            throw new ForbiddenException("task " + id + " belongs to another unit");
        }
        return t;
    }

    private SupervisionTask forSupervisor(long id, CurrentUser user) {
        if (!user.hasAny(Role.SUPERVISOR, Role.DISPATCHER)) {
            throw new ForbiddenException("supervision");
        }
        SupervisionTask t = task(id);
        if (!canRead(user, t)) {
            throw new ForbiddenException("task " + id);
        }
        return t;
    }

    private static String note(String note, boolean required) {
        if (note == null || note.isBlank()) {
            if (required) {
                throw ValidationException.of("note", "supervision.error.note-required");
            }
            return null;
        }
        if (note.length() > 2000) {
            throw ValidationException.of("note", "supervision.error.most-2000-characters");
        }
        return note.trim();
    }

    /** 反馈: the responsible unit reports progress; the status stays OPEN. */
    @Transactional
    public SupervisionTask feedback(long id, String note, CurrentUser user) {
        SupervisionTask t = forUnitReporter(id, user);
        String text = note(note, true);
        SupervisionTask after = transition(t, TaskAction.FEEDBACK, text, user);
        events.publishEvent(new TaskFeedbackGiven(id, t.content(), t.responsibleUnitId(), text));
        return after;
    }

    /** 办结: the responsible unit completes the task: OPEN → DONE. */
    @Transactional
    public SupervisionTask complete(long id, String note, CurrentUser user) {
        SupervisionTask t = forUnitReporter(id, user);
        String text = note(note, false);
        SupervisionTask after = transition(t, TaskAction.COMPLETE, text, user);
        events.publishEvent(new TaskCompleted(id, t.content(), t.responsibleUnitId(), text));
        return after;
    }

    /** 核验销号: the supervision office verifies a completed task: DONE → CLOSED. */
    @Transactional
    public SupervisionTask verify(long id, String note, CurrentUser user) {
        SupervisionTask t = forSupervisor(id, user);
        String text = note(note, false);
        SupervisionTask after = transition(t, TaskAction.VERIFY, text, user);
        events.publishEvent(new TaskVerified(id, t.content(), t.responsibleUnitId(), text));
        return after;
    }

    /** 退回重办: the supervision office sends a completed task back: DONE → OPEN, with a note. */
    @Transactional
    public SupervisionTask reopen(long id, String note, CurrentUser user) {
        SupervisionTask t = forSupervisor(id, user);
        String text = note(note, true);
        SupervisionTask after = transition(t, TaskAction.REOPEN, text, user);
        events.publishEvent(new TaskReturned(id, t.content(), t.responsibleUnitId(), text));
        return after;
    }

    /** 催办: recorded on the task and sent to the unit; not on a completed or closed task. */
    @Transactional
    public SupervisionTask remind(long id, String note, CurrentUser user) {
        SupervisionTask t = forSupervisor(id, user);
        String text = note(note, false);
        transition(t, TaskAction.REMIND, text, user);
        events.publishEvent(new TaskReminded(id, t.content(), t.responsibleUnitId(), text, t.dueDate(),
                t.overdue()));
        return task(id);
    }

    /**
     * Checks and changes the task's state in one conditional write (409 when a concurrent action came first), then
     * records the step, under the row's lock so that the timeline keeps the order of the writes.
     */
    private SupervisionTask transition(SupervisionTask t, TaskAction action, String note, CurrentUser user) {
        if (!action.allows(t.status())) {
            throw new ConflictException(action.refusal());
        }
        OffsetDateTime now = clock.now();
        var spec = jdbc.sql(action.update());
        int updated = action.stamps() ? spec.params(now, t.id()).update() : spec.param(t.id()).update();
        if (updated == 0) {
            throw new ConflictException(action.refusal());
        }
        event(t.id(), now, user.username(), action.name(), note, action.to());
        return task(t.id());
    }

    /** One unit's line of the overdue ranking. */
    public record UnitOverdue(long unitId, String unitName, int open, int overdue, int done, int closed) {
    }

    /** Units ranked by their overdue tasks, most first. */
    public List<UnitOverdue> ranking(CurrentUser user) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (SupervisionTask t : tasks(null, null, null, user)) {
            int[] c = counts.computeIfAbsent(t.responsibleUnitId(), k -> new int[4]);
            names.put(t.responsibleUnitId(), t.responsibleUnitName());
            switch (t.status()) {
                case "OPEN" -> c[0]++;
                case "DONE" -> c[2]++;
                default -> c[3]++;
            }
            c[1] += t.overdue() ? 1 : 0;
        }
        List<UnitOverdue> out = new ArrayList<>();
        counts.forEach((u, c) -> out.add(new UnitOverdue(u, names.get(u), c[0], c[1], c[2], c[3])));
        out.sort((a, b) -> a.overdue() != b.overdue() ? b.overdue() - a.overdue() : b.open() - a.open());
        return out;
    }
}
