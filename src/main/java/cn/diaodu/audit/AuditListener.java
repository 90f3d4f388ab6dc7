package cn.diaodu.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/**
 * Hears every {@link AuditRecord} and every {@link Audited} event synchronously, in the publisher's transaction (not
 * after commit: no change commits without its entry), and adds who (the record's actor, else the signed-in user,
 * else {@code system}) and from which address (the current request's client address, as Spring's forwarded-header
 * handling gives it; null for a job).
 */
@Component
class AuditListener {
    static final String SYSTEM = "system";
    private final AuditWriter writer;

    AuditListener(AuditWriter writer) {
        this.writer = writer;
    }

    @EventListener
    void on(AuditRecord record) {
        writer.write(record, actor(record), clientIp());
    }

    @EventListener
    void on(Audited event) {
        AuditRecord record = event.audit();
        if (record != null) {
            on(record);
        }
    }

    static String actor(AuditRecord record) {
        if (record.actor() != null && !record.actor().isBlank()) {
            return record.actor();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                || auth.getName() == null) {
            return SYSTEM;
        }
        return auth.getName();
    }

    static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a) {
            return a.getRequest().getRemoteAddr();
        }
        return null;
    }
}
