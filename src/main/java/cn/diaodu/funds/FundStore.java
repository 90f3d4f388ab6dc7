package cn.diaodu.funds;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;

/** The SQL of {@code fund_application}: the rows as stored, the insert, the edit and the conditional stage step. */
@Component
class FundStore {
    private static final String SELECT = "select id, name, plan_year, programme, total_investment, requested, "
            + "obtained, responsible_unit_id, project_id, stage, reserve_on, ready_on, submitted_on, approved_on, "
            + "rejected_on, created_by, created_at, updated_by, updated_at, version from fund_application";

    /** A stored application; {@code dates} holds the date of every stage reached. */
    record Row(long id, String name, int year, Programme programme, BigDecimal totalInvestment, BigDecimal requested,
            BigDecimal obtained, long unitId, Long projectId, FundStage stage, Map<FundStage, LocalDate> dates,
            String createdBy, OffsetDateTime createdAt, String updatedBy, OffsetDateTime updatedAt, int version) {
    }

    private final JdbcClient jdbc;

    FundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Map<FundStage, LocalDate> dates = new EnumMap<>(FundStage.class);
        FundStage[] order = FundStage.values();
        for (int k = 0; k < order.length; k++) {
            LocalDate d = rs.getObject(11 + k, LocalDate.class);
            if (d != null) {
                dates.put(order[k], d);
            }
        }
        long project = rs.getLong(9);
        Long projectId = rs.wasNull() ? null : project;
        return new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), Programme.valueOf(rs.getString(4)),
                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getLong(8),
                projectId, FundStage.valueOf(rs.getString(10)), dates, rs.getString(16),
                at(rs, 17), rs.getString(18), at(rs, 19), rs.getInt(20));
    }

    private static OffsetDateTime at(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.atZoneSameInstant(AppClock.ZONE).toOffsetDateTime();
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where id = ?").param(id).query(FundStore::row).optional();
    }

    /** The applications of a year (every year when null), in the order they were entered. */
    List<Row> ofYear(Integer year) {
        return year == null ? jdbc.sql(SELECT + " order by id").query(FundStore::row).list()
                : jdbc.sql(SELECT + " where plan_year = ? order by id").param(year).query(FundStore::row).list();
    }

    List<Row> ofProject(long projectId) {
        return jdbc.sql(SELECT + " where project_id = ? order by id").param(projectId).query(FundStore::row).list();
    }

    long insert(String name, int year, Programme programme, BigDecimal total, BigDecimal requested, long unitId,
            Long projectId, LocalDate date, String by, OffsetDateTime at) {
        return Db.insert(jdbc.sql("insert into fund_application(name, plan_year, programme, total_investment, "
                + "requested, responsible_unit_id, project_id, stage, reserve_on, created_by, created_at, version) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,0)")
                .params(name, year, programme.name(), total, requested, unitId, projectId, FundStage.RESERVE.name(),
                        date, by, at));
    }

    /** The basic fields, when the version is the one read: the rows written (0: changed meanwhile). */
    int update(long id, int version, String name, int year, Programme programme, BigDecimal total,
            BigDecimal requested, long unitId, Long projectId, LocalDate reserveOn, String by, OffsetDateTime at) {
        return jdbc.sql("update fund_application set name = ?, plan_year = ?, programme = ?, total_investment = ?, "
                + "requested = ?, responsible_unit_id = ?, project_id = ?, reserve_on = ?, updated_by = ?, "
                + "updated_at = ?, version = version + 1 where id = ? and version = ?")
                .params(name, year, programme.name(), total, requested, unitId, projectId, reserveOn, by, at, id,
                        version)
                .update();
    }

    /**
     * The step: the new stage, the dates of the stages it reaches ({@code dated}), the funds granted; only while the
     * stage is one the step may start from and the version is the one read (0 rows: another change came first).
     */
    int advance(Row r, FundTransition t, LocalDate date, BigDecimal obtained, String by, OffsetDateTime at) {
        StringBuilder set = new StringBuilder("update fund_application set stage = ?, updated_by = ?, updated_at = ?, "
                + "version = version + 1");
        for (FundStage s : t.datedStages(r.stage())) {
            set.append(", ").append(column(s)).append(" = ?");
        }
        if (t.to() == FundStage.APPROVED) {
            set.append(", obtained = ?");
        }
        set.append(" where id = ? and version = ? and ").append(t.whereFrom());
        JdbcClient.StatementSpec spec = jdbc.sql(set.toString()).param(t.to().name()).param(by).param(at);
        for (int k = 0; k < t.datedStages(r.stage()).size(); k++) {
            spec = spec.param(date);
        }
        if (t.to() == FundStage.APPROVED) {
            spec = spec.param(obtained);
        }
        return spec.param(r.id()).param(r.version()).update();
    }

    /** The date column of a stage (fixed names, never input). */
    private static String column(FundStage s) {
        return switch (s) {
            case RESERVE -> "reserve_on";
            case READY -> "ready_on";
            case SUBMITTED -> "submitted_on";
            case APPROVED -> "approved_on";
            case REJECTED -> "rejected_on";
        };
    }
}
