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

/** CONTRACT §2 (tokens) and §4 (users). */
@RestController
@RequestMapping("/api")
class IdentityApi {
    private final TokenService tokens;
    private final UserService users;

    IdentityApi(TokenService tokens, UserService users) {
        this.tokens = tokens;
        this.users = users;
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
        return users.list();
    }

    @GetMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserService.UserView get(@PathVariable long id) {
        return users.get(id);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    UserService.UserView create(@RequestBody UserService.UserInput in) {
        return users.create(in);
    }

    @PutMapping("/users/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    UserService.UserView update(@PathVariable long id, @RequestBody UserService.UserInput in) {
        return users.update(id, in);
    }
}
