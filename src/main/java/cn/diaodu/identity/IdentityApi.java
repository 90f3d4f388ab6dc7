package cn.diaodu.identity;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Messages;
import cn.diaodu.common.AppClock;

/**
 * CONTRACT §2 (tokens), §4 (users) and §16 (lockout, own password, sign-out, unlock; {@link RoleRules}). An administrator bounded to a region lists, reads and writes only the users
 * of that region ({@link DataScope#administers}); 403 for the others.
 */
@RestController
@RequestMapping("/api")
class IdentityApi {
    private final TokenService tokens;
    private final UserService users;
    private final DataScope scope;
    private final SignIn signIn;
    private final cn.diaodu.identity.Credentials credentials;
    private final PasswordPolicy policy;

    IdentityApi(TokenService tokens, UserService users, DataScope scope, SignIn signIn, cn.diaodu.identity.Credentials credentials,
            PasswordPolicy policy) {
        this.signIn = signIn;
        this.credentials = credentials;
        this.policy = policy;
        this.tokens = tokens;
        this.users = users;
        this.scope = scope;
    }

    record Credentials(String username, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    /**
     * CONTRACT §2 and §16: 200 with a token; 401 for a wrong name or password, and for a locked account even with
     * the right password (the message says until when, Beijing time; {@code lockedUntil} as ISO-8601).
     */
    @PostMapping("/auth/token")
    ResponseEntity<?> token(@RequestBody(required = false) Credentials c) {
        if (c == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
        }
        SignIn.Result r = signIn.attempt(c.username(), c.password());
        return switch (r.outcome()) {
            case OK -> {
                TokenService.IssuedToken t = tokens.issue(r.principal());
                yield ResponseEntity.ok(Map.of("token", t.token(), "expiresAt", t.expiresAt().toString()));
            }
            case LOCKED -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of(
                    "error", policy.text("login.locked", r.lockedUntilText()),
                    "lockedUntil", r.lockedUntil().atZoneSameInstant(AppClock.ZONE).toOffsetDateTime().toString()));
            case WRONG -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                    .body(Map.of("error", Messages.text("identity.error.wrong-username-password", List.of())));
        };
    }

    /** Revokes the caller's own token: 204, after which it answers 401. */
    @PostMapping("/auth/logout")
    ResponseEntity<Void> logout(@RequestHeader(name = "Authorization", required = false) String authorization) {
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            tokens.revoke(authorization.substring(7).trim(), CurrentUsers.get());
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * The caller changes its own password: 204; the current password wrong → 422 on {@code currentPassword}, the new
     * one against the policy → 422 on {@code password}. Every token of the user (this one too) and every page
     * session end: sign in again with the new password.
     */
    @PostMapping("/auth/password")
    ResponseEntity<Void> changePassword(@RequestBody(required = false) PasswordChange in) {
        PasswordChange body = in == null ? new PasswordChange(null, null) : in;
        credentials.changeOwn(CurrentUsers.get(), body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    /** A security administrator ends a lock at once (and the count of failures): the user as it is now. */
    @PostMapping("/users/{id}/unlock")
    @PreAuthorize("hasRole('SECURITY_ADMIN')")
    UserService.UserView unlock(@PathVariable long id) {
        UserService.UserView u = scope.administered(users.get(id));
        signIn.unlock(u.id(), u.username());
        return users.get(id);
    }

    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUsers.get();
    }

    @GetMapping("/users")
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    List<UserService.UserView> list() {
        return scope.administeredAmong(CurrentUsers.get(), users.list());
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    UserService.UserView get(@PathVariable long id) {
        return scope.administered(users.get(id));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    UserService.UserView create(@RequestBody UserService.UserInput in) {
        scope.requireAdministers(CurrentUsers.get(), in.regionCode(), in.unitId(), in.roles());
        return users.create(in);
    }

    @PutMapping("/users/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','SECURITY_ADMIN')")
    UserService.UserView update(@PathVariable long id, @RequestBody UserService.UserInput in) {
        scope.administered(users.get(id));
        scope.requireAdministers(CurrentUsers.get(), in.regionCode(), in.unitId(), in.roles());
        return users.update(id, in);
    }
}
