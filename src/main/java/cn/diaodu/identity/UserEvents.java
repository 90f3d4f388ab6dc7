package cn.diaodu.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AuditRecord;

/** The audit entries of a user's creation and change, field by field; never a password, only that it changed. */
@Component
class UserEvents {
    private final ApplicationEventPublisher events;

    UserEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void created(UserService.UserView created) {
        List<AuditRecord.Change> changes = new ArrayList<>(AuditRecord.changes(null, created, "id", "lockedUntil"));
        changes.add(new AuditRecord.Change("password", null, "password set"));
        events.publishEvent(AuditRecord.of("USER_CREATE", "USER", created.id(), created.username())
                .withChanges(changes));
        created.roles().forEach(r -> events.publishEvent(AuditRecord.of("ROLE_GRANT", "USER", created.id(),
                created.username()).withChanges(List.of(new AuditRecord.Change("roles", null, r.name())))));
    }

    void updated(String username, UserService.UserView before, UserService.UserView after, boolean reset) {
        List<AuditRecord.Change> changes = AuditRecord.changes(before, after, "id", "lockedUntil", "roles");
        if (!changes.isEmpty()) {
            events.publishEvent(AuditRecord.of("USER_UPDATE", "USER", after.id(), username).withChanges(changes));
        }
        if (before.enabled() && !after.enabled()) {
            events.publishEvent(AuditRecord.of("USER_DISABLE", "USER", after.id(), username));
        }
        for (Role r : Role.values()) {
            boolean had = before.roles().contains(r);
            boolean has = after.roles().contains(r);
            if (had != has) {
                events.publishEvent(AuditRecord.of(has ? "ROLE_GRANT" : "ROLE_REVOKE", "USER", after.id(), username)
                        .withChanges(List.of(new AuditRecord.Change("roles", had ? r.name() : null,
                                has ? r.name() : null))));
            }
        }
        if (reset) {
            events.publishEvent(AuditRecord.of("PASSWORD_RESET", "USER", after.id(), username)
                    .withChanges(List.of(new AuditRecord.Change("password", null, "password changed"))));
        }
    }

}
