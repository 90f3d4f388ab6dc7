package cn.diaodu.organisation;

import static cn.diaodu.support.Exact.json;
import static cn.diaodu.support.Exact.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** /api/regions, /api/units, /api/leaders (CONTRACT §4): administrators write, everyone signed in reads. */
class OrganisationApiTest extends ApiTest {

    // ---- regions -------------------------------------------------------------------------------------------

    @Test
    void regionsFormATree() {
        World w = world();
        Api admin = admin();
        String town = w.countyA + "001";
        String village = town + "001";
        JsonNode t = json(created(admin.post("/api/regions", region(town, "甲镇", "TOWN", w.countyA))));
        assertThat(t.get("code").asText()).isEqualTo(town);
        // CONTRACT §2: a created object includes "id"; a region's is its code
        assertThat(t.get("id").asText()).isEqualTo(town);
        assertThat(t.get("name").asText()).isEqualTo("甲镇");
        assertThat(t.get("level").asText()).isEqualTo("TOWN");
        assertThat(t.get("parentCode").asText()).isEqualTo(w.countyA);
        created(admin.post("/api/regions", region(village, "甲村", "VILLAGE", town)));

        // a county leader's tree is its county's subtree only (CONTRACT §3: a list leaves out what is outside)
        JsonNode countyTree = json(ok(as(w.countyLeaderA).get("/api/regions")));
        assertThat(countyTree).hasSize(1);
        assertThat(countyTree.get(0).get("code").asText()).isEqualTo(w.countyA);
        assertThat(one(one(countyTree.get(0).get("children"), "code", town).get("children"), "code", village)
                .get("level").asText()).isEqualTo("VILLAGE");
        assertThat(as(w.countyLeaderA).get("/api/regions/" + w.countyB).status()).isEqualTo(403);
        assertThat(as(w.auditor).get("/api/regions").status()).as("an auditor reads the audit log only")
                .isEqualTo(403);

        // the dispatcher's region is the province: the same tree from the province down
        for (String who : List.of(w.dispatcher, w.reporterA, w.adminOnly)) {
            JsonNode tree = json(ok(as(who).get("/api/regions")));
            JsonNode province = one(tree, "code", w.province);
            assertThat(province.get("level").asText()).isEqualTo("PROVINCE");
            assertThat(province.get("parentCode").isNull()).isTrue();
            JsonNode city = one(province.get("children"), "code", w.city);
            assertThat(city.get("parentCode").asText()).isEqualTo(w.province);
            assertThat(city.get("children")).hasSize(2);
            JsonNode countyA = one(city.get("children"), "code", w.countyA);
            JsonNode townNode = one(countyA.get("children"), "code", town);
            JsonNode villageNode = one(townNode.get("children"), "code", village);
            assertThat(villageNode.get("level").asText()).isEqualTo("VILLAGE");
            assertThat(villageNode.get("children")).isEmpty();
            assertThat(villageNode.get("id").asText()).isEqualTo(village);
        }
        JsonNode one = json(ok(as(w.dispatcher).get("/api/regions/" + w.countyB)));
        assertThat(one.get("name").asText()).startsWith("乙区");
        assertThat(as(w.dispatcher).get("/api/regions/999999").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsWriteRegions() {
        World w = world();
        String code = w.province.substring(0, 2) + "0200";
        Map<String, Object> body = region(code, "第二市", "CITY", w.province);
        for (String who : List.of(w.dispatcher, w.reporterA, w.leaderUser, w.supervisor, w.auditor)) {
            assertThat(as(who).post("/api/regions", body).status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().post("/api/regions", body).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/regions").status()).isEqualTo(401);
        assertThat(as(w.dispatcher).get("/api/regions/" + code).status()).isEqualTo(404);
        created(as(w.adminOnly).post("/api/regions", body));
        assertThat(as(w.dispatcher).put("/api/regions/" + code, Map.of("name", "改名")).status()).isEqualTo(403);
        assertThat(json(ok(as(w.adminOnly).put("/api/regions/" + code, Map.of("name", "改名")))).get("name")
                .asText()).isEqualTo("改名");
        assertThat(admin().put("/api/regions/998877", Map.of("name", "无")).status()).isEqualTo(404);
    }

    @Test
    void regionInputIsChecked() {
        World w = world();
        Api admin = admin();
        String pp = w.province.substring(0, 2);
        refusedRegion(admin, region(pp + "01", "短码", "CITY", w.province), "code");
        refusedRegion(admin, region(pp + "0300", "码级不符", "TOWN", w.city), "code");
        refusedRegion(admin, region(pp + "0102001", "码级不符", "COUNTY", w.city), "code");
        refusedRegion(admin, region(pp + "03AB", "字母", "CITY", w.province), "code");
        refusedRegion(admin, region(w.countyA, "重码", "COUNTY", w.city), "code");
        refusedRegion(admin, region(pp + "0400", "无级", "METROPOLIS", w.province), "level");
        refusedRegion(admin, region(pp + "0400", "", "CITY", w.province), "name");
        refusedRegion(admin, region(pp + "0400", "无上级", "CITY", "990000"), "parentCode");
        refusedRegion(admin, region(pp + "0400", "上级同级", "CITY", w.city), "parentCode");
        Map<String, Object> noCode = region(null, "无码", "CITY", w.province);
        refusedRegion(admin, noCode, "code");
    }

    @Test
    void anAdministratorBoundToARegionWritesThereOnly() {
        World w = world();
        Api cadm = as(user(admin(), "cadm" + w.province, List.of("ADMIN"), null, w.countyA));
        // regions: below its county, yes; beside it, above it or at the top, no; a 12-digit town code is GB/T 2260
        String town = w.countyA + "001000";
        created(cadm.post("/api/regions", region(town, "甲镇", "TOWN", w.countyA)));
        assertThat(cadm.post("/api/regions", region(w.countyB + "001", "乙镇", "TOWN", w.countyB)).status())
                .isEqualTo(403);
        assertThat(cadm.post("/api/regions", region(w.city.substring(0, 4) + "99", "新区", "COUNTY", w.city))
                .status()).isEqualTo(403);
        assertThat(cadm.post("/api/regions", region("990000", "新省", "PROVINCE", null)).status()).isEqualTo(403);
        assertThat(ok(cadm.put("/api/regions/" + town, Map.of("name", "甲镇街道"))).get("name").asText())
                .isEqualTo("甲镇街道");
        assertThat(cadm.put("/api/regions/" + w.countyB, Map.of("name", "被改名")).status()).isEqualTo(403);
        assertThat(cadm.put("/api/regions/" + w.city, Map.of("name", "被改名")).status()).isEqualTo(403);
        assertThat(json(ok(admin().get("/api/regions/" + w.countyB))).get("name").asText()).startsWith("乙区");
        invalid(cadm.post("/api/regions", region(w.countyA + "002", "无上级", "TOWN", "998877")), "parentCode");
        // units: placed in its county, yes; beside it or nowhere, no; nor moved out of it
        Map<String, Object> unit = new LinkedHashMap<>(Map.of("name", "甲县住建局" + w.province, "kind", "DEPARTMENT",
                "regionCode", w.countyA));
        long id = created(cadm.post("/api/units", unit)).id();
        assertThat(cadm.post("/api/units", Map.of("name", "越权单位", "kind", "DEPARTMENT", "regionCode", w.countyB))
                .status()).isEqualTo(403);
        assertThat(cadm.post("/api/units", Map.of("name", "无区划单位", "kind", "OTHER")).status()).isEqualTo(403);
        assertThat(cadm.put("/api/units/" + w.unitB, Map.of("name", "乙区住建局(被改)", "kind", "DEPARTMENT",
                "regionCode", w.countyA)).status()).isEqualTo(403);
        unit.put("regionCode", w.city);
        assertThat(cadm.put("/api/units/" + id, unit).status()).isEqualTo(403);
        unit.put("regionCode", town);
        assertThat(ok(cadm.put("/api/units/" + id, unit)).get("regionCode").asText()).isEqualTo(town);
        assertThat(json(ok(admin().get("/api/units/" + w.unitB))).get("name").asText()).startsWith("乙区住建局");
        assertThat(cadm.put("/api/units/987654321", unit).status()).isEqualTo(404);
    }

    private static void refusedRegion(Api admin, Map<String, Object> body, String field) {
        invalid(admin.post("/api/regions", body), field);
        Object code = body.get("code");
        if (code != null && !String.valueOf(code).isBlank() && !"重码".equals(body.get("name"))) {
            assertThat(admin.get("/api/regions/" + code).status()).as("nothing written: %s", body).isEqualTo(404);
        }
    }

    // ---- units ---------------------------------------------------------------------------------------------

    @Test
    void units() {
        World w = world();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "市发展和改革委员会" + w.province);
        body.put("kind", "DEPARTMENT");
        body.put("regionCode", w.city);
        for (String who : List.of(w.dispatcher, w.reporterA, w.leaderUser, w.supervisor, w.auditor)) {
            assertThat(as(who).post("/api/units", body).status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().post("/api/units", body).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/units").status()).isEqualTo(401);
        JsonNode u = json(created(admin().post("/api/units", body)));
        long id = u.get("id").asLong();
        assertThat(u.get("name").asText()).isEqualTo("市发展和改革委员会" + w.province);
        assertThat(u.get("kind").asText()).isEqualTo("DEPARTMENT");
        assertThat(u.get("regionCode").asText()).isEqualTo(w.city);
        assertThat(json(ok(as(w.reporterA).get("/api/units/" + id)))).isEqualTo(u);
        assertThat(one(json(ok(as(w.dispatcher).get("/api/units"))), "id", String.valueOf(id))).isEqualTo(u);
        assertThat(as(w.dispatcher).get("/api/units/987654321").status()).isEqualTo(404);
        // every kind is accepted; a unit needs a region (issue 10: without one it is 422, see InputRulesApiTest)
        for (String kind : List.of("TOWNSHIP", "PARK", "ENTERPRISE", "OTHER")) {
            created(as(w.adminOnly).post("/api/units", Map.of("name", kind + w.province, "kind", kind,
                    "regionCode", w.city)));
        }
        // update
        Map<String, Object> renamed = new LinkedHashMap<>(body);
        renamed.put("name", "市发改委" + w.province);
        assertThat(as(w.dispatcher).put("/api/units/" + id, renamed).status()).isEqualTo(403);
        assertThat(json(ok(admin().put("/api/units/" + id, renamed))).get("name").asText())
                .isEqualTo("市发改委" + w.province);
        assertThat(admin().put("/api/units/987654321", renamed).status()).isEqualTo(404);
    }

    @Test
    void unitInputIsChecked() {
        World w = world();
        Api admin = admin();
        String name = "拒收单位" + w.province;
        invalid(admin.post("/api/units", Map.of("kind", "DEPARTMENT")), "name");
        invalid(admin.post("/api/units", Map.of("name", name, "kind", "MINISTRY")), "kind");
        invalid(admin.post("/api/units", Map.of("name", name)), "kind");
        invalid(admin.post("/api/units", Map.of("name", name, "kind", "DEPARTMENT", "regionCode", "999999")),
                "regionCode");
        JsonNode all = json(ok(admin.get("/api/units")));
        assertThat(all.findValuesAsText("name")).doesNotContain(name);
        Map<String, Object> bad = Map.of("name", "", "kind", "PARK");
        invalid(admin.put("/api/units/" + w.unitA, bad), "name");
        assertThat(json(ok(admin.get("/api/units/" + w.unitA))).get("name").asText()).startsWith("甲县发改局");
    }

    // ---- leaders -------------------------------------------------------------------------------------------

    @Test
    void leaders() {
        World w = world();
        Map<String, Object> body = Map.of("name", "赵某" + w.province, "title", "常务副市长");
        for (String who : List.of(w.dispatcher, w.reporterA, w.leaderUser, w.supervisor, w.auditor)) {
            assertThat(as(who).post("/api/leaders", body).status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().post("/api/leaders", body).status()).isEqualTo(401);
        assertThat(anonymous().get("/api/leaders").status()).isEqualTo(401);
        JsonNode l = json(created(admin().post("/api/leaders", body)));
        long id = l.get("id").asLong();
        assertThat(l.get("name").asText()).isEqualTo("赵某" + w.province);
        assertThat(l.get("title").asText()).isEqualTo("常务副市长");
        assertThat(json(ok(as(w.leaderUser).get("/api/leaders/" + id)))).isEqualTo(l);
        assertThat(one(json(ok(as(w.reporterA).get("/api/leaders"))), "id", String.valueOf(id))).isEqualTo(l);
        assertThat(as(w.dispatcher).get("/api/leaders/987654321").status()).isEqualTo(404);
        // a title is optional
        created(as(w.adminOnly).post("/api/leaders", Map.of("name", "钱某" + w.province)));
        // input
        invalid(admin().post("/api/leaders", Map.of("title", "副市长")), "name");
        invalid(admin().post("/api/leaders", Map.of("name", " ", "title", "副市长")), "name");
        invalid(admin().post("/api/leaders", Map.of("name", "孙某", "title", "长".repeat(101))), "title");
        // update
        assertThat(as(w.dispatcher).put("/api/leaders/" + id, Map.of("name", "改")).status()).isEqualTo(403);
        assertThat(json(ok(admin().put("/api/leaders/" + id, Map.of("name", "赵某某", "title", "市长")))).get("title")
                .asText()).isEqualTo("市长");
        invalid(admin().put("/api/leaders/" + id, Map.of("title", "市长")), "name");
        assertThat(json(ok(admin().get("/api/leaders/" + id))).get("name").asText()).isEqualTo("赵某某");
        assertThat(admin().put("/api/leaders/987654321", Map.of("name", "x")).status()).isEqualTo(404);
    }
}
