package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.Db;

/** The rows of campaigns, their units and their fields. */
@Component
class CampaignStore {
    private final JdbcClient jdbc;

    CampaignStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    long insert(CampaignInput in, String regionCode, String by, OffsetDateTime now) {
        long id = Db.insert(jdbc.sql("insert into campaign(name, kind, from_date, to_date, deadline, region_code, "
                + "created_by, created_at) values (?,?,?,?,?,?,?,?)").params(in.name().trim(), in.kind().trim(),
                in.from(), in.to(), in.deadline().trim(), regionCode, by, now));
        for (int i = 0; i < in.unitIds().size(); i++) {
            jdbc.sql("insert into campaign_unit(campaign_id, unit_id, sort_order) values (?,?,?)")
                    .params(id, in.unitIds().get(i), i).update();
        }
        List<CampaignInput.FieldInput> fields = in.fields() == null ? List.of() : in.fields();
        for (int i = 0; i < fields.size(); i++) {
            CampaignInput.FieldInput f = fields.get(i);
            jdbc.sql("insert into campaign_field(campaign_id, code, name, field_type, sort_order) values (?,?,?,?,?)")
                    .params(id, f.code().trim(), f.name().trim(), f.type().trim(), i).update();
        }
        return id;
    }

    Optional<Campaign> find(long id) {
        List<Campaign> found = read("where c.id = :id", Map.of("id", id));
        return found.stream().findFirst();
    }

    List<Campaign> all() {
        return read("", Map.of());
    }

    private List<Campaign> read(String where, Map<String, Object> params) {
        var spec = jdbc.sql("select c.id, c.name, c.kind, c.from_date, c.to_date, c.deadline, c.created_by, "
                + "c.created_at, c.region_code from campaign c " + where + " order by c.from_date desc, c.id desc");
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        List<Campaign> bare = spec.query((rs, i) -> new Campaign(rs.getLong(1), rs.getString(2),
                CampaignKind.valueOf(rs.getString(3)), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(9), List.of(), List.of(),
                rs.getString(7),
                rs.getObject(8, OffsetDateTime.class))).list();
        if (bare.isEmpty()) {
            return bare;
        }
        List<Long> ids = bare.stream().map(Campaign::id).toList();
        Map<Long, List<UnitRef>> units = new HashMap<>();
        jdbc.sql("select cu.campaign_id, u.id, u.name from campaign_unit cu join unit u on u.id = cu.unit_id "
                + "where cu.campaign_id in (:ids) order by cu.campaign_id, cu.sort_order").param("ids", ids)
                .query((rs, i) -> units.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new UnitRef(rs.getLong(2), rs.getString(3)))).list();
        Map<Long, List<CampaignField>> fields = new HashMap<>();
        jdbc.sql("select campaign_id, code, name, field_type from campaign_field where campaign_id in (:ids) "
                + "order by campaign_id, sort_order").param("ids", ids)
                .query((rs, i) -> fields.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new CampaignField(rs.getString(2), rs.getString(3), FieldType.valueOf(rs.getString(4)))))
                .list();
        return bare.stream().map(c -> new Campaign(c.id(), c.name(), c.kind(), c.from(), c.to(), c.deadline(),
                c.regionCode(), List.copyOf(units.getOrDefault(c.id(), List.of())), List.copyOf(fields.getOrDefault(c.id(), List.of())),
                c.createdBy(), c.createdAt())).toList();
    }
}
