package cn.diaodu.identity;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;

/**
 * Passwords and what hangs on them (CONTRACT §16): setting one (by an administrator: to be changed at the next
 * sign-in through the pages; by the user: not), the user's own change, the expiry
 * ({@code diaodu.security.password-expiry-days}, 90), and revocation: a new password or a disabled account deletes
 * the user's API tokens and raises {@code credentials_version}, which every page session compares on each request
 * ({@link SessionGuard}).
 */
@Service
public class Credentials {
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final AppClock clock;
    private final ApplicationEventPublisher events;
    private final int expiryDays;

    Credentials(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, AppClock clock,
            ApplicationEventPublisher events, @Value("${diaodu.security.password-expiry-days:90}") int expiryDays) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
        this.expiryDays = expiryDays;
    }

    /** What a page session checks on each request. */
    record State(boolean enabled, int version, boolean mustChange) {
    }

    Optional<State> state(long userId) {
        OffsetDateTime now = clock.now();
        return jdbc.sql("select enabled, credentials_version, must_change_password, password_changed_at, "
                + "policy_exempt from app_user where id = ?").param(userId)
                .query((rs, i) -> {
                    OffsetDateTime changed = rs.getObject(4, OffsetDateTime.class);
                    boolean exempt = rs.getBoolean(5);
                    boolean expired = !exempt && expiryDays > 0 && changed != null
                            && changed.plusDays(expiryDays).isBefore(now);
                    return new State(rs.getBoolean(1), rs.getInt(2), !exempt && (rs.getBoolean(3) || expired));
                }).optional();
    }

    /** Stores a new password hash, and ends the user's tokens and other sessions. */
    void store(long userId, String password, boolean mustChange) {
        jdbc.sql("update app_user set password_hash = ?, password_changed_at = ?, must_change_password = ?, "
                + "credentials_version = credentials_version + 1, failed_logins = 0 where id = ?")
                .params(encoder.encode(password), clock.now(), mustChange, userId).update();
        revokeTokens(userId);
    }

    /** Ends the user's API tokens and page sessions (a disabled account). */
    void revoke(long userId) {
        jdbc.sql("update app_user set credentials_version = credentials_version + 1 where id = ?").param(userId)
                .update();
        revokeTokens(userId);
    }

    private void revokeTokens(long userId) {
        int n = jdbc.sql("delete from api_token where user_id = ?").param(userId).update();
        if (n > 0) {
            events.publishEvent(AuditRecord.of("TOKEN_REVOKE", "USER", userId, null)
                    .withNote(n + " token(s) revoked"));
        }
    }

    /**
     * The signed-in user's own change: the current password must be right, the new one meet the policy and differ
     * from it (422 on {@code currentPassword}, or on {@code password} as every path that sets one). Returns the new credentials version.
     */
    @Transactional
    public int changeOwn(CurrentUser user, String currentPassword, String newPassword) {
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(user.id())
                .query(String.class).single();
        List<FieldError> errors = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty()
                || currentPassword.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > PasswordPolicy.MAX_BYTES
                || !encoder.matches(currentPassword, hash)) {
            errors.add(FieldError.of("currentPassword", "password.currentWrong"));
        }
        policy.check(user.username(), newPassword, "password", errors);
        if (errors.isEmpty() && newPassword.equals(currentPassword)) {
            errors.add(FieldError.of("password", "password.same"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        store(user.id(), newPassword, false);
        events.publishEvent(AuditRecord.of("PASSWORD_CHANGE", "USER", user.id(), user.username())
                .withChanges(List.of(new AuditRecord.Change("password", null, "password changed"))));
        return jdbc.sql("select credentials_version from app_user where id = ?").param(user.id())
                .query(Integer.class).single();
    }
}
