package cn.diaodu.common;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Small helpers for the SQL that every module writes for itself. */
public final class Db {
    private Db() {
    }

    /** Runs an insert into a table whose key is an identity column {@code id} and returns the new id. */
    public static long insert(JdbcClient.StatementSpec insert) {
        KeyHolder keys = new GeneratedKeyHolder();
        insert.update(keys, "id");
        return ((Number) keys.getKeys().values().iterator().next()).longValue();
    }
}
