package cn.diaodu.audit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AuditRecord.Change;

/**
 * An entry in words: the action's label ({@code audit.action.<ACTION>}) and each change as
 * "年度计划：12000.00 → 24000.00" ({@code audit.field.<field>}); an unknown code is shown as it is.
 */
@Component("auditWords")
public class AuditWords {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final MessageSource messages;

    AuditWords(MessageSource messages) {
        this.messages = messages;
    }

    public String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    public String action(String action, Locale locale) {
        return action == null ? "" : messages.getMessage("audit.action." + action, null, action, locale);
    }

    public String field(String field, Locale locale) {
        return field == null ? "" : messages.getMessage("audit.field." + field, null, field, locale);
    }

    /** One change: "年度计划：12000.00 → 24000.00"; a missing value shows as "—". */
    public String change(Change c, Locale locale) {
        String colon = messages.getMessage("audit.colon", null, ": ", locale);
        return field(c.field(), locale) + colon + show(c.before()) + " → " + show(c.after());
    }

    String changes(AuditEntry e, Locale locale) {
        return e.changes().stream().map(c -> change(c, locale)).collect(Collectors.joining("\n"));
    }

    static String time(OffsetDateTime at) {
        return at.format(TIME);
    }

    private static String show(String v) {
        return v == null || v.isEmpty() ? "—" : v;
    }
}
