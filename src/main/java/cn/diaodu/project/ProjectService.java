package cn.diaodu.project;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

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
import cn.diaodu.common.Money;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;

/** The project ledger: rules of CONTRACT §5 and the project tables. */
@Service
public class ProjectService {
    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final ProjectAccess access;
    private final DataScope scope;
    private final AppClock clock;
    private final ApplicationEventPublisher events;
    private final ProjectRules rules;
    private final ProjectLinks links;

    public ProjectService(JdbcClient jdbc, OrganisationService organisation, ProjectAccess access, DataScope scope,
            AppClock clock, ApplicationEventPublisher events, ProjectRules rules, ProjectLinks links) {
        this.events = events;
        this.rules = rules;
        this.links = links;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.access = access;
        this.scope = scope;
        this.clock = clock;
    }

    private static final String SELECT = "select id, code, name, plan_year, category, project_level, region_code, "
            + "lead_unit_id, leader_id, total_investment, annual_plan, planned_start, actual_start, "
            + "planned_completion, has_monthly_plan, version, plan_m01, plan_m02, plan_m03, plan_m04, plan_m05, "
            + "plan_m06, plan_m07, plan_m08, plan_m09, plan_m10, plan_m11, plan_m12, owner_name, contact_name, "
            + "contact_phone, content, actual_completion, completed_before, continued_from from project";

    private static Project row(ResultSet rs, int i) throws SQLException {
        List<BigDecimal> plan = null;
        if (rs.getBoolean(15)) {
            BigDecimal[] months = new BigDecimal[12];
            for (int m = 0; m < 12; m++) {
                BigDecimal v = rs.getBigDecimal(17 + m);
                months[m] = v == null ? BigDecimal.ZERO.setScale(2) : v;
            }
            plan = List.of(months);
        }
        return new Project(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                Category.valueOf(rs.getString(5)), ProjectLevel.valueOf(rs.getString(6)), rs.getString(7),
                rs.getLong(8), rs.getObject(9, Long.class), rs.getBigDecimal(10), rs.getBigDecimal(11),
                rs.getObject(12, java.time.LocalDate.class), rs.getObject(13, java.time.LocalDate.class),
                rs.getObject(14, java.time.LocalDate.class), plan, rs.getInt(16), rs.getString(29),
                contact(rs.getString(30), rs.getString(31)), List.of(), rs.getString(32),
                rs.getObject(33, java.time.LocalDate.class), rs.getBigDecimal(34), rs.getObject(35, Long.class),
                List.of());
    }

    private static ProjectContact contact(String name, String phone) {
        return name == null && phone == null ? null : new ProjectContact(name, phone);
    }

    /** The rows of a query with their cooperating units and funding lines. */
    private List<Project> load(JdbcClient.StatementSpec spec) {
        return links.complete(spec.query(ProjectService::row).list());
    }

    /** The project, whoever asks (callers check access). */
    public Optional<Project> find(long id) {
        return load(jdbc.sql(SELECT + " where id = ?").param(id)).stream().findFirst();
    }

    /** The project as the user may read it: 404 when unknown, 403 when outside the user's scope. */
    public Project get(long id, CurrentUser user) {
        Project p = find(id).orElseThrow(() -> new NotFoundException("project " + id));
        access.requireRead(user, p);
        return p;
    }

    /** The projects the user may read that match the filter, ordered by code. */
    public List<Project> list(ProjectFilter f, CurrentUser user) {
        if (!ProjectAccess.readsAnything(user)) {
            throw new ForbiddenException("no project reading role");
        }
        StringBuilder where = new StringBuilder(" where 1=1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.year() != null) {
            where.append(" and plan_year = :year");
            params.put("year", f.year());
        }
        if (f.leadUnitId() != null) {
            where.append(" and lead_unit_id = :unit");
            params.put("unit", f.leadUnitId());
        }
        if (f.leaderId() != null) {
            where.append(" and leader_id = :leader");
            params.put("leader", f.leaderId());
        }
        if (f.category() != null) {
            where.append(" and category = :category");
            params.put("category", f.category().name());
        }
        if (f.level() != null) {
            where.append(" and project_level = :level");
            params.put("level", f.level().name());
        }
        if (!ProjectAccess.readsLedger(user)) {
            where.append(" and (lead_unit_id = :ownUnit or id in (select project_id from project_cooperating_unit "
                    + "where unit_id = :ownUnit))");
            params.put("ownUnit", user.unitId());
        }
        Set<String> regions = regionFilter(f.regionCode(), user);
        if (regions != null) {
            if (regions.isEmpty()) {
                return List.of();
            }
            where.append(" and region_code in (:regions)");
            params.put("regions", regions);
        }
        JdbcClient.StatementSpec spec = jdbc.sql(SELECT + where + " order by code");
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        return load(spec);
    }

    /** The region codes to keep: the requested subtree within the user's scope, or null for all. */
    private Set<String> regionFilter(String regionCode, CurrentUser user) {
        var tree = organisation.regionTree();
        if (regionCode != null && !regionCode.isBlank()) {
            if (!tree.contains(regionCode)) {
                return Set.of();
            }
            if (!scope.covers(user, tree, regionCode)) {
                Set<String> mine = tree.subtree(user.regionCode());
                Set<String> asked = new java.util.HashSet<>(tree.subtree(regionCode));
                asked.retainAll(mine);
                return asked;
            }
            return tree.subtree(regionCode);
        }
        return user.regionCode() == null ? null : tree.subtree(user.regionCode());
    }

    @Transactional
    public Project create(ProjectInput in, CurrentUser user) {
        if (!user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("only the project office creates projects");
        }
        return insert(in, user, null);
    }

    /**
     * A key project made of a lead of another pipeline (招商引资 → 重点项目, CONTRACT §12) by a module that has checked
     * the user's right to convert it (the attraction office is not the project office): every rule of
     * {@link #create} holds except the DISPATCHER role — the region must still be in the user's scope — and the
     * audit entry names where it came from ({@code origin}, e.g. "INVESTMENT 42").
     */
    @Transactional
    public Project createFromPipeline(ProjectInput in, CurrentUser user, String origin) {
        return insert(in, user, origin);
    }

    private Project insert(ProjectInput in, CurrentUser user, String origin) {
        rules.validate(in, null);
        scope.require(user, in.regionCode().trim());
        // a placeholder until the id is known; it must fit the code column (32): "TMP-" + 28 hex digits
        String code = blankToNull(in.code()) == null
                ? "TMP-" + UUID.randomUUID().toString().replace("-", "").substring(0, 28)
                : in.code().trim();
        long id = Db.insert(jdbc.sql("insert into project(code, name, plan_year, category, project_level, "
                + "region_code, lead_unit_id, leader_id, total_investment, annual_plan, planned_start, actual_start, "
                + "planned_completion, has_monthly_plan, version, updated_at) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?)")
                .params(code, in.name().trim(), in.year(), in.category().trim(), in.level().trim(),
                        in.regionCode().trim(), in.leadUnitId(), in.leaderId(), Money.of(in.totalInvestment()),
                        Money.of(in.annualPlan()), in.plannedStart(), in.actualStart(), in.plannedCompletion(),
                        in.monthlyPlan() != null, clock.now()));
        saveRecord(id, in);
        if (code.startsWith("TMP-")) {
            jdbc.sql("update project set code = ? where id = ?").params(freeCode(in.year(), id), id).update();
        }
        savePlan(id, in.monthlyPlan());
        Project created = find(id).orElseThrow();
        events.publishEvent(AuditRecord.of("PROJECT_CREATE", "PROJECT", id, created.name())
                .withChanges(AuditRecord.changes(null, created, "id", "version")).withNote(origin)
                .by(user.username()));
        return created;
    }

    /** XM2024-00042: the year and the id, so that codes sort in the order projects were entered. */
    static String generatedCode(int year, long id) {
        return String.format("XM%d-%05d", year, id);
    }

    /** The generated code, or, when someone already typed that code for another project, the first free XM…-n. */
    private String freeCode(int year, long id) {
        String base = generatedCode(year, id);
        String code = base;
        for (int n = 2; taken(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private boolean taken(String code) {
        return jdbc.sql("select count(*) from project where code = ?").param(code).query(Integer.class).single() > 0;
    }

    @Transactional
    public Project update(long id, ProjectInput in, CurrentUser user) {
        Project existing = find(id).orElseThrow(() -> new NotFoundException("project " + id));
        if (!access.canEdit(user, existing)) {
            throw new ForbiddenException("project " + id);
        }
        rules.validate(in, existing);
        scope.require(user, in.regionCode().trim());
        String code = blankToNull(in.code()) == null ? existing.code() : in.code().trim();
        int updated = jdbc.sql("update project set code = ?, name = ?, plan_year = ?, category = ?, project_level = ?, "
                + "region_code = ?, lead_unit_id = ?, leader_id = ?, total_investment = ?, annual_plan = ?, "
                + "planned_start = ?, actual_start = ?, planned_completion = ?, has_monthly_plan = ?, "
                + "version = version + 1, updated_at = ? where id = ? and version = ?")
                .params(code, in.name().trim(), in.year(), in.category().trim(), in.level().trim(),
                        in.regionCode().trim(), in.leadUnitId(), in.leaderId(), Money.of(in.totalInvestment()),
                        Money.of(in.annualPlan()), in.plannedStart(), in.actualStart(), in.plannedCompletion(),
                        in.monthlyPlan() != null, clock.now(), id, in.version())
                .update();
        if (updated == 0) {
            throw new ConflictException("project.error.project-was-changed-someone-else");
        }
        savePlan(id, in.monthlyPlan());
        saveRecord(id, in);
        Project after = find(id).orElseThrow();
        events.publishEvent(AuditRecord.of("PROJECT_UPDATE", "PROJECT", id, after.name())
                .withChanges(AuditRecord.changes(existing, after, "id", "version")).by(user.username()));
        return after;
    }

    /** Writes the fields of CONTRACT §11 and the cooperating units and funding lines. */
    private void saveRecord(long id, ProjectInput in) {
        ProjectContact c = in.contact();
        jdbc.sql("update project set owner_name = ?, contact_name = ?, contact_phone = ?, content = ?, "
                + "actual_completion = ?, completed_before = ?, continued_from = ? where id = ?")
                .params(blankToNull(in.ownerName()), c == null ? null : blankToNull(c.name()),
                        c == null ? null : blankToNull(c.phone()), blankToNull(in.content()), in.actualCompletion(),
                        in.completedBefore() == null ? null : Money.of(in.completedBefore()), in.continuedFrom(), id)
                .update();
        links.save(id, in);
    }

    /** Writes the twelve plan columns: the amounts, or nulls when there is no monthly plan. */
    private void savePlan(long id, List<BigDecimal> plan) {
        Object[] params = new Object[13];
        for (int m = 0; m < 12; m++) {
            params[m] = plan == null ? null : Money.of(plan.get(m));
        }
        params[12] = id;
        jdbc.sql("update project set plan_m01 = ?, plan_m02 = ?, plan_m03 = ?, plan_m04 = ?, plan_m05 = ?, "
                + "plan_m06 = ?, plan_m07 = ?, plan_m08 = ?, plan_m09 = ?, plan_m10 = ?, plan_m11 = ?, plan_m12 = ? "
                + "where id = ?").params(params).update();
    }

    /** Projects of a lead unit and year, ordered by code: the rows of a reporter's monthly grid. */
    public List<Project> ofUnit(long unitId, int year) {
        return load(jdbc.sql(SELECT + " where lead_unit_id = ? and plan_year = ? order by code")
                .params(unitId, year));
    }

    /** Loads many projects at once, keyed by id. */
    public Map<Long, Project> byIds(Collection<Long> ids) {
        Map<Long, Project> out = new LinkedHashMap<>();
        List<Long> list = List.copyOf(ids);
        for (int from = 0; from < list.size(); from += 500) {
            List<Long> chunk = list.subList(from, Math.min(list.size(), from + 500));
            load(jdbc.sql(SELECT + " where id in (:ids)").param("ids", chunk)).forEach(p -> out.put(p.id(), p));
        }
        return out;
    }

    /**
     * Every project of a year, whoever asks (callers check access), ordered by code: for the figures that compare
     * years or categories over the whole ledger (docs/figures.md §2–§3).
     */
    public List<Project> ofYear(int year) {
        return load(jdbc.sql(SELECT + " where plan_year = ? order by code").param(year));
    }

    /** Loads many projects by code at once, keyed by code (callers check access): the rows of a spreadsheet. */
    public Map<String, Project> byCodes(Collection<String> codes) {
        Map<String, Project> out = new LinkedHashMap<>();
        List<String> list = List.copyOf(codes);
        for (int from = 0; from < list.size(); from += 500) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + 500));
            load(jdbc.sql(SELECT + " where code in (:codes)").param("codes", chunk))
                    .forEach(p -> out.put(p.code(), p));
        }
        return out;
    }
}
