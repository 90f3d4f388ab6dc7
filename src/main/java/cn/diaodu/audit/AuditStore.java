package cn.diaodu.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The SQL of the audit log: appending (the only write) and reading. There is no update or delete of an entry. */
final class AuditStore {
    static final String COLUMNS = "id, logged_at, actor, action, target, object_type, object_id, object_name, note, "
            + "client_ip, old_value, new_value, changes, prev_hash, entry_hash";

    private AuditStore() {
    }

    static void insert(JdbcClient jdbc, AuditHash.Row r) {
        jdbc.sql("insert into audit_log(" + COLUMNS + ") values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(r.id(), r.at(), r.actor(), r.action(), r.target(), r.objectType(), r.objectId(),
                        r.objectName(), r.note(), r.clientIp(), r.oldValue(), r.newValue(), r.changes(), r.prevHash(),
                        r.hash())
                .update();
    }

    static AuditHash.Row row(ResultSet rs, int i) throws SQLException {
        return new AuditHash.Row(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15));
    }

    static List<AuditHash.Row> unchained(JdbcClient jdbc, long after, long until) {
        return jdbc.sql("select " + COLUMNS + " from audit_log where id > ? and id <= ? order by id")
                .params(after, until).query(AuditStore::row).list();
    }

    /** Every entry in chain order, one at a time. */
    static void each(JdbcClient jdbc, Consumer<AuditHash.Row> action) {
        jdbc.sql("select " + COLUMNS + " from audit_log order by id")
                .query((ResultSet rs) -> action.accept(row(rs, 0)));
    }

    static List<AuditEntry> find(JdbcClient jdbc, AuditFilter f, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = f.where(params);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql("select " + COLUMNS + " from audit_log" + where
                + " order by id desc offset :offset rows fetch next :limit rows only")
                .params(params).query(AuditStore::row).list().stream().map(AuditStore::entry).toList();
    }

    static long count(JdbcClient jdbc, AuditFilter f) {
        Map<String, Object> params = new HashMap<>();
        String where = f.where(params);
        return jdbc.sql("select count(*) from audit_log" + where).params(params).query(Long.class).single();
    }

    static List<String> actions(JdbcClient jdbc) {
        return jdbc.sql("select distinct action from audit_log order by action").query(String.class).list();
    }

    static AuditEntry entry(AuditHash.Row r) {
        var changes = AuditHash.changes(r.changes());
        return new AuditEntry(r.id(), r.at() == null ? null : r.at().atZoneSameInstant(cn.diaodu.common.AppClock.ZONE)
                .toOffsetDateTime(), r.actor(), r.clientIp(), r.action(), r.objectType(), r.objectId(), r.objectName(),
                r.target(), r.note(), changes, AuditEntry.side(changes, false, r.oldValue()),
                AuditEntry.side(changes, true, r.newValue()), r.prevHash(), r.hash());
    }
}
