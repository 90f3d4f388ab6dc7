package cn.diaodu.audit;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.ValidationException;

/**
 * 审计日志: the audit administrator's page. Filters by time, user, kind and object, 25 entries a page (newest first),
 * the changes in words, and the chain's state.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPages {
    static final int PAGE_SIZE = 25;
    private final AuditService audit;
    private final AuditExport export;

    AuditPages(AuditService audit, AuditExport export) {
        this.audit = audit;
        this.export = export;
    }

    @GetMapping("/audit/export.xlsx")
    void export(AuditQuery query, HttpServletResponse response) throws IOException {
        export.download(query.filter(), response);
    }

    @GetMapping("/audit")
    String page(AuditQuery query, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "1") int page, Model model) {
        model.addAttribute("q", query);
        model.addAttribute("actions", audit.actions());
        model.addAttribute("verdict", audit.verify());
        int current = Math.max(1, page);
        try {
            AuditFilter f = AuditApi.withAction(query, action);
            long total = audit.count(f);
            int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
            current = Math.min(current, pages);
            model.addAttribute("entries", audit.find(f, current - 1, PAGE_SIZE));
            model.addAttribute("total", total);
            model.addAttribute("pages", pages);
            model.addAttribute("kind", f.kind());
        } catch (ValidationException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("entries", List.of());
            model.addAttribute("total", 0L);
            model.addAttribute("pages", 1);
            model.addAttribute("kind", query.kind());
        }
        model.addAttribute("page", current);
        return "audit/list";
    }
}
