package cn.diaodu.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static cn.diaodu.common.Checks.*;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.ValidationException;

/** Regions, units and leaders: their rules and their tables. */
@Service
public class OrganisationService {
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public OrganisationService(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** An audit entry for a created (before null) or changed object, with its fields before and after. */
    private <T extends Record> T audited(String action, String type, Object id, String name, T before, T after) {
        events.publishEvent(AuditRecord.of(action, type, id, name).withChanges(AuditRecord.changes(before, after, "id")));
        return after;
    }

    // ---- regions -------------------------------------------------------------------------------------------

    public RegionTree regionTree() {
        return new RegionTree(jdbc.sql("select code, name, region_level, parent_code from region")
                .query((rs, i) -> new Region(rs.getString(1), rs.getString(2),
                        RegionLevel.valueOf(rs.getString(3)), rs.getString(4)))
                .list());
    }

    public Optional<Region> region(String code) {
        return jdbc.sql("select code, name, region_level, parent_code from region where code = ?").param(code)
                .query((rs, i) -> new Region(rs.getString(1), rs.getString(2),
                        RegionLevel.valueOf(rs.getString(3)), rs.getString(4)))
                .optional();
    }

    public record RegionInput(String code, String name, String level, String parentCode) {
    }

    @Transactional
    public Region createRegion(RegionInput in) {
        List<FieldError> errors = new ArrayList<>();
        RegionLevel level = parseEnum(RegionLevel.class, in.level(), "level", errors);
        if (in.code() == null || !CODE.matcher(in.code()).matches()) {
            errors.add(new FieldError("code", "organisation.error.code-must-6-9-12-digits"));
        } else if (level != null && !lengthFits(in.code(), level)) {
            errors.add(new FieldError("code", "organisation.error.code-length-does-not-match-level"));
        } else if (region(in.code()).isPresent()) {
            errors.add(new FieldError("code", "organisation.error.code-already-exists"));
        }
        requireText(in.name(), "name", 100, errors);
        if (in.parentCode() != null && !in.parentCode().isBlank()) {
            Optional<Region> parent = region(in.parentCode());
            if (parent.isEmpty()) {
                errors.add(new FieldError("parentCode", "organisation.error.unknown-parent-region"));
            } else if (level != null && parent.get().level().ordinal() >= level.ordinal()) {
                errors.add(new FieldError("parentCode", "organisation.error.parent-must-higher-level"));
            } else if (in.code() != null && CODE.matcher(in.code()).matches()
                    && !liesUnder(in.code(), parent.get())) {
                errors.add(FieldError.of("code", "organisation.error.code-parent-prefix", String.valueOf(prefix(parent.get().level()))));
            }
        }
        throwIfAny(errors);
        String parent = in.parentCode() == null || in.parentCode().isBlank() ? null : in.parentCode();
        jdbc.sql("insert into region(code, name, region_level, parent_code) values (?,?,?,?)")
                .params(in.code(), in.name().trim(), level.name(), parent).update();
        Region created = new Region(in.code(), in.name().trim(), level, parent);
        return audited("REGION_CREATE", "REGION", created.code(), created.name(), null, created);
    }

    @Transactional
    public Region renameRegion(String code, String name) {
        Region r = region(code).orElseThrow(() -> new NotFoundException("region " + code));
        List<FieldError> errors = new ArrayList<>();
        requireText(name, "name", 100, errors);
        throwIfAny(errors);
        jdbc.sql("update region set name = ? where code = ?").params(name.trim(), code).update();
        Region after = new Region(r.code(), name.trim(), r.level(), r.parentCode());
        return audited("REGION_UPDATE", "REGION", code, after.name(), r, after);
    }

    /** GB/T 2260: a city begins with its province's 2 digits, a county its city's 4, a town its county's 6. */
    static boolean liesUnder(String code, Region parent) {
        int n = prefix(parent.level());
        return parent.code().length() >= n && code.startsWith(parent.code().substring(0, n))
                && !code.equals(parent.code());
    }

    private static int prefix(RegionLevel parentLevel) {
        return switch (parentLevel) {
            case PROVINCE -> 2;
            case CITY -> 4;
            case COUNTY -> 6;
            case TOWN, VILLAGE -> 9;
        };
    }

    private static boolean lengthFits(String code, RegionLevel level) {
        return switch (level) {
            case PROVINCE, CITY, COUNTY -> code.length() == 6;
            // CONTRACT §4: "9 or 12 below" the county (a town's 12-digit statistical code ends in 000)
            case TOWN, VILLAGE -> code.length() == 9 || code.length() == 12;
        };
    }

    // ---- units ---------------------------------------------------------------------------------------------

    public record UnitInput(String name, String kind, String regionCode) {
    }

    public List<Unit> units() {
        return jdbc.sql("select id, name, kind, region_code from unit order by id").query(OrganisationService::unit)
                .list();
    }

    public Optional<Unit> unit(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name, kind, region_code from unit where id = ?").param(id)
                .query(OrganisationService::unit).optional();
    }

    @Transactional
    public Unit createUnit(UnitInput in) {
        UnitKind kind = validateUnit(in);
        long id = Db.insert(jdbc.sql("insert into unit(name, kind, region_code) values (?,?,?)")
                .params(in.name().trim(), kind.name(), blankToNull(in.regionCode())));
        Unit created = new Unit(id, in.name().trim(), kind, blankToNull(in.regionCode()));
        return audited("UNIT_CREATE", "UNIT", id, created.name(), null, created);
    }

    @Transactional
    public Unit updateUnit(Long id, UnitInput in) {
        Unit before = unit(id).orElseThrow(() -> new NotFoundException("unit " + id));
        UnitKind kind = validateUnit(in);
        jdbc.sql("update unit set name = ?, kind = ?, region_code = ? where id = ?")
                .params(in.name().trim(), kind.name(), blankToNull(in.regionCode()), id).update();
        Unit after = new Unit(id, in.name().trim(), kind, blankToNull(in.regionCode()));
        return audited("UNIT_UPDATE", "UNIT", id, after.name(), before, after);
    }

    private UnitKind validateUnit(UnitInput in) {
        List<FieldError> errors = new ArrayList<>();
        requireText(in.name(), "name", 200, errors);
        UnitKind kind = parseEnum(UnitKind.class, in.kind(), "kind", errors);
        if (blankToNull(in.regionCode()) == null) {
            errors.add(new FieldError("regionCode", "organisation.error.required"));
        } else if (region(in.regionCode()).isEmpty()) {
            errors.add(new FieldError("regionCode", "organisation.error.unknown-region"));
        }
        throwIfAny(errors);
        return kind;
    }

    private static Unit unit(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Unit(rs.getLong(1), rs.getString(2), UnitKind.valueOf(rs.getString(3)), rs.getString(4));
    }

    // ---- leaders -------------------------------------------------------------------------------------------

    public record LeaderInput(String name, String title) {
    }

    public List<Leader> leaders() {
        return jdbc.sql("select id, name, title from leader order by id")
                .query((rs, i) -> new Leader(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    public Optional<Leader> leader(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name, title from leader where id = ?").param(id)
                .query((rs, i) -> new Leader(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    @Transactional
    public Leader createLeader(LeaderInput in) {
        validateLeader(in);
        long id = Db.insert(jdbc.sql("insert into leader(name, title) values (?,?)")
                .params(in.name().trim(), blankToNull(in.title())));
        Leader created = new Leader(id, in.name().trim(), blankToNull(in.title()));
        return audited("LEADER_CREATE", "LEADER", id, created.name(), null, created);
    }

    @Transactional
    public Leader updateLeader(Long id, LeaderInput in) {
        Leader before = leader(id).orElseThrow(() -> new NotFoundException("leader " + id));
        validateLeader(in);
        jdbc.sql("update leader set name = ?, title = ? where id = ?")
                .params(in.name().trim(), blankToNull(in.title()), id).update();
        Leader after = new Leader(id, in.name().trim(), blankToNull(in.title()));
        return audited("LEADER_UPDATE", "LEADER", id, after.name(), before, after);
    }

    private void validateLeader(LeaderInput in) {
        List<FieldError> errors = new ArrayList<>();
        requireText(in.name(), "name", 100, errors);
        if (in.title() != null && in.title().length() > 100) {
            errors.add(new FieldError("title", "organisation.error.most-100-characters"));
        }
        throwIfAny(errors);
    }
}
