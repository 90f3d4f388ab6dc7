package cn.diaodu.audit;

import java.time.OffsetDateTime;

/** One line of the audit log. */
public record AuditEntry(long id, OffsetDateTime at, String actor, String action, String target, String oldValue,
        String newValue) {
}
