package cn.diaodu.audit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit log for the audit administrator: {@code GET /api/audit} (filters, newest first, paged; the total in
 * {@code X-Total-Count}), {@code GET /api/audit/verify} (the chain's state) and {@code GET /api/audit/export.xlsx}
 * (the filtered log as a spreadsheet; exporting is itself an entry, {@code AUDIT_EXPORT}).
 */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class AuditApi {
    private final AuditService audit;
    private final AuditExport export;

    AuditApi(AuditService audit, AuditExport export) {
        this.audit = audit;
        this.export = export;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> list(AuditQuery query, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            HttpServletResponse response) {
        AuditFilter f = withAction(query, action);
        response.setHeader("X-Total-Count", String.valueOf(audit.count(f)));
        return audit.find(f, AuditQuery.page(page), AuditQuery.size(size, 500));
    }

    @GetMapping("/api/audit/verify")
    AuditVerdict verify() {
        return audit.verify();
    }

    @GetMapping("/api/audit/export.xlsx")
    void export(AuditQuery query, @RequestParam(required = false) String action, HttpServletResponse response)
            throws IOException {
        export.download(withAction(query, action), response);
    }

    /** {@code action} is the older name of {@code kind}. */
    static AuditFilter withAction(AuditQuery q, String action) {
        String kind = q.kind() == null || q.kind().isBlank() ? action : q.kind();
        return new AuditQuery(q.from(), q.to(), q.user(), kind, q.objectType(), q.objectId()).filter();
    }
}
