package cn.diaodu.investment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rows of the outbound trips and the leads they concern. */
@Component
class TripStore {
    private static final String SELECT = "select t.id, t.unit_id, u.name, u.region_code, t.leader_name, t.members, "
            + "t.depart_date, t.return_date, t.destination, t.meet_with, t.purpose, t.late_registration, "
            + "t.registered_by, t.registered_at, t.result, t.result_by, t.result_at from investment_trip t "
            + "join unit u on u.id = t.unit_id ";
    private final JdbcClient jdbc;

    TripStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    void link(long tripId, Collection<Long> leads) {
        for (Long lead : leads) {
            int present = jdbc.sql("select count(*) from investment_trip_lead where trip_id = ? and investment_id = ?")
                    .params(tripId, lead).query(Integer.class).single();
            if (present == 0) {
                jdbc.sql("insert into investment_trip_lead(trip_id, investment_id) values (?,?)")
                        .params(tripId, lead).update();
            }
        }
    }

    Set<Long> existingLeads(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select id from investment where id in (:ids)").param("ids", ids)
                .query(Long.class).list());
    }

    Optional<Trip> find(long id, LocalDate today) {
        List<Trip> rows = read(SELECT + "where t.id = :id", Map.of("id", id), today);
        return rows.stream().findFirst();
    }

    List<Trip> ofYear(int year, Long unitId, LocalDate today) {
        Map<String, Object> p = new HashMap<>();
        p.put("from", LocalDate.of(year, 1, 1));
        p.put("to", LocalDate.of(year, 12, 31));
        String where = "where t.depart_date between :from and :to";
        if (unitId != null) {
            where += " and t.unit_id = :unit";
            p.put("unit", unitId);
        }
        return read(SELECT + where + " order by t.depart_date desc, t.id desc", p, today);
    }

    private List<Trip> read(String sql, Map<String, Object> params, LocalDate today) {
        List<Trip> bare = new ArrayList<>();
        var spec = jdbc.sql(sql);
        for (var e : params.entrySet()) {
            spec = spec.param(e.getKey(), e.getValue());
        }
        spec.query((rs, i) -> bare.add(row(rs, today))).list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<Trip.Lead>> leads = new HashMap<>();
        List<Long> ids = bare.stream().map(Trip::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select l.trip_id, i.id, i.name, i.stage from investment_trip_lead l join investment i "
                    + "on i.id = l.investment_id where l.trip_id in (:ids) order by i.id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, i) -> leads.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Trip.Lead(rs.getLong(2), rs.getString(3),
                                    InvestmentStage.valueOf(rs.getString(4)))))
                    .list();
        }
        return bare.stream().map(t -> withLeads(t, leads.getOrDefault(t.id(), List.of()))).toList();
    }

    private static Trip withLeads(Trip t, List<Trip.Lead> leads) {
        return new Trip(t.id(), t.unitId(), t.unitName(), t.regionCode(), t.leader(), t.members(), t.from(), t.to(),
                t.destination(), t.meetWith(), t.purpose(), t.lateRegistration(), t.registeredBy(),
                t.registeredAt(), t.result(), t.resultBy(), t.resultAt(), t.status(), List.copyOf(leads));
    }

    private static Trip row(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate from = rs.getObject(7, LocalDate.class);
        LocalDate to = rs.getObject(8, LocalDate.class);
        String result = rs.getString(15);
        return new Trip(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), from, to, rs.getString(9), rs.getString(10), rs.getString(11), rs.getBoolean(12),
                rs.getString(13), rs.getObject(14, OffsetDateTime.class), result, rs.getString(16),
                rs.getObject(17, OffsetDateTime.class), TripStatus.of(from, to, result != null, today), List.of());
    }
}
