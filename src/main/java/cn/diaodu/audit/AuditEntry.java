package cn.diaodu.audit;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;

import cn.diaodu.common.AuditRecord.Change;

/**
 * One stored entry of the audit log, as the API shows it. {@code id} is the entry's place in the chain;
 * {@code target}, {@code oldValue} and {@code newValue} are the changes in one line each, for older readers.
 */
public record AuditEntry(long id, OffsetDateTime at, String actor, String clientIp, String action, String objectType,
        String objectId, String objectName, String target, String note, List<Change> changes, String oldValue,
        String newValue, String prevHash, String hash) {

    /** "annualPlan=12000.00, name=…" for one side of the changes; the stored line for an entry without changes. */
    static String side(List<Change> changes, boolean after, String stored) {
        if (changes.isEmpty()) {
            return stored;
        }
        return changes.stream().map(c -> c.field() + "=" + (after ? c.after() : c.before()))
                .collect(Collectors.joining(", "));
    }
}
