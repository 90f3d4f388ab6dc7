package cn.diaodu.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AuditRecord;

/**
 * Bearer tokens for the API (CONTRACT §2): random, opaque, stored only as their SHA-256 hash, valid for
 * {@code diaodu.token-hours} hours (default 12).
 */
@Service
public class TokenService {
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final SignIn signIn;
    private final Duration lifetime;

    TokenService(JdbcClient jdbc, UserService users, ApplicationEventPublisher events, SignIn signIn,
            @Value("${diaodu.token-hours:12}") int hours) {
        this.signIn = signIn;
        this.jdbc = jdbc;
        this.users = users;
        this.events = events;
        this.lifetime = Duration.ofHours(hours);
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }

    /** Signs in ({@link SignIn}: lockout, audit) and issues a token; empty when refused, locked or not. */
    public Optional<IssuedToken> issue(String username, String password) {
        SignIn.Result r = signIn.attempt(username, password);
        return r.outcome() == SignIn.Outcome.OK ? Optional.of(issue(r.principal())) : Optional.empty();
    }

    /** A new token for a user who just signed in ({@link SignIn}). */
    @Transactional
    public IssuedToken issue(DiaoduPrincipal p) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = Instant.now().plus(lifetime);
        jdbc.sql("delete from api_token where expires_at < ?").param(utc(Instant.now())).update();
        jdbc.sql("insert into api_token(token_hash, user_id, expires_at) values (?,?,?)")
                .params(hash(token), p.user().id(), utc(expires)).update();
        return new IssuedToken(token, expires);
    }

    /** Revokes one token (the caller's sign-out, {@code POST /api/auth/logout}); true when it existed. */
    @Transactional
    public boolean revoke(String token, CurrentUser user) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return false;
        }
        boolean gone = jdbc.sql("delete from api_token where token_hash = ? and user_id = ?")
                .params(hash(token), user.id()).update() > 0;
        if (gone) {
            events.publishEvent(AuditRecord.of("LOGOUT", "USER", user.id(), user.username()).withNote("API token"));
        }
        return gone;
    }

    /** The user behind a token that is known and not expired. */
    Optional<DiaoduPrincipal> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return users.principalOfToken(hash(token), utc(Instant.now()));
    }

    private static OffsetDateTime utc(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
