package cn.diaodu.identity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;

/**
 * One sign-in attempt, for the token endpoint and the login form alike (CONTRACT §16): after
 * {@code diaodu.security.max-failures} (5) consecutive failures the account is locked for
 * {@code diaodu.security.lock-minutes} (15); while locked even the right password is refused; a success resets the
 * count. Failures are counted by one {@code update … set failed_logins = failed_logins + 1} and the lock is set by
 * one conditional update, so concurrent attempts cannot slip past. Each attempt is published as an audit entry.
 * Not transactional: every count is committed at once, whatever follows.
 */
@Service
class SignIn {
    static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** A bcrypt hash of nothing anyone knows: an unknown name costs as much time as a wrong password. */
    private static final String DUMMY = "$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3nYYj2P6lG9Ih4H4tG5uV6e";

    private final JdbcClient jdbc;
    private final UserService users;
    private final PasswordEncoder encoder;
    private final AppClock clock;
    private final ApplicationEventPublisher events;
    private final int maxFailures;
    private final Duration lock;

    SignIn(JdbcClient jdbc, UserService users, PasswordEncoder encoder, AppClock clock, ApplicationEventPublisher events,
            @Value("${diaodu.security.max-failures:5}") int maxFailures,
            @Value("${diaodu.security.lock-minutes:15}") long lockMinutes) {
        this.jdbc = jdbc;
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
        this.events = events;
        this.maxFailures = Math.max(1, maxFailures);
        this.lock = Duration.ofMinutes(Math.max(1, lockMinutes));
    }

    enum Outcome { OK, WRONG, LOCKED }

    /** The outcome; {@code principal} when OK, {@code lockedUntil} (Beijing time) when LOCKED. */
    record Result(Outcome outcome, DiaoduPrincipal principal, OffsetDateTime lockedUntil) {
        String lockedUntilText() {
            return lockedUntil == null ? null : lockedUntil.atZoneSameInstant(AppClock.ZONE).format(BEIJING);
        }
    }

    Result attempt(String username, String password) {
        if (username == null || password == null || username.isBlank()) {
            return new Result(Outcome.WRONG, null, null);
        }
        DiaoduPrincipal p;
        try {
            p = (DiaoduPrincipal) users.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            encoder.matches("x", DUMMY);
            failed(username, "unknown user");
            return new Result(Outcome.WRONG, null, null);
        }
        long id = p.user().id();
        OffsetDateTime now = clock.now();
        OffsetDateTime until = lockedUntil(id, now);
        if (until != null) {
            failed(username, "locked");
            return new Result(Outcome.LOCKED, null, until);
        }
        boolean storable = password.getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES;
        if (!storable || !encoder.matches(password, p.getPassword()) || !p.isEnabled()) {
            failed(username, p.isEnabled() ? "wrong password" : "disabled");
            jdbc.sql("update app_user set failed_logins = failed_logins + 1 where id = ?").param(id).update();
            OffsetDateTime lockEnd = now.plus(lock);
            int locked = jdbc.sql("update app_user set locked_until = ?, failed_logins = 0 "
                    + "where id = ? and failed_logins >= ?").params(lockEnd, id, maxFailures).update();
            if (locked == 1) {
                events.publishEvent(AuditRecord.of("ACCOUNT_LOCKED", "USER", id, username).by(username)
                        .withNote("locked until " + lockEnd.atZoneSameInstant(AppClock.ZONE).format(BEIJING)));
                return new Result(Outcome.LOCKED, null, lockEnd);
            }
            return new Result(Outcome.WRONG, null, null);
        }
        int reset = jdbc.sql("update app_user set failed_logins = 0 "
                + "where id = ? and (locked_until is null or locked_until <= ?)").params(id, now).update();
        if (reset == 0) {
            OffsetDateTime lockedNow = lockedUntil(id, now);
            failed(username, "locked");
            return new Result(Outcome.LOCKED, null, lockedNow);
        }
        events.publishEvent(AuditRecord.of("LOGIN", "USER", id, username).by(username));
        return new Result(Outcome.OK, p, null);
    }

    private OffsetDateTime lockedUntil(long id, OffsetDateTime now) {
        OffsetDateTime until = jdbc.sql("select locked_until from app_user where id = ?").param(id)
                .query((rs, i) -> java.util.Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))).single()
                .orElse(null);
        return until != null && until.isAfter(now) ? until : null;
    }

    /** A SECURITY_ADMIN's unlock: the lock and the count of failures gone. Returns whether it was locked. */
    boolean unlock(long id, String username) {
        OffsetDateTime until = lockedUntil(id, clock.now());
        jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where id = ?").param(id).update();
        if (until != null) {
            events.publishEvent(AuditRecord.of("ACCOUNT_UNLOCKED", "USER", id, username));
        }
        return until != null;
    }

    OffsetDateTime lockedUntil(long id) {
        return lockedUntil(id, clock.now());
    }

    private void failed(String username, String why) {
        events.publishEvent(AuditRecord.of("LOGIN_FAILED", "USER", null, username).by(username).withNote(why));
    }
}
