package cn.diaodu.audit;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 审计日志: the audit administrator's page and GET /api/audit. */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {
    private final AuditService audit;

    AuditPages(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/audit")
    String page(@RequestParam(required = false) String action, Model model) {
        model.addAttribute("entries", audit.latest(action, 500));
        model.addAttribute("action", action);
        return "audit/list";
    }

}

/** GET /api/audit: the latest entries, for the audit administrator. */
@RestController
@PreAuthorize("hasRole('AUDITOR')")
class AuditApi {
    private final AuditService audit;

    AuditApi(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> api(@RequestParam(required = false) String action,
            @RequestParam(defaultValue = "200") int limit) {
        return audit.latest(action, limit);
    }
}
