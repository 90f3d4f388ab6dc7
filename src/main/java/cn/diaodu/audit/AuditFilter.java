package cn.diaodu.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.diaodu.common.AppClock;

/**
 * What the auditor looks for: a time span in whole days (China Standard Time, both ends included), the user, the
 * kind of action, the object. Blank means any.
 */
public record AuditFilter(LocalDate from, LocalDate to, String user, String kind, String objectType,
        String objectId) {

    public AuditFilter {
        user = blank(user);
        kind = blank(kind);
        objectType = blank(objectType);
        objectId = blank(objectId);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /** The SQL condition (" where …" or "") and its named parameters. */
    String where(Map<String, Object> params) {
        List<String> c = new ArrayList<>();
        if (from != null) {
            c.add("logged_at >= :from");
            params.put("from", OffsetDateTime.of(from, LocalTime.MIDNIGHT, AppClock.ZONE.getRules()
                    .getOffset(from.atStartOfDay())));
        }
        if (to != null) {
            LocalDate next = to.plusDays(1);
            c.add("logged_at < :to");
            params.put("to", OffsetDateTime.of(next, LocalTime.MIDNIGHT, AppClock.ZONE.getRules()
                    .getOffset(next.atStartOfDay())));
        }
        add(c, params, "actor", "user", user);
        add(c, params, "action", "kind", kind);
        add(c, params, "object_type", "objectType", objectType);
        add(c, params, "object_id", "objectId", objectId);
        return c.isEmpty() ? "" : " where " + String.join(" and ", c);
    }

    private static void add(List<String> c, Map<String, Object> params, String column, String name, String value) {
        if (value != null) {
            c.add(column + " = :" + name);
            params.put(name, value);
        }
    }

    /** The filter as a remark, for the entry that records an export. */
    String describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", from);
        m.put("to", to);
        m.put("user", user);
        m.put("kind", kind);
        m.put("objectType", objectType);
        m.put("objectId", objectId);
        m.values().removeIf(v -> v == null);
        return m.toString();
    }
}
