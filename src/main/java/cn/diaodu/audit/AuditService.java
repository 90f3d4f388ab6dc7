package cn.diaodu.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;

/** Writes and reads the audit log. A record joins the caller's transaction: no change without its line. */
@Service
public class AuditService {
    private final JdbcClient jdbc;
    private final AppClock clock;

    public AuditService(JdbcClient jdbc, AppClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String actor, String action, String target, String oldValue, String newValue) {
        jdbc.sql("insert into audit_log(logged_at, actor, action, target, old_value, new_value) values (?,?,?,?,?,?)")
                .params(clock.now(), actor, action, target, cut(oldValue), cut(newValue)).update();
    }

    private static String cut(String s) {
        return s == null || s.length() <= 4000 ? s : s.substring(0, 3997) + "...";
    }

    /** The latest entries first, optionally of one action. */
    public List<AuditEntry> latest(String action, int limit) {
        String where = action == null || action.isBlank() ? "" : " where action = :action";
        var spec = jdbc.sql("select id, logged_at, actor, action, target, old_value, new_value from audit_log" + where
                + " order by id desc");
        if (!where.isEmpty()) {
            spec = spec.param("action", action);
        }
        return spec.query((rs, i) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list().stream().limit(Math.max(1, Math.min(limit, 1000))).toList();
    }
}
