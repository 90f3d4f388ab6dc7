package cn.diaodu.investment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;

/**
 * The SQL of the attraction module over its own tables ({@code investment}, {@code investment_stage},
 * {@code investment_funds}, {@code investment_event}), and the assembly of {@link Investment} with the names of its
 * region and unit. Set-based: a list reads the leads, their stages and their funds in three statements.
 */
@Component
class InvestmentStore {
    static final String SELECT = "select id, name, investor, origin, industry, planned_investment, region_code, "
            + "responsible_unit_id, negotiator, informant, lead_date, stage, stage_date, agreement, signed_amount, "
            + "registration, site, lost_reason, project_id, created_by, version from investment";

    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    InvestmentStore(JdbcClient jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    /** A row as stored. */
    record Row(long id, String name, String investor, InvestmentOrigin origin, String industry, BigDecimal planned,
            String regionCode, long unitId, String negotiator, String informant, LocalDate leadDate,
            InvestmentStage stage, LocalDate stageDate, Agreement agreement, BigDecimal signedAmount,
            String registration, String site, String lostReason, Long projectId, String createdBy, int version) {
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        String agreement = rs.getString(14);
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), InvestmentOrigin.valueOf(rs.getString(4)),
                rs.getString(5), rs.getBigDecimal(6), rs.getString(7), rs.getLong(8), rs.getString(9),
                rs.getString(10), rs.getObject(11, LocalDate.class), InvestmentStage.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class), agreement == null ? null : Agreement.valueOf(agreement),
                rs.getBigDecimal(15), rs.getString(16), rs.getString(17), rs.getString(18),
                rs.getObject(19, Long.class), rs.getString(20), rs.getInt(21));
    }

    Optional<Row> row(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(InvestmentStore::row).optional();
    }

    List<Row> rows() {
        return jdbc.sql(SELECT + " order by id").query(InvestmentStore::row).list();
    }

    Optional<Row> byProject(long projectId) {
        return jdbc.sql(SELECT + " where project_id = ?").param(projectId).query(InvestmentStore::row).optional();
    }

    /** The date of every stage reached, per lead. */
    Map<Long, Map<InvestmentStage, LocalDate>> stages(Collection<Long> ids) {
        Map<Long, Map<InvestmentStage, LocalDate>> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select investment_id, stage, stage_date from investment_stage where investment_id in (:ids)")
                    .param("ids", chunk).query((rs, i) -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(InvestmentStage.class))
                                .put(InvestmentStage.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
                        return null;
                    }).list();
        }
        return out;
    }

    /** The funds of each lead: every amount, oldest first. */
    Map<Long, List<Investment.Funds>> funds(Collection<Long> ids) {
        Map<Long, List<Investment.Funds>> out = new HashMap<>();
        for (List<Long> chunk : chunks(ids)) {
            jdbc.sql("select investment_id, id, funds_date, amount, recorded_by from investment_funds "
                    + "where investment_id in (:ids) order by funds_date, id").param("ids", chunk).query((rs, i) -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Investment.Funds(
                                rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBigDecimal(4),
                                rs.getString(5)));
                        return null;
                    }).list();
        }
        return out;
    }

    List<Investment.TimelineEntry> timeline(long id) {
        return jdbc.sql("select id, kind, event_date, stage, amount, note, recorded_by, recorded_at "
                + "from investment_event where investment_id = ? order by event_date desc, id desc").param(id)
                .query((rs, i) -> new Investment.TimelineEntry(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4) == null ? null : InvestmentStage.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5), rs.getString(6), rs.getString(7), at(rs, 8)))
                .list();
    }

    private static OffsetDateTime at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(AppClock.ZONE).toOffsetDateTime();
    }

    void stage(long id, InvestmentStage stage, LocalDate date) {
        jdbc.sql("insert into investment_stage(investment_id, stage, stage_date) values (?,?,?)")
                .params(id, stage.name(), date).update();
    }

    void event(long id, String kind, LocalDate date, InvestmentStage stage, BigDecimal amount, String note,
            String by, OffsetDateTime at) {
        Db.insert(jdbc.sql("insert into investment_event(investment_id, kind, event_date, stage, amount, note, "
                + "recorded_by, recorded_at) values (?,?,?,?,?,?,?,?)")
                .params(id, kind, date, stage == null ? null : stage.name(), amount, note, by, at));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    /** The leads of the rows, with names, stages and funds (the detail's lists left out). */
    List<Investment> assemble(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Map<InvestmentStage, LocalDate>> stages = stages(ids);
        Map<Long, List<Investment.Funds>> funds = funds(ids);
        RegionTree tree = organisation.regionTree();
        Map<Long, String> units = new HashMap<>();
        for (Unit u : organisation.units()) {
            units.put(u.id(), u.name());
        }
        List<Investment> out = new ArrayList<>(rows.size());
        for (Row r : rows) {
            Map<InvestmentStage, LocalDate> s = stages.getOrDefault(r.id(), Map.of());
            BigDecimal sum = funds.getOrDefault(r.id(), List.of()).stream().map(Investment.Funds::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
            out.add(new Investment(r.id(), r.name(), r.investor(), r.origin(), r.industry(), r.planned(),
                    r.regionCode(), tree.contains(r.regionCode()) ? tree.get(r.regionCode()).name() : null,
                    r.unitId(), units.get(r.unitId()), r.negotiator(), r.informant(), r.leadDate(), r.stage(),
                    r.stageDate(), ordered(s), r.agreement(), r.signedAmount(), s.get(InvestmentStage.SIGNED),
                    r.registration(), r.site(), r.lostReason(), r.projectId(), sum, r.createdBy(), r.version(),
                    null, null));
        }
        return out;
    }

    Investment assemble(Row r) {
        return assemble(List.of(r)).get(0);
    }

    /** The stages in pipeline order (LOST last). */
    private static Map<InvestmentStage, LocalDate> ordered(Map<InvestmentStage, LocalDate> s) {
        Map<InvestmentStage, LocalDate> m = new EnumMap<>(InvestmentStage.class);
        m.putAll(s);
        return m;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = new ArrayList<>(ids);
        List<List<Long>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += 500) {
            out.add(all.subList(i, Math.min(all.size(), i + 500)));
        }
        return out;
    }
}
