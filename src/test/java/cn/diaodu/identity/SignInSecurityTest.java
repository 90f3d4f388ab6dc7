package cn.diaodu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.PageSignIn;

/** CONTRACT §16: the password policy, the lockout, the forced change, revocation, headers and the API docs. */
class SignInSecurityTest extends ApiTest {

    private Map<String, Object> newUser(String username, String password, List<String> roles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("password", password);
        m.put("roles", roles);
        return m;
    }

    private Api.Res signIn(String username, String password) {
        return anonymous().post("/api/auth/token", Map.of("username", username, "password", password));
    }

    private HttpClient session() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private HttpResponse<String> page(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPasswordRuleIsCheckedWhereverAPasswordIsSet() {
        Api admin = admin();
        String p = freshProvince();
        invalid(admin.post("/api/users", newUser("pw" + p, "Ab1-xyz", List.of("LEADER"))), "password");
        invalid(admin.post("/api/users", newUser("pw" + p, "onlylowercase", List.of("LEADER"))), "password");
        invalid(admin.post("/api/users", newUser("pw" + p, "lowercase123", List.of("LEADER"))), "password");
        invalid(admin.post("/api/users", newUser("pw" + p, "123456", List.of("LEADER"))), "password");
        invalid(admin.post("/api/users", newUser("pw" + p, "xx-PW" + p + "-1", List.of("LEADER"))), "password");
        invalid(admin.post("/api/users", newUser("pw" + p, "Aa1-" + "x".repeat(69), List.of("LEADER"))), "password");
        invalid(admin.post("/api/users", newUser("pw" + p, "调".repeat(30), List.of("LEADER"))), "password");
        assertThat(admin.get("/api/users").text()).doesNotContain("\"pw" + p + "\"");
        Api.Res ok = created(admin.post("/api/users", newUser("pw" + p, "Aa1-" + "x".repeat(68), List.of("LEADER"))));
        assertThat(signIn("pw" + p, "Aa1-" + "x".repeat(68)).status()).isEqualTo(200);
        assertThat(created(admin.post("/api/users", newUser("cn" + p, "调度中心Pw1-", List.of("LEADER")))).id()).isPositive();

        Map<String, Object> reset = newUser(null, "weakweak", List.of("LEADER"));
        invalid(admin.put("/api/users/" + ok.id(), reset), "password");
        reset.put("password", "Aa1-" + "x".repeat(69));
        invalid(admin.put("/api/users/" + ok.id(), reset), "password");

        Api self = anonymous().as(token("pw" + p, "Aa1-" + "x".repeat(68)));
        invalid(self.post("/api/auth/password", Map.of("currentPassword", "Aa1-" + "x".repeat(68),
                "newPassword", "short")), "password");
        invalid(self.post("/api/auth/password", Map.of("currentPassword", "Aa1-" + "x".repeat(68),
                "newPassword", "调".repeat(30))), "password");
        invalid(self.post("/api/auth/password", Map.of("currentPassword", "Aa1-" + "x".repeat(68),
                "newPassword", "My-pw" + p + "-new")), "password");
        invalid(self.post("/api/auth/password", Map.of("currentPassword", "wrong-Pw-1",
                "newPassword", "Good-pw-77")), "currentPassword");
        // a 73-byte password at the token endpoint is a wrong password, not a 500
        assertThat(signIn("pw" + p, "Aa1-" + "x".repeat(69)).status()).isEqualTo(401);
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordAndASuccessResetsTheCount() throws Exception {
        World w = world();
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(w.leaderUser, "wrong-Pw-" + i).status()).isEqualTo(401);
        }
        assertThat(signIn(w.leaderUser, PASSWORD).status()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(w.leaderUser, "wrong-Pw-" + i).status()).isEqualTo(401);
        }
        assertThat(signIn(w.leaderUser, PASSWORD).status()).as("the count was reset").isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(w.leaderUser, "wrong-Pw-" + i).status()).isEqualTo(401);
        }
        Api.Res locked = signIn(w.leaderUser, PASSWORD);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.get("error").asText()).contains("锁定至").contains("北京时间").doesNotContain(" / ");
        assertThat(locked.get("lockedUntil").asText()).endsWith("+08:00");
        // the login form refuses it too, saying so
        HttpClient http = session();
        HttpResponse<String> r = PageSignIn.login(http, "http://localhost:" + port, w.leaderUser, PASSWORD);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(page(http, "/login?locked").body()).contains("id=\"login-locked\"").contains("北京时间");
        // the API shows the lock to an administrator
        assertThat(admin().get("/api/users/" + idOf(w.leaderUser)).get("lockedUntil").asText()).endsWith("+08:00");
    }

    @Test
    void theLoginFormLeadsToTheChangeOfAnAdministratorsPasswordFirstWhileTokensAreStillIssued() throws Exception {
        World w = world();
        HttpClient http = session();
        String base = "http://localhost:" + port;
        String csrf = csrf(page(http, "/login").body());
        HttpResponse<String> login = post(http, "/login", "username=" + w.supervisor + "&password=" + PASSWORD
                + "&_csrf=" + csrf);
        assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        assertThat(page(http, "/problems").headers().firstValue("Location").orElse(""))
                .endsWith("/account/password");
        assertThat(page(http, "/account/password").body()).contains("id=\"password-forced\"");
        assertThat(signIn(w.supervisor, PASSWORD).status()).as("integrations keep working").isEqualTo(200);
        String form = page(http, "/account/password").body();
        HttpResponse<String> done = post(http, "/account/password", "currentPassword=" + PASSWORD
                + "&newPassword=Fresh-pw-33&confirmPassword=Fresh-pw-33&_csrf=" + csrf(form));
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(page(http, "/problems").statusCode()).isEqualTo(200);
        PageSignIn.changed(w.supervisor, "Fresh-pw-33");
        // a user's own password is not to be changed again
        HttpClient again = session();
        HttpResponse<String> second = PageSignIn.login(again, base, w.supervisor, "Fresh-pw-33");
        assertThat(second.headers().firstValue("Location").orElse("")).doesNotContain("/account/password");
    }

    @Test
    void aNewPasswordOrADisabledAccountEndsTokensAndPageSessionsAndLogoutEndsTheToken() throws Exception {
        World w = world();
        String base = "http://localhost:" + port;
        HttpClient http = session();
        PageSignIn.login(http, base, w.dispatcher, PASSWORD);
        assertThat(page(http, "/dashboard").statusCode()).isEqualTo(200);
        String now = PageSignIn.password(w.dispatcher, PASSWORD);
        Api api = anonymous().as(token(w.dispatcher, now));
        Api other = anonymous().as(token(w.dispatcher, now));
        assertThat(api.get("/api/me").status()).isEqualTo(200);
        assertThat(api.post("/api/auth/password", Map.of("currentPassword", now, "newPassword", "Other-pw-44"))
                .status()).isEqualTo(204);
        PageSignIn.changed(w.dispatcher, "Other-pw-44");
        assertThat(api.get("/api/me").status()).isEqualTo(401);
        assertThat(other.get("/api/me").status()).isEqualTo(401);
        assertThat(page(http, "/dashboard").headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(signIn(w.dispatcher, now).status()).isEqualTo(401);

        Api fresh = anonymous().as(token(w.dispatcher, "Other-pw-44"));
        assertThat(fresh.post("/api/auth/logout", Map.of()).status()).isEqualTo(204);
        assertThat(fresh.get("/api/me").status()).isEqualTo(401);

        HttpClient reporter = session();
        PageSignIn.login(reporter, base, w.reporterA, PASSWORD);
        assertThat(page(reporter, "/reports/grid").statusCode()).isEqualTo(200);
        Api rep = as(w.reporterA);
        long reporterId = idOf(w.reporterA);
        Map<String, Object> off = new LinkedHashMap<>();
        off.put("roles", List.of("REPORTER"));
        off.put("unitId", w.unitA);
        off.put("enabled", false);
        ok(admin().put("/api/users/" + reporterId, off));
        assertThat(rep.get("/api/me").status()).isEqualTo(401);
        assertThat(page(reporter, "/reports/grid").headers().firstValue("Location").orElse("")).contains("/login");
    }

    private long idOf(String username) {
        for (var u : admin().get("/api/users").body()) {
            if (u.get("username").asText().equals(username)) {
                return u.get("id").asLong();
            }
        }
        throw new IllegalStateException(username);
    }

    @Test
    void theThreeAdministratorsAreKeptApart() {
        World w = world();
        String p = freshProvince();
        Api admin = admin();
        Api adminOnly = as(w.adminOnly);
        long selfId = idOf(w.adminOnly);
        // an ADMIN grants itself AUDITOR: refused; nor may it create an ADMIN, SECURITY_ADMIN or AUDITOR
        assertThat(adminOnly.put("/api/users/" + selfId, Map.of("roles", List.of("ADMIN", "AUDITOR"))).status())
                .isEqualTo(403);
        for (String role : List.of("ADMIN", "SECURITY_ADMIN", "AUDITOR")) {
            assertThat(adminOnly.post("/api/users", newUser("r" + role.length() + "x" + p, PASSWORD, List.of(role)))
                    .status()).as(role).isEqualTo(403);
        }
        assertThat(adminOnly.post("/api/users", newUser("lead" + p + "x", PASSWORD, List.of("LEADER"))).status())
                .isEqualTo(201);
        assertThat(as(w.auditor).get("/api/users").status()).isEqualTo(403);
        // nobody holds two of the three
        invalid(admin.post("/api/users", newUser("two" + p, PASSWORD, List.of("ADMIN", "AUDITOR"))), "roles");
        invalid(admin.post("/api/users", newUser("two" + p, PASSWORD, List.of("SECURITY_ADMIN", "ADMIN"))), "roles");
        // the first administrator sets the system up while there is no security administrator
        long sec = created(admin.post("/api/users", newUser("sec" + p, PASSWORD, List.of("SECURITY_ADMIN")))).id();
        try {
            assertThat(admin.post("/api/users", newUser("aud" + p + "x", PASSWORD, List.of("AUDITOR"))).status())
                    .as("no longer once a security administrator exists").isEqualTo(403);
            Api security = as("sec" + p);
            long aud = created(security.post("/api/users", newUser("aud" + p + "y", PASSWORD, List.of("AUDITOR"))))
                    .id();
            assertThat(security.put("/api/users/" + aud, Map.of("roles", List.of("AUDITOR", "SECURITY_ADMIN")))
                    .status()).isEqualTo(422);
            ok(security.put("/api/users/" + aud, Map.of("roles", List.of("LEADER"))));
            assertThat(adminOnly.put("/api/users/" + aud, Map.of("roles", List.of("AUDITOR"))).status())
                    .isEqualTo(403);
            // the security administrator unlocks
            for (int i = 0; i < 5; i++) {
                signIn(w.leaderUser, "wrong-Pw-" + i);
            }
            assertThat(signIn(w.leaderUser, PASSWORD).status()).isEqualTo(401);
            long leader = idOf(w.leaderUser);
            assertThat(adminOnly.post("/api/users/" + leader + "/unlock", Map.of()).status()).isEqualTo(403);
            ok(security.post("/api/users/" + leader + "/unlock", Map.of()));
            assertThat(signIn(w.leaderUser, PASSWORD).status()).isEqualTo(200);
        } finally {
            // gives the first administrator its setup back for the other tests of this context
            ok(as("sec" + p).put("/api/users/" + sec, Map.of("roles", List.of("LEADER"))));
        }
        assertThat(admin.post("/api/users", newUser("aud" + p + "z", PASSWORD, List.of("AUDITOR"))).status())
                .isEqualTo(201);
    }

    @Test
    void securityHeadersOnPagesAndApiAnswersAndTheSessionCookie() throws Exception {
        for (Download d : List.of(fetch(null, "/login"), fetch("admin", "/api/me"), fetch(null, "/api/me"))) {
            assertThat(d.header("Content-Security-Policy")).contains("script-src 'self'")
                    .contains("frame-ancestors 'self'").doesNotContain("'unsafe-inline' 'unsafe-eval'");
            assertThat(d.header("Content-Security-Policy").split("script-src")[1].split(";")[0])
                    .doesNotContain("unsafe-inline");
            assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(d.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        }
        HttpClient http = session();
        HttpResponse<String> plain = page(http, "/login");
        String cookie = plain.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
        HttpResponse<String> tls = session().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/login")).header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        String secure = tls.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(secure).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void theApiDescriptionIsForSignedInUsersOnly() throws Exception {
        assertThat(fetch(null, "/v3/api-docs").status()).isEqualTo(401);
        Download d = fetch("admin", "/v3/api-docs");
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.text()).contains("/api/auth/logout").contains("/api/auth/password");
        World w = world();
        HttpClient http = session();
        PageSignIn.login(http, "http://localhost:" + port, w.leaderUser, PASSWORD);
        assertThat(page(http, "/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(page(session(), "/swagger-ui.html").statusCode()).isNotEqualTo(200);
    }

    private HttpResponse<String> post(HttpClient http, String path, String form) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        var m = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).isTrue();
        return java.net.URLEncoder.encode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
