package cn.diaodu.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AuditRecord;

/**
 * Reads the audit log (the only write is {@link AuditWriter}'s append; nothing changes or deletes an entry).
 * Modules record by publishing an {@link AuditRecord} event; {@link #record} remains for callers not converted yet.
 */
@Service
public class AuditService {
    private final JdbcClient jdbc;
    private final AuditWriter writer;
    private final AuditVerifier verifier;

    AuditService(JdbcClient jdbc, AuditWriter writer, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.verifier = verifier;
    }

    /**
     * An entry in the old shape: "user alice" becomes object type USER, id alice; the old and new text become the
     * change of the field {@code value}.
     *
     * @deprecated publish an {@link AuditRecord} with field changes instead
     */
    @Deprecated
    public void record(String actor, String action, String target, String oldValue, String newValue) {
        String t = target == null ? "" : target.trim();
        int space = t.indexOf(' ');
        String type = (space < 0 ? t : t.substring(0, space)).toUpperCase(java.util.Locale.ROOT);
        String id = space < 0 ? null : t.substring(space + 1);
        List<AuditRecord.Change> changes = new ArrayList<>();
        if (oldValue != null || newValue != null) {
            changes.add(new AuditRecord.Change("value", oldValue, newValue));
        }
        AuditRecord r = new AuditRecord(action, type.isEmpty() ? "UNKNOWN" : type, id, null, changes, null, actor);
        writer.write(r, AuditListener.actor(r), AuditListener.clientIp());
    }

    /** A page of entries, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int page, int size) {
        return AuditStore.find(jdbc, filter, Math.max(0, page) * size, size);
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return AuditStore.count(jdbc, filter);
    }

    /** The kinds of action in the log, for the page's choice. */
    public List<String> actions() {
        return AuditStore.actions(jdbc);
    }

    public AuditVerdict verify() {
        return verifier.verify();
    }
}
