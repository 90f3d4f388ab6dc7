package cn.diaodu.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AuditRecord;

/**
 * Reads the audit log (the only write is {@link AuditWriter}'s append; nothing changes or deletes an entry).
 * Modules record by publishing an {@link AuditRecord} event.
 */
@Service
public class AuditService {
    private final JdbcClient jdbc;
    private final AuditVerifier verifier;

    AuditService(JdbcClient jdbc, AuditVerifier verifier) {
        this.jdbc = jdbc;
        this.verifier = verifier;
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
