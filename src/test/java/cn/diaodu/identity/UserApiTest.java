package cn.diaodu.identity;

import static cn.diaodu.support.Exact.json;
import static cn.diaodu.support.Exact.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** /api/users (CONTRACT §4) and what a new user's roles and region then allow (CONTRACT §3). */
class UserApiTest extends ApiTest {

    private static Map<String, Object> body(String username, List<String> roles, Long unitId, String regionCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("password", PASSWORD);
        m.put("displayName", "张三");
        m.put("roles", roles);
        m.put("unitId", unitId);
        m.put("regionCode", regionCode);
        return m;
    }

    private static List<String> roles(JsonNode user) {
        List<String> out = new ArrayList<>();
        user.get("roles").forEach(r -> out.add(r.asText()));
        return out;
    }

    @Test
    void createReadAndSignIn() {
        World w = world();
        String name = "zs" + w.province;
        JsonNode u = json(created(admin().post("/api/users",
                body(name, List.of("REPORTER", "SUPERVISOR"), w.unitA, w.countyA))));
        long id = u.get("id").asLong();
        assertThat(id).isPositive();
        assertThat(u.get("username").asText()).isEqualTo(name);
        assertThat(u.get("displayName").asText()).isEqualTo("张三");
        assertThat(roles(u)).containsExactlyInAnyOrder("REPORTER", "SUPERVISOR");
        assertThat(u.get("unitId").asLong()).isEqualTo(w.unitA);
        assertThat(u.get("regionCode").asText()).isEqualTo(w.countyA);
        assertThat(u.toString()).doesNotContain(PASSWORD).doesNotContainIgnoringCase("password");
        assertThat(json(ok(as(w.adminOnly).get("/api/users/" + id)))).isEqualTo(u);
        assertThat(one(json(ok(as(w.adminOnly).get("/api/users"))), "id", String.valueOf(id))).isEqualTo(u);
        // the new user signs in and is who the administrator said
        JsonNode me = json(ok(as(name).get("/api/me")));
        assertThat(me.get("username").asText()).isEqualTo(name);
        assertThat(me.get("regionCode").asText()).isEqualTo(w.countyA);
        assertThat(me.get("unitId").asLong()).isEqualTo(w.unitA);
        assertThat(admin().get("/api/users/987654321").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        World w = world();
        Map<String, Object> b = body("nn" + w.province, List.of("LEADER"), null, null);
        for (String who : List.of(w.dispatcher, w.reporterA, w.leaderUser, w.supervisor, w.auditor,
                w.countyLeaderA)) {
            Api api = as(who);
            assertThat(api.post("/api/users", b).status()).as(who).isEqualTo(403);
            assertThat(api.get("/api/users").status()).as(who).isEqualTo(403);
            assertThat(api.get("/api/users/1").status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().post("/api/users", b).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/users").status()).isEqualTo(401);
        // nothing was written: the name is still free
        created(as(w.adminOnly).post("/api/users", b));
    }

    @Test
    void userInputIsCheckedAndNothingIsWritten() {
        World w = world();
        Api admin = admin();
        String name = "bad" + w.province;
        invalid(admin.post("/api/users", body(name, List.of("REPORTER"), 987654321L, null)), "unitId");
        invalid(admin.post("/api/users", body(name, List.of("LEADER"), null, "999999")), "regionCode");
        invalid(admin.post("/api/users", body("x", List.of("LEADER"), null, null)), "username");
        invalid(admin.post("/api/users", body("有 空格", List.of("LEADER"), null, null)), "username");
        Map<String, Object> noPassword = body(name, List.of("LEADER"), null, null);
        noPassword.remove("password");
        invalid(admin.post("/api/users", noPassword), "password");
        Map<String, Object> rolesAsText = body(name, List.of("LEADER"), null, null);
        rolesAsText.put("roles", Map.of("a", "LEADER"));
        invalid(admin.post("/api/users", rolesAsText), "roles");
        Map<String, Object> unitAsText = body(name, List.of("REPORTER"), null, null);
        unitAsText.put("unitId", "unit");
        invalid(admin.post("/api/users", unitAsText), "unitId");
        assertThat(anonymous().post("/api/auth/token", Map.of("username", name, "password", PASSWORD)).status())
                .isEqualTo(401);
        assertThat(json(ok(admin.get("/api/users"))).findValuesAsText("username")).doesNotContain(name);
    }

    @Test
    void aRegionBoundsWhatAUserSees() {
        World w = world();
        Api disp = as(w.dispatcher);
        long a = created(disp.post("/api/projects", project("A", w.countyA, w.unitA, null, "100"))).id();
        long b = created(disp.post("/api/projects", project("B", w.countyB, w.unitB, null, "100"))).id();
        String sup = user(admin(), "csup" + w.province, List.of("SUPERVISOR"), null, w.countyB);
        assertThat(as(sup).get("/api/projects/" + b).status()).isEqualTo(200);
        assertThat(as(sup).get("/api/projects/" + a).status()).isEqualTo(403);
        // a reporter with a region sees its unit's projects only within that region
        String rep = user(admin(), "crep" + w.province, List.of("REPORTER"), w.unitA, w.countyB);
        assertThat(as(rep).get("/api/projects/" + a).status()).isEqualTo(403);
        assertThat(ok(as(rep).get("/api/projects")).body()).isEmpty();
    }

    @Test
    void updatingAUser() {
        World w = world();
        Api admin = admin();
        long id = json(created(admin.post("/api/users", body("up" + w.province, List.of("LEADER"), null, w.countyA))))
                .get("id").asLong();
        Map<String, Object> change = body("up" + w.province, List.of("LEADER", "SUPERVISOR"), null, w.city);
        change.remove("password");
        JsonNode u = json(ok(admin.put("/api/users/" + id, change)));
        assertThat(roles(u)).containsExactlyInAnyOrder("LEADER", "SUPERVISOR");
        assertThat(u.get("regionCode").asText()).isEqualTo(w.city);
        // the password stayed
        assertThat(token("up" + w.province, PASSWORD)).isNotBlank();
        assertThat(as(w.dispatcher).put("/api/users/" + id, change).status()).isEqualTo(403);
        assertThat(admin.put("/api/users/987654321", change).status()).isEqualTo(404);
        Map<String, Object> bad = new LinkedHashMap<>(change);
        bad.put("roles", List.of("EMPEROR"));
        invalid(admin.put("/api/users/" + id, bad), "roles");
        assertThat(roles(json(ok(admin.get("/api/users/" + id))))).containsExactlyInAnyOrder("LEADER", "SUPERVISOR");
    }

    @Test
    void anAdministratorBoundToARegionManagesThatRegionsUsersOnly() {
        World w = world();
        Api root = admin();
        String countyAdmin = user(root, "cadm" + w.province, List.of("ADMIN"), null, w.countyA);
        Api cadm = as(countyAdmin);
        // the list leaves out the users above or beside the county: here the reporter of a unit in it and the
        // county's own leader and administrator remain
        List<String> listed = json(ok(cadm.get("/api/users"))).findValuesAsText("username");
        assertThat(listed).contains(countyAdmin, w.countyLeaderA, w.reporterA)
                .doesNotContain(w.dispatcher, w.reporterB, w.auditor, "admin");
        long dispatcherId = idOf(root, w.dispatcher);
        assertThat(cadm.get("/api/users/" + dispatcherId).status()).isEqualTo(403);
        // no taking over an account outside the county, no user without a region, none beside the county
        Map<String, Object> hijack = body(w.dispatcher, List.of("DISPATCHER"), null, w.countyA);
        assertThat(cadm.put("/api/users/" + dispatcherId, hijack).status()).isEqualTo(403);
        assertThat(token(w.dispatcher, PASSWORD)).as("the password stayed").isNotBlank();
        assertThat(cadm.post("/api/users", body("esc" + w.province, List.of("ADMIN", "DISPATCHER"), null, null))
                .status()).isEqualTo(403);
        assertThat(cadm.post("/api/users", body("besi" + w.province, List.of("LEADER"), null, w.countyB)).status())
                .isEqualTo(403);
        assertThat(cadm.post("/api/users", body("repx" + w.province, List.of("REPORTER"), w.unitB, null)).status())
                .isEqualTo(403);
        assertThat(json(ok(root.get("/api/users"))).findValuesAsText("username"))
                .doesNotContain("esc" + w.province, "besi" + w.province, "repx" + w.province);
        // within the county: a leader, a reporter of a unit there; validation still answers first for bad input
        created(cadm.post("/api/users", body("cl2" + w.province, List.of("LEADER"), null, w.countyA)));
        created(cadm.post("/api/users", body("cr2" + w.province, List.of("REPORTER"), w.unitA, null)));
        invalid(cadm.post("/api/users", body("cr3" + w.province, List.of("REPORTER"), null, null)), "unitId");
        invalid(cadm.post("/api/users", body("cr4" + w.province, List.of("LEADER"), null, "999999")), "regionCode");
        long leaderId = idOf(root, w.countyLeaderA);
        Map<String, Object> rename = body(w.countyLeaderA, List.of("LEADER"), null, w.countyA);
        rename.remove("password");
        rename.put("displayName", "县领导");
        assertThat(json(ok(cadm.put("/api/users/" + leaderId, rename))).get("displayName").asText())
                .isEqualTo("县领导");
        // moving the county's leader to the whole city is refused
        rename.put("regionCode", w.city);
        assertThat(cadm.put("/api/users/" + leaderId, rename).status()).isEqualTo(403);
        assertThat(json(ok(root.get("/api/users/" + leaderId))).get("regionCode").asText()).isEqualTo(w.countyA);
    }

    private static long idOf(Api admin, String username) {
        for (JsonNode u : json(ok(admin.get("/api/users")))) {
            if (u.get("username").asText().equals(username)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError("no user " + username);
    }
}
