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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * CONTRACT §2 (tokens) and §4 (users). An administrator bounded to a region lists, reads and writes only the users
 * of that region ({@link DataScope#administers}); 403 for the others.
 */
@RestController
@RequestMapping("/api")
class IdentityApi {
    private final TokenService tokens;
    private final UserService users;
    private final DataScope scope;

    IdentityApi(TokenService tokens, UserService users, DataScope scope) {
        this.tokens = tokens;
        this.users = users;
        this.scope = scope;
    }

    record Credentials(String username, String password) {
    }

    @PostMapping("/auth/token")
    ResponseEntity<?> token(@RequestBody(required = false) Credentials c) {
        if (c == null) {
            return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "unauthorized"));
        }
        return tokens.issue(c.username(), c.password())
                .<ResponseEntity<?>>map(t -> ResponseEntity.ok(Map.of("token", t.token(), "expiresAt",
                        t.expiresAt().toString())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                        .body(Map.of("error", "用户名或密码错误 / wrong username or password")));
    }

    @GetMapping("/me")
    CurrentUser me() {
        return CurrentUsers.get();
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    List<UserService.UserView> list() {
        return scope.administeredAmong(CurrentUsers.get(), users.list());
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserService.UserView get(@PathVariable long id) {
        return scope.administered(users.get(id));
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UserService.UserView create(@RequestBody UserService.UserInput in) {
        scope.requireAdministers(CurrentUsers.get(), in.regionCode(), in.unitId(), in.roles());
        return users.create(in);
    }

    @PutMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserService.UserView update(@PathVariable long id, @RequestBody UserService.UserInput in) {
        scope.administered(users.get(id));
        scope.requireAdministers(CurrentUsers.get(), in.regionCode(), in.unitId(), in.roles());
        return users.update(id, in);
    }
}
