package cn.diaodu.common;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the audit log as the module that made the change describes it (CONTRACT §16): what kind of action,
 * on which object, and for a change the fields before and after. Published as an application event (directly, or
 * by a domain event that implements {@link Audited}); the audit module adds who, when and from which address, and
 * chains the entry. {@code actor} is null for "the signed-in user" (or {@code system} for a job); a sign-in attempt
 * names the username it tried.
 *
 * @param action     what happened, an upper-case code such as {@code REPORT_APPROVE}, {@code LOGIN_FAILED}
 * @param objectType the kind of object, such as {@code PROJECT}, {@code REPORT}, {@code USER}
 * @param objectId   the object's key (an id, a code, "142/2024-07"), or null
 * @param objectName a readable name of the object (the project's name), or null
 * @param changes    the fields that changed, empty for an action without a field change
 * @param note       a reason or remark (the return's reason), or null
 * @param actor      who did it when not the signed-in user, else null
 */
public record AuditRecord(String action, String objectType, String objectId, String objectName,
        List<Change> changes, String note, String actor) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public static AuditRecord of(String action, String objectType, Object objectId, String objectName) {
        return new AuditRecord(action, objectType, objectId == null ? null : String.valueOf(objectId), objectName,
                List.of(), null, null);
    }

    public AuditRecord withChanges(List<Change> c) {
        return new AuditRecord(action, objectType, objectId, objectName, c, note, actor);
    }

    public AuditRecord withNote(String n) {
        return new AuditRecord(action, objectType, objectId, objectName, changes, n, actor);
    }

    public AuditRecord by(String who) {
        return new AuditRecord(action, objectType, objectId, objectName, changes, note, who);
    }

    /**
     * One field's change. {@code field} is the field's name in the API ({@code annualPlan}); the audit pages show it
     * through the message key {@code audit.field.<field>} ("年度计划"). Values are text as the API writes them;
     * null when the field had no value.
     */
    public record Change(String field, String before, String after) {
    }

    /**
     * The fields in which two records of the same type differ, by component name, in declaration order. Either
     * side may be null (a creation or a deletion). Components named in {@code ignore} (ids, versions) are left out.
     */
    public static List<Change> changes(Record before, Record after, String... ignore) {
        Record sample = before != null ? before : after;
        if (sample == null) {
            return List.of();
        }
        Set<String> skip = Set.of(ignore);
        List<Change> out = new ArrayList<>();
        for (RecordComponent c : sample.getClass().getRecordComponents()) {
            if (skip.contains(c.getName())) {
                continue;
            }
            String b = text(value(c, before));
            String a = text(value(c, after));
            if (!Objects.equals(b, a)) {
                out.add(new Change(c.getName(), b, a));
            }
        }
        return out;
    }

    /** A value as the audit log writes it: money and numbers plain, lists joined, null as null. */
    public static String text(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(AuditRecord::text).map(String::valueOf).reduce((x, y) -> x + ", " + y).orElse("");
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v.toString();
    }

    private static Object value(RecordComponent c, Record r) {
        if (r == null) {
            return null;
        }
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
