package cn.diaodu.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The rules of CONTRACT §4 and §6 that used to let bad input through: a unit needs a region, a region's code lies
 * under its parent's (GB/T 2260) and its level below the parent's, every field of the warning rules is required.
 */
class InputRulesApiTest extends ApiTest {

    @Test
    void aUnitNeedsARegion() {
        World w = world();
        Api admin = admin();
        String name = "无区划" + w.province;
        StrictJsonApiTest.refused(admin.post("/api/units", Map.of("name", name, "kind", "DEPARTMENT")), "regionCode");
        StrictJsonApiTest.refused(admin.post("/api/units", Map.of("name", name, "kind", "DEPARTMENT",
                "regionCode", " ")), "regionCode");
        StrictJsonApiTest.refused(admin.put("/api/units/" + w.unitA, Map.of("name", name, "kind", "DEPARTMENT")),
                "regionCode");
        assertThat(admin.get("/api/units").text()).doesNotContain(name);
        assertThat(ok(admin.get("/api/units/" + w.unitA)).get("regionCode").asText()).isEqualTo(w.countyA);
    }

    @Test
    void aRegionsCodeLiesUnderItsParents() {
        World w = world();
        Api admin = admin();
        String pp = w.province.substring(0, 2);
        String other = pp.equals("89") ? "88" : String.valueOf(Integer.parseInt(pp) + 1);
        // a city outside its province, a county outside its city, a town outside its county, a village outside its town
        StrictJsonApiTest.refused(admin.post("/api/regions", region(other + "0700", "外省市", "CITY", w.province)),
                "code");
        StrictJsonApiTest.refused(admin.post("/api/regions", region(pp + "0205", "外市县", "COUNTY", w.city)), "code");
        StrictJsonApiTest.refused(admin.post("/api/regions", region(w.countyB + "001", "外县镇", "TOWN", w.countyA)),
                "code");
        created(admin.post("/api/regions", region(w.countyA + "001", "本县镇", "TOWN", w.countyA)));
        StrictJsonApiTest.refused(admin.post("/api/regions", region(w.countyA + "002001", "外镇村", "VILLAGE",
                w.countyA + "001")), "code");
        // a level not below the parent's
        StrictJsonApiTest.refused(admin.post("/api/regions", region(pp + "0109", "同级", "CITY", w.city)),
                "parentCode");
        for (String code : new String[] {other + "0700", pp + "0205", w.countyB + "001", w.countyA + "002001",
                pp + "0109"}) {
            assertThat(admin.get("/api/regions/" + code).status()).as(code).isEqualTo(404);
        }
        created(admin.post("/api/regions", region(w.countyA + "001001", "本镇村", "VILLAGE", w.countyA + "001")));
    }

    @Test
    void everyFieldOfTheWarningRulesIsRequired() {
        World w = world();
        Api admin = admin();
        String before = ok(admin.get("/api/analysis/rules")).text();
        for (String field : new String[] {"redGap", "yellowGap", "redLateStartDays"}) {
            Map<String, Object> body = new HashMap<>(Map.of("redGap", -25, "yellowGap", -12, "redLateStartDays", 40));
            body.put(field, null);
            StrictJsonApiTest.refused(admin.put("/api/analysis/rules", body), field);
            body.remove(field);
            StrictJsonApiTest.refused(admin.put("/api/analysis/rules", body), field);
        }
        StrictJsonApiTest.refused(admin.put("/api/analysis/rules", Map.of("redGap", -25, "yellowGap", -12,
                "redLateStartDays", "40")), "redLateStartDays");
        assertThat(ok(admin.get("/api/analysis/rules")).text()).as("nothing written").isEqualTo(before);
        Map<String, Object> noDays = new HashMap<>(Map.of("redGap", -25, "yellowGap", -12));
        assertThat(as(w.dispatcher).put("/api/analysis/rules", noDays).status()).isEqualTo(403);
    }
}
