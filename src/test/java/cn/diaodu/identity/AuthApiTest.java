package cn.diaodu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.ApiTest;

class AuthApiTest extends ApiTest {

    @Test
    void firstAdministratorGetsAToken() {
        var r = anonymous().post("/api/auth/token", Map.of("username", "admin", "password", ADMIN_PASSWORD));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.get("token").asText()).hasSizeGreaterThan(20);
        assertThat(r.get("expiresAt").asText()).contains("T");
        var me = anonymous().as(r.get("token").asText()).get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().get("roles").toString()).contains("ADMIN", "DISPATCHER");
        assertThat(me.get("regionCode").isNull()).isTrue();
    }

    @Test
    void wrongCredentialsAre401() {
        assertThat(anonymous().post("/api/auth/token", Map.of("username", "admin", "password", "nope")).status())
                .isEqualTo(401);
        assertThat(anonymous().post("/api/auth/token", Map.of("username", "nobody", "password", "x")).status())
                .isEqualTo(401);
        assertThat(anonymous().post("/api/auth/token", "{}").status()).isEqualTo(401);
    }

    @Test
    void missingOrInvalidTokenIs401() {
        assertThat(anonymous().get("/api/projects").status()).isEqualTo(401);
        assertThat(anonymous().as("not-a-token").get("/api/projects").status()).isEqualTo(401);
        assertThat(anonymous().as("not-a-token").get("/api/analysis/summary?year=2024&month=6").status())
                .isEqualTo(401);
    }

    @Test
    void usersAreAdministeredByAdminsOnly() {
        World w = world();
        var dispatcher = as(w.dispatcher);
        assertThat(dispatcher.post("/api/users", Map.of("username", "x1", "password", "abcdefg", "roles",
                List.of("REPORTER"))).status()).isEqualTo(403);
        assertThat(dispatcher.get("/api/users").status()).isEqualTo(403);
        assertThat(as(w.adminOnly).get("/api/users").status()).isEqualTo(200);
    }

    @Test
    void userInputIsChecked() {
        var admin = admin();
        invalid(admin.post("/api/users", Map.of("username", "admin", "password", "abcdefgh", "roles",
                List.of("DISPATCHER"))), "username");
        invalid(admin.post("/api/users", Map.of("username", "shortpw", "password", "abc", "roles",
                List.of("DISPATCHER"))), "password");
        invalid(admin.post("/api/users", Map.of("username", "norole", "password", "abcdefgh", "roles", List.of())),
                "roles");
        invalid(admin.post("/api/users", Map.of("username", "badrole", "password", "abcdefgh", "roles",
                List.of("KING"))), "roles");
        invalid(admin.post("/api/users", Map.of("username", "nounit", "password", "abcdefgh", "roles",
                List.of("REPORTER"))), "unitId");
        assertThat(anonymous().post("/api/auth/token", Map.of("username", "shortpw", "password", "abc")).status())
                .isEqualTo(401);
    }

    @Test
    void passwordsAreStoredHashed() {
        World w = world();
        var users = admin().get("/api/users");
        assertThat(users.text()).doesNotContain(PASSWORD).doesNotContain("password");
        assertThat(token(w.reporterA, PASSWORD)).isNotBlank();
    }
}
