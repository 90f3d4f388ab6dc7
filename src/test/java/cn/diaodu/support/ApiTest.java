package cn.diaodu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that drive the running application over HTTP (CONTRACT §2). Today is 2024-07-15
 * (application-test.properties). Each test builds its own corner of the world (a province of its own) so that tests
 * sharing the application context do not see each other's projects.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ApiTest {
    public static final String ADMIN_PASSWORD = "admin-secret";
    public static final String PASSWORD = "secret-pw-1";
    private static final AtomicInteger SEQ = new AtomicInteger(10);

    @LocalServerPort
    protected int port;

    protected Api anonymous() {
        return new Api("http://localhost:" + port, null);
    }

    protected String token(String username, String password) {
        Api.Res r = anonymous().post("/api/auth/token", Map.of("username", username, "password", password));
        assertThat(r.status()).as("login of %s: %s", username, r).isEqualTo(200);
        return r.get("token").asText();
    }

    /** A token of the user, with its password now (changed at its first page sign-in, {@link PageSignIn}). */
    protected Api as(String username) {
        String[] used = {passwordOf(username)};
        return anonymous().as(token(username, used[0])).renewing(() -> {
            String now = passwordOf(username);
            if (now.equals(used[0])) {
                return null;
            }
            used[0] = now;
            Api.Res r = anonymous().post("/api/auth/token", Map.of("username", username, "password", now));
            return r.status() == 200 ? r.get("token").asText() : null;
        });
    }

    protected static String passwordOf(String username) {
        return PageSignIn.password(username, username.equals("admin") ? ADMIN_PASSWORD : PASSWORD);
    }

    protected Api admin() {
        return as("admin");
    }

    /** A response as bytes with its headers: the downloads (DOCX, XLSX) that {@link Api} does not read. */
    public record Download(int status, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** GET {@code path} as {@code username} (anonymous when null). */
    protected Download fetch(String username, String path) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
            if (username != null) {
                b.header("Authorization", "Bearer " + token(username, passwordOf(username)));
            }
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh two-digit province prefix for this test: codes never collide between tests in one context. */
    protected static String freshProvince() {
        int n = SEQ.getAndIncrement();
        if (n > 89) {
            throw new IllegalStateException("out of test provinces");
        }
        return String.valueOf(n);
    }

    /** A small world: province PP0000, city PP0100 with counties PP0102 and PP0103, units, leaders, users. */
    protected static final class World {
        public String province;
        public String city;
        public String countyA;
        public String countyB;
        public long unitA;
        public long unitB;
        public long leader1;
        public long leader2;
        public String dispatcher;
        public String reporterA;
        public String reporterB;
        public String leaderUser;
        public String countyLeaderA;
        public String supervisor;
        public String auditor;
        public String adminOnly;
    }

    protected World world() {
        Api admin = admin();
        World w = new World();
        String pp = freshProvince();
        w.province = pp + "0000";
        w.city = pp + "0100";
        w.countyA = pp + "0102";
        w.countyB = pp + "0103";
        created(admin.post("/api/regions", region(w.province, "测试省" + pp, "PROVINCE", null)));
        created(admin.post("/api/regions", region(w.city, "测试市" + pp, "CITY", w.province)));
        created(admin.post("/api/regions", region(w.countyA, "甲县" + pp, "COUNTY", w.city)));
        created(admin.post("/api/regions", region(w.countyB, "乙区" + pp, "COUNTY", w.city)));
        w.unitA = created(admin.post("/api/units", Map.of("name", "甲县发改局" + pp, "kind", "DEPARTMENT",
                "regionCode", w.countyA))).id();
        w.unitB = created(admin.post("/api/units", Map.of("name", "乙区住建局" + pp, "kind", "DEPARTMENT",
                "regionCode", w.countyB))).id();
        w.leader1 = created(admin.post("/api/leaders", Map.of("name", "王某" + pp, "title", "副市长"))).id();
        w.leader2 = created(admin.post("/api/leaders", Map.of("name", "李某" + pp, "title", "副市长"))).id();
        w.dispatcher = user(admin, "disp" + pp, List.of("DISPATCHER"), null, w.province);
        w.reporterA = user(admin, "repa" + pp, List.of("REPORTER"), w.unitA, null);
        w.reporterB = user(admin, "repb" + pp, List.of("REPORTER"), w.unitB, null);
        w.leaderUser = user(admin, "lead" + pp, List.of("LEADER"), null, w.province);
        w.countyLeaderA = user(admin, "clead" + pp, List.of("LEADER"), null, w.countyA);
        w.supervisor = user(admin, "sup" + pp, List.of("SUPERVISOR"), null, w.province);
        w.auditor = user(admin, "aud" + pp, List.of("AUDITOR"), null, null);
        w.adminOnly = user(admin, "adm" + pp, List.of("ADMIN"), null, null);
        return w;
    }

    protected static Map<String, Object> region(String code, String name, String level, String parent) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("level", level);
        m.put("parentCode", parent);
        return m;
    }

    protected static String user(Api admin, String username, List<String> roles, Long unitId, String regionCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("password", PASSWORD);
        m.put("displayName", username);
        m.put("roles", roles);
        m.put("unitId", unitId);
        m.put("regionCode", regionCode);
        created(admin.post("/api/users", m));
        return username;
    }

    /** A valid project body; change what the test needs. */
    protected static Map<String, Object> project(String name, String regionCode, long unitId, Long leaderId,
            String annualPlan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("year", 2024);
        m.put("category", "INDUSTRY");
        m.put("level", "CITY");
        m.put("regionCode", regionCode);
        m.put("leadUnitId", unitId);
        m.put("leaderId", leaderId);
        m.put("totalInvestment", new BigDecimal(annualPlan).multiply(BigDecimal.valueOf(3)));
        m.put("annualPlan", new BigDecimal(annualPlan));
        m.put("actualStart", "2024-01-10");
        return m;
    }

    protected static Map<String, Object> report(String investment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("investment", new BigDecimal(investment));
        m.put("progress", "主体施工");
        m.put("workersOnSite", 50);
        return m;
    }

    protected static List<BigDecimal> months(String... amounts) {
        List<BigDecimal> out = new ArrayList<>();
        for (String a : amounts) {
            out.add(new BigDecimal(a));
        }
        return out;
    }

    protected static Api.Res created(Api.Res r) {
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r;
    }

    protected static Api.Res ok(Api.Res r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r;
    }

    /** Asserts a 422 that names the field. */
    protected static void invalid(Api.Res r, String field) {
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        r.get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).as("%s", r).contains(field);
    }

    /** POSTs a multipart form with one part {@code partName}. */
    protected Api.Res upload(String username, String path, String partName, String filename, byte[] content) {
        String boundary = "----diaodu" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + partName + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpRequest req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(username, PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(req,
                    java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
            com.fasterxml.jackson.databind.JsonNode node;
            try {
                node = Api.json().readTree(r.body());
            } catch (java.io.IOException notJson) {
                node = com.fasterxml.jackson.databind.node.NullNode.instance;
            }
            return new Api.Res(r.statusCode(), node, r.body());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
