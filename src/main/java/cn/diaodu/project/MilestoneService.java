package cn.diaodu.project;

import static cn.diaodu.common.Checks.blankToNull;
import static cn.diaodu.common.Checks.maxLength;
import static cn.diaodu.common.Checks.requireText;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;

/**
 * Milestones (时间节点) of projects (docs/figures.md §4). Every reader of a project lists its milestones; a
 * dispatcher whose scope covers the project adds and changes them; a reporter of the lead unit may set the actual
 * date and the note.
 */
@Service
public class MilestoneService {
    private static final String SELECT = "select id, project_id, name, planned_date, actual_date, note, version "
            + "from project_milestone";

    private final JdbcClient jdbc;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    public MilestoneService(JdbcClient jdbc, ProjectService projects, ProjectAccess access, AppClock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.projects = projects;
        this.access = access;
        this.clock = clock;
    }

    private Milestone row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate planned = rs.getObject(4, LocalDate.class);
        LocalDate actual = rs.getObject(5, LocalDate.class);
        return new Milestone(rs.getLong(1), rs.getLong(2), rs.getString(3), planned, actual, rs.getString(6),
                Milestone.isOverdue(planned, actual, today), Milestone.daysOverdue(planned, actual, today),
                rs.getInt(7));
    }

    /** The project's milestones by planned date, for a reader of the project (404, 403). */
    public List<Milestone> list(long projectId, CurrentUser user) {
        Project p = projects.get(projectId, user);
        return ofProjects(List.of(p.id())).getOrDefault(p.id(), List.of());
    }

    /** The milestones of many projects, each list by planned date; callers check who may read them. */
    public Map<Long, List<Milestone>> ofProjects(Collection<Long> projectIds) {
        Map<Long, List<Milestone>> out = new LinkedHashMap<>();
        LocalDate today = clock.today();
        List<Long> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql(SELECT + " where project_id in (:ids) order by planned_date, id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, i) -> row(rs, today)).list()
                    .forEach(m -> out.computeIfAbsent(m.projectId(), k -> new ArrayList<>()).add(m));
        }
        return out;
    }

    /** Adds a milestone: a dispatcher whose scope covers the project (404, 403, 422). */
    @Transactional
    public Milestone create(long projectId, MilestoneInput in, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        if (!canAdd(user, p)) {
            throw new ForbiddenException("milestones of project " + projectId);
        }
        String name = blankToNull(in.name());
        String note = blankToNull(in.note());
        validate(in.name(), in.plannedDate(), in.actualDate(), in.note());
        long id = Db.insert(jdbc.sql("insert into project_milestone(project_id, name, planned_date, actual_date, note, "
                + "version, updated_at, updated_by) values (?,?,?,?,?,0,?,?)")
                .params(p.id(), name, in.plannedDate(), in.actualDate(), note, clock.now(), user.username()));
        return audited("MILESTONE_CREATE", p, null, find(id).orElseThrow(), user);
    }

    /**
     * Changes the fields the input carries. A dispatcher in scope changes any; a reporter of the lead unit only
     * {@code actualDate} and {@code note} (a different name or planned date → 403). 404 for an unknown project or a
     * milestone of another project, 422 for invalid values, 409 for a stale version.
     */
    @Transactional
    public Milestone update(long projectId, long milestoneId, MilestoneInput in, CurrentUser user) {
        Project p = projects.find(projectId).orElseThrow(() -> new NotFoundException("project " + projectId));
        access.requireRead(user, p);
        Milestone m = find(milestoneId).filter(x -> x.projectId() == p.id())
                .orElseThrow(() -> new NotFoundException("milestone " + milestoneId));
        String name = in.has("name") ? in.name() : m.name();
        LocalDate planned = in.has("plannedDate") ? in.plannedDate() : m.plannedDate();
        LocalDate actual = in.has("actualDate") ? in.actualDate() : m.actualDate();
        String note = in.has("note") ? in.note() : m.note();
        if (!canAdd(user, p)) {
            boolean changesPlan = !Objects.equals(blankToNull(name), m.name())
                    || !Objects.equals(planned, m.plannedDate());
            if (!canSetActual(user, p) || changesPlan) {
                throw new ForbiddenException("milestone " + milestoneId);
            }
        }
        validate(name, planned, actual, note);
        if (in.version() != null && in.version() != m.version()) {
            throw new ConflictException("project.error.milestone-was-changed-someone-else");
        }
        int updated = jdbc.sql("update project_milestone set name = ?, planned_date = ?, actual_date = ?, note = ?, "
                + "version = version + 1, updated_at = ?, updated_by = ? where id = ? and version = ?")
                .params(blankToNull(name), planned, actual, blankToNull(note), clock.now(), user.username(), m.id(),
                        m.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("project.error.milestone-was-changed-someone-else");
        }
        return audited("MILESTONE_UPDATE", p, m, find(m.id()).orElseThrow(), user);
    }

    /** The audit entry of a milestone: on the milestone, named after its project, with the fields it changed. */
    private Milestone audited(String action, Project p, Milestone before, Milestone after, CurrentUser user) {
        events.publishEvent(AuditRecord.of(action, "MILESTONE", after.id(), p.name() + " · " + after.name())
                .withChanges(AuditRecord.changes(before, after, "id", "projectId", "overdue", "daysOverdue",
                        "version"))
                .withNote("project " + p.id()).by(user.username()));
        return after;
    }

    /** Adds milestones and changes every field: a dispatcher whose scope covers the project. */
    public boolean canAdd(CurrentUser user, Project p) {
        return access.canEdit(user, p);
    }

    /** Sets the actual date: a dispatcher in scope, or a reporter of the lead unit. */
    public boolean canSetActual(CurrentUser user, Project p) {
        return access.canReport(user, p);
    }

    private java.util.Optional<Milestone> find(long id) {
        LocalDate today = clock.today();
        return jdbc.sql(SELECT + " where id = ?").param(id).query((rs, i) -> row(rs, today)).optional();
    }

    private void validate(String name, LocalDate planned, LocalDate actual, String note) {
        List<FieldError> errors = new ArrayList<>();
        requireText(name, "name", 200, errors);
        if (planned == null) {
            errors.add(new FieldError("plannedDate", "project.error.required"));
        }
        if (actual != null && actual.isAfter(clock.today())) {
            errors.add(new FieldError("actualDate", "project.error.actual-date-must-not-after-today"));
        }
        maxLength(note, "note", 1000, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
