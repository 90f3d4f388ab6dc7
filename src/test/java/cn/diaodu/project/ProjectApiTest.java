package cn.diaodu.project;

import static cn.diaodu.support.Exact.json;
import static cn.diaodu.support.Exact.numbers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** /api/projects (CONTRACT §5): create, read, list with filters, update with versions; roles, scope, every 422. */
class ProjectApiTest extends ApiTest {

    private static List<Long> ids(Api.Res r) {
        ok(r);
        List<Long> out = new ArrayList<>();
        r.body().forEach(p -> out.add(p.get("id").asLong()));
        return out;
    }

    private static Map<String, Object> full(World w) {
        Map<String, Object> b = project("城东污水处理厂", w.countyA, w.unitA, w.leader1, "1200");
        b.put("category", "ECOLOGY");
        b.put("level", "PROVINCIAL");
        b.put("totalInvestment", new java.math.BigDecimal("5000.50"));
        b.put("plannedStart", "2024-01-01");
        b.put("actualStart", "2024-01-10");
        b.put("plannedCompletion", "2025-12-31");
        b.put("monthlyPlan", months("100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100",
                "100"));
        return b;
    }

    // ---- create and read ---------------------------------------------------------------------------------------

    @Test
    void createAndRead() {
        World w = world();
        Api disp = as(w.dispatcher);
        Api.Res r = created(disp.post("/api/projects", full(w)));
        JsonNode p = json(r);
        long id = p.get("id").asLong();
        assertThat(id).isPositive();
        assertThat(p.get("code").asText()).isNotBlank();
        assertThat(p.get("name").asText()).isEqualTo("城东污水处理厂");
        assertThat(p.get("year").asInt()).isEqualTo(2024);
        assertThat(p.get("category").asText()).isEqualTo("ECOLOGY");
        assertThat(p.get("level").asText()).isEqualTo("PROVINCIAL");
        assertThat(p.get("regionCode").asText()).isEqualTo(w.countyA);
        assertThat(p.get("leadUnitId").asLong()).isEqualTo(w.unitA);
        assertThat(p.get("leaderId").asLong()).isEqualTo(w.leader1);
        numbers(p, "totalInvestment", "5000.50", "annualPlan", "1200");
        assertThat(p.get("plannedStart").asText()).isEqualTo("2024-01-01");
        assertThat(p.get("actualStart").asText()).isEqualTo("2024-01-10");
        assertThat(p.get("plannedCompletion").asText()).isEqualTo("2025-12-31");
        assertThat(p.get("monthlyPlan")).hasSize(12);
        assertThat(p.get("monthlyPlan").get(0).decimalValue()).isEqualByComparingTo("100");
        assertThat(p.get("version").asInt()).isEqualTo(0);

        JsonNode again = json(ok(disp.get("/api/projects/" + id)));
        assertThat(again).isEqualTo(p);
        // readers in scope see the same
        for (String who : List.of(w.leaderUser, w.supervisor, w.countyLeaderA, w.reporterA)) {
            assertThat(json(ok(as(who).get("/api/projects/" + id)))).as(who).isEqualTo(p);
        }
    }

    @Test
    void aGivenCodeIsKeptAndMustBeUnique() {
        World w = world();
        Api disp = as(w.dispatcher);
        String code = "T" + w.province + "-001";
        Map<String, Object> b = project("有编号", w.countyA, w.unitA, null, "100");
        b.put("code", code);
        JsonNode p = json(created(disp.post("/api/projects", b)));
        assertThat(p.get("code").asText()).isEqualTo(code);
        assertThat(p.get("leaderId").isNull()).isTrue();
        assertThat(p.get("monthlyPlan").isNull()).isTrue();
        Map<String, Object> twin = project("重号", w.countyA, w.unitA, null, "100");
        twin.put("code", code);
        invalid(disp.post("/api/projects", twin), "code");
    }

    @Test
    void aGeneratedCodeNeverCollidesWithAGivenOne() {
        World w = world();
        Api disp = as(w.dispatcher);
        JsonNode first = json(created(disp.post("/api/projects", project("自动编号", w.countyA, w.unitA, null, "100"))));
        long n = first.get("id").asLong();
        // someone types the code the next generated project would get (XM<year>-<id>, as the first one shows)
        String generated = first.get("code").asText();
        assertThat(generated).isEqualTo(String.format("XM2024-%05d", n));
        String taken = String.format("XM2024-%05d", n + 2);
        Map<String, Object> typed = project("手填编号", w.countyA, w.unitA, null, "100");
        typed.put("code", taken);
        created(disp.post("/api/projects", typed));
        // the next project without a code still gets a unique one (not a 500)
        JsonNode next = json(created(disp.post("/api/projects", project("再自动", w.countyA, w.unitA, null, "100"))));
        assertThat(next.get("code").asText()).isNotEqualTo(taken).isNotBlank().hasSizeLessThanOrEqualTo(32);
        List<String> codes = new ArrayList<>();
        ok(disp.get("/api/projects")).body().forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void unknownIdsAre404() {
        World w = world();
        Api disp = as(w.dispatcher);
        assertThat(disp.get("/api/projects/987654321").status()).isEqualTo(404);
        Map<String, Object> b = project("x", w.countyA, w.unitA, null, "100");
        b.put("version", 0);
        assertThat(disp.put("/api/projects/987654321", b).status()).isEqualTo(404);
        assertThat(as(w.reporterA).get("/api/projects/987654321").status()).isEqualTo(404);
    }

    @Test
    void withoutTokenIs401() {
        World w = world();
        long id = created(as(w.dispatcher).post("/api/projects", project("x", w.countyA, w.unitA, null, "100"))).id();
        assertThat(anonymous().get("/api/projects").status()).isEqualTo(401);
        assertThat(anonymous().get("/api/projects/" + id).status()).isEqualTo(401);
        assertThat(anonymous().post("/api/projects", project("x", w.countyA, w.unitA, null, "100")).status())
                .isEqualTo(401);
        assertThat(anonymous().put("/api/projects/" + id, project("x", w.countyA, w.unitA, null, "100")).status())
                .isEqualTo(401);
        assertThat(anonymous().as("expired-or-forged").get("/api/projects/" + id).status()).isEqualTo(401);
    }

    // ---- list and filters --------------------------------------------------------------------------------------

    @Test
    void listFilters() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> a1 = project("A1", w.countyA, w.unitA, w.leader1, "100");
        Map<String, Object> a2 = project("A2", w.countyA, w.unitB, w.leader2, "100");
        a2.put("category", "SOCIAL");
        Map<String, Object> b1 = project("B1", w.countyB, w.unitB, null, "100");
        b1.put("category", "SOCIAL");
        Map<String, Object> c1 = project("C1", w.city, w.unitA, null, "100");
        Map<String, Object> old = project("OLD", w.countyA, w.unitA, null, "100");
        old.put("year", 2023);
        long ia1 = created(disp.post("/api/projects", a1)).id();
        long ia2 = created(disp.post("/api/projects", a2)).id();
        long ib1 = created(disp.post("/api/projects", b1)).id();
        long ic1 = created(disp.post("/api/projects", c1)).id();
        long iold = created(disp.post("/api/projects", old)).id();

        // the dispatcher's scope is its province: everything of this test and nothing of others
        assertThat(ids(disp.get("/api/projects"))).containsExactlyInAnyOrder(ia1, ia2, ib1, ic1, iold);
        assertThat(ids(disp.get("/api/projects?year=2024"))).containsExactlyInAnyOrder(ia1, ia2, ib1, ic1);
        assertThat(ids(disp.get("/api/projects?year=2023"))).containsExactly(iold);
        // regionCode takes the whole subtree
        assertThat(ids(disp.get("/api/projects?regionCode=" + w.city))).containsExactlyInAnyOrder(ia1, ia2, ib1, ic1,
                iold);
        assertThat(ids(disp.get("/api/projects?year=2024&regionCode=" + w.countyA))).containsExactlyInAnyOrder(ia1,
                ia2);
        assertThat(ids(disp.get("/api/projects?regionCode=" + w.countyB))).containsExactly(ib1);
        assertThat(ids(disp.get("/api/projects?year=2024&leadUnitId=" + w.unitB))).containsExactlyInAnyOrder(ia2,
                ib1);
        assertThat(ids(disp.get("/api/projects?category=SOCIAL"))).containsExactlyInAnyOrder(ia2, ib1);
        assertThat(ids(disp.get("/api/projects?year=2024&regionCode=" + w.countyA + "&leadUnitId=" + w.unitA
                + "&category=INDUSTRY"))).containsExactly(ia1);
        assertThat(ids(disp.get("/api/projects?category=REAL_ESTATE"))).isEmpty();
        assertThat(ids(disp.get("/api/projects?regionCode=999999"))).isEmpty();
        // ordered by code
        List<String> codes = new ArrayList<>();
        ok(disp.get("/api/projects")).body().forEach(p -> codes.add(p.get("code").asText()));
        assertThat(codes).isSorted();
        // refused filter values
        invalid(disp.get("/api/projects?year=abc"), "year");
        invalid(disp.get("/api/projects?category=BAKERY"), "category");
        invalid(disp.get("/api/projects?leadUnitId=x"), "leadUnitId");
    }

    @Test
    void listsLeaveOutWhatIsOutsideTheScope() {
        World w = world();
        Api disp = as(w.dispatcher);
        long a = created(disp.post("/api/projects", project("A", w.countyA, w.unitA, null, "100"))).id();
        long b = created(disp.post("/api/projects", project("B", w.countyB, w.unitB, null, "100"))).id();
        long c = created(disp.post("/api/projects", project("C", w.countyB, w.unitA, null, "100"))).id();
        World other = world();
        long elsewhere = created(as(other.dispatcher).post("/api/projects",
                project("X", other.countyA, other.unitA, null, "100"))).id();

        assertThat(ids(as(w.leaderUser).get("/api/projects"))).containsExactlyInAnyOrder(a, b, c);
        assertThat(ids(as(w.supervisor).get("/api/projects"))).containsExactlyInAnyOrder(a, b, c);
        // the county leader: its county only, even when it asks for the city or the other county
        Api county = as(w.countyLeaderA);
        assertThat(ids(county.get("/api/projects"))).containsExactly(a);
        assertThat(ids(county.get("/api/projects?regionCode=" + w.city))).containsExactly(a);
        assertThat(ids(county.get("/api/projects?regionCode=" + w.countyB))).isEmpty();
        // reporters: the projects whose lead unit is theirs, wherever they are
        assertThat(ids(as(w.reporterA).get("/api/projects"))).containsExactlyInAnyOrder(a, c);
        assertThat(ids(as(w.reporterB).get("/api/projects"))).containsExactly(b);
        assertThat(ids(as(w.reporterA).get("/api/projects?leadUnitId=" + w.unitB))).isEmpty();
        // other provinces stay out of sight
        assertThat(ids(disp.get("/api/projects"))).doesNotContain(elsewhere);
        assertThat(ids(disp.get("/api/projects?regionCode=" + other.countyA))).isEmpty();
    }

    // ---- roles and scope on single projects --------------------------------------------------------------------

    @Test
    void readingOneProjectOutsideTheScopeIs403() {
        World w = world();
        Api disp = as(w.dispatcher);
        long a = created(disp.post("/api/projects", project("A", w.countyA, w.unitA, null, "100"))).id();
        long b = created(disp.post("/api/projects", project("B", w.countyB, w.unitB, null, "100"))).id();
        assertThat(as(w.reporterA).get("/api/projects/" + a).status()).isEqualTo(200);
        assertThat(as(w.reporterA).get("/api/projects/" + b).status()).isEqualTo(403);
        assertThat(as(w.reporterB).get("/api/projects/" + a).status()).isEqualTo(403);
        assertThat(as(w.countyLeaderA).get("/api/projects/" + a).status()).isEqualTo(200);
        assertThat(as(w.countyLeaderA).get("/api/projects/" + b).status()).isEqualTo(403);
        assertThat(as(w.auditor).get("/api/projects/" + a).status()).isEqualTo(403);
        assertThat(as(w.auditor).get("/api/projects").status()).isEqualTo(403);
        assertThat(as(w.adminOnly).get("/api/projects/" + a).status()).isEqualTo(403);
        assertThat(as(w.adminOnly).get("/api/projects").status()).isEqualTo(403);
        World other = world();
        assertThat(as(other.dispatcher).get("/api/projects/" + a).status()).isEqualTo(403);
        assertThat(as(other.leaderUser).get("/api/projects/" + a).status()).isEqualTo(403);
    }

    @Test
    void onlyDispatchersCreateAndOnlyInTheirRegion() {
        World w = world();
        Map<String, Object> body = project("谁建", w.countyA, w.unitA, null, "100");
        for (String who : List.of(w.reporterA, w.leaderUser, w.countyLeaderA, w.supervisor, w.auditor, w.adminOnly)) {
            assertThat(as(who).post("/api/projects", body).status()).as(who).isEqualTo(403);
        }
        // a county dispatcher creates in its county, not in the other one nor on the city
        String countyDispatcher = user(admin(), "cdisp" + w.province, List.of("DISPATCHER"), null, w.countyA);
        Api cd = as(countyDispatcher);
        created(cd.post("/api/projects", body));
        assertThat(cd.post("/api/projects", project("越界", w.countyB, w.unitB, null, "100")).status())
                .isEqualTo(403);
        assertThat(cd.post("/api/projects", project("越级", w.city, w.unitA, null, "100")).status()).isEqualTo(403);
        // nothing was written by the refused ones
        assertThat(ids(as(w.dispatcher).get("/api/projects"))).hasSize(1);
        // a region code with spaces around it is the same region, for the scope as for the check
        Map<String, Object> spaced = project("带空格", " " + w.countyA + " ", w.unitA, null, "100");
        JsonNode p = json(created(cd.post("/api/projects", spaced)));
        assertThat(p.get("regionCode").asText()).isEqualTo(w.countyA);
    }

    // ---- update and versions -----------------------------------------------------------------------------------

    @Test
    void updateWithVersionsAnd409OnAStaleOne() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> b = full(w);
        JsonNode p = json(created(disp.post("/api/projects", b)));
        long id = p.get("id").asLong();

        Map<String, Object> change = new LinkedHashMap<>(b);
        change.put("name", "城东污水处理厂（一期）");
        change.put("annualPlan", new java.math.BigDecimal("2400"));
        change.put("monthlyPlan", months("0", "0", "0", "0", "0", "0", "400", "400", "400", "400", "400", "400"));
        change.put("leaderId", w.leader2);
        change.put("version", 0);
        JsonNode v1 = json(ok(disp.put("/api/projects/" + id, change)));
        assertThat(v1.get("version").asInt()).isEqualTo(1);
        assertThat(v1.get("name").asText()).isEqualTo("城东污水处理厂（一期）");
        assertThat(v1.get("leaderId").asLong()).isEqualTo(w.leader2);
        assertThat(v1.get("code").asText()).isEqualTo(p.get("code").asText());
        numbers(v1, "annualPlan", "2400");
        assertThat(v1.get("monthlyPlan").get(6).decimalValue()).isEqualByComparingTo("400");

        // a second writer still holding version 0 is refused and changes nothing
        Map<String, Object> stale = new LinkedHashMap<>(b);
        stale.put("name", "过时的修改");
        stale.put("version", 0);
        assertThat(disp.put("/api/projects/" + id, stale).status()).isEqualTo(409);
        JsonNode now = json(ok(disp.get("/api/projects/" + id)));
        assertThat(now).isEqualTo(v1);

        // without the monthly plan, the plan is gone
        Map<String, Object> noPlan = new LinkedHashMap<>(change);
        noPlan.remove("monthlyPlan");
        noPlan.put("version", 1);
        JsonNode v2 = json(ok(disp.put("/api/projects/" + id, noPlan)));
        assertThat(v2.get("version").asInt()).isEqualTo(2);
        assertThat(v2.get("monthlyPlan").isNull()).isTrue();

        // a version from the future is as stale as one from the past
        noPlan.put("version", 7);
        assertThat(disp.put("/api/projects/" + id, noPlan).status()).isEqualTo(409);
        // no version at all: 422
        noPlan.remove("version");
        invalid(disp.put("/api/projects/" + id, noPlan), "version");
        assertThat(json(ok(disp.get("/api/projects/" + id))).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void whoMayUpdate() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> b = project("改", w.countyA, w.unitA, null, "100");
        long id = created(disp.post("/api/projects", b)).id();
        b.put("version", 0);
        b.put("name", "改过");
        for (String who : List.of(w.reporterA, w.leaderUser, w.countyLeaderA, w.supervisor, w.auditor, w.adminOnly)) {
            assertThat(as(who).put("/api/projects/" + id, b).status()).as(who).isEqualTo(403);
        }
        String countyBDispatcher = user(admin(), "bdisp" + w.province, List.of("DISPATCHER"), null, w.countyB);
        assertThat(as(countyBDispatcher).put("/api/projects/" + id, b).status()).isEqualTo(403);
        // a county dispatcher may not move its project out of its county
        String countyADispatcher = user(admin(), "adisp" + w.province, List.of("DISPATCHER"), null, w.countyA);
        Map<String, Object> moved = new LinkedHashMap<>(b);
        moved.put("regionCode", w.countyB);
        assertThat(as(countyADispatcher).put("/api/projects/" + id, moved).status()).isEqualTo(403);
        assertThat(json(ok(disp.get("/api/projects/" + id))).get("version").asInt()).isEqualTo(0);
        JsonNode done = json(ok(as(countyADispatcher).put("/api/projects/" + id, b)));
        assertThat(done.get("name").asText()).isEqualTo("改过");
        assertThat(done.get("version").asInt()).isEqualTo(1);
    }

    // ---- 422 ---------------------------------------------------------------------------------------------------

    /** Posts the body changed by {@code edit}, expects 422 naming {@code field}, and checks nothing was written. */
    private void refused(World w, String field, java.util.function.Consumer<Map<String, Object>> edit) {
        Api disp = as(w.dispatcher);
        int before = ids(disp.get("/api/projects")).size();
        Map<String, Object> b = project("拒收" + field, w.countyA, w.unitA, w.leader1, "1200");
        edit.accept(b);
        invalid(disp.post("/api/projects", b), field);
        assertThat(ids(disp.get("/api/projects"))).as("nothing written after 422 on %s", field).hasSize(before);
    }

    @Test
    void everyRuleOfSection5IsAnswered422AndNothingIsWritten() {
        World w = world();
        refused(w, "annualPlan", b -> {
            b.put("totalInvestment", new java.math.BigDecimal("1000"));
            b.put("annualPlan", new java.math.BigDecimal("1000.01"));
        });
        refused(w, "annualPlan", b -> b.put("annualPlan", 0));
        refused(w, "annualPlan", b -> b.put("annualPlan", -5));
        refused(w, "annualPlan", b -> b.put("annualPlan", new java.math.BigDecimal("100.001")));
        refused(w, "annualPlan", b -> b.remove("annualPlan"));
        refused(w, "totalInvestment", b -> b.remove("totalInvestment"));
        refused(w, "totalInvestment", b -> b.put("totalInvestment", new java.math.BigDecimal("-1")));
        refused(w, "monthlyPlan", b -> b.put("monthlyPlan",
                months("100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "200")));
        refused(w, "monthlyPlan", b -> b.put("monthlyPlan",
                months("100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "0")));
        refused(w, "monthlyPlan[3]", b -> b.put("monthlyPlan",
                months("100", "100", "100", "-100", "100", "100", "100", "100", "100", "300", "100", "100")));
        refused(w, "monthlyPlan[0]", b -> b.put("monthlyPlan",
                months("100.005", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "99.995")));
        refused(w, "monthlyPlan", b -> b.put("monthlyPlan",
                months("100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "100", "99.99")));
        refused(w, "monthlyPlan", b -> b.put("monthlyPlan",
                months("0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0", "0")));
        refused(w, "category", b -> b.put("category", "BAKERY"));
        refused(w, "category", b -> b.put("category", "industry"));
        refused(w, "category", b -> b.remove("category"));
        refused(w, "level", b -> b.put("level", "NATIONAL"));
        refused(w, "level", b -> b.remove("level"));
        refused(w, "regionCode", b -> b.put("regionCode", "999999"));
        refused(w, "regionCode", b -> b.remove("regionCode"));
        refused(w, "leadUnitId", b -> b.put("leadUnitId", 987654321));
        refused(w, "leadUnitId", b -> b.remove("leadUnitId"));
        refused(w, "leaderId", b -> b.put("leaderId", 987654321));
        refused(w, "name", b -> b.remove("name"));
        refused(w, "name", b -> b.put("name", "   "));
        refused(w, "year", b -> b.remove("year"));
        // wrong JSON types name the field
        refused(w, "annualPlan", b -> b.put("annualPlan", "abc"));
        refused(w, "totalInvestment", b -> b.put("totalInvestment", List.of(1)));
        refused(w, "year", b -> b.put("year", "twenty"));
        refused(w, "leadUnitId", b -> b.put("leadUnitId", "unit-a"));
        refused(w, "plannedStart", b -> b.put("plannedStart", "2024-02-30"));
        refused(w, "actualStart", b -> b.put("actualStart", "yesterday"));
        refused(w, "monthlyPlan", b -> b.put("monthlyPlan", "100 each"));
        // every refused field of one request at once
        Api.Res many = as(w.dispatcher).post("/api/projects", Map.of("category", "X", "level", "Y"));
        for (String f : List.of("name", "year", "category", "level", "regionCode", "leadUnitId", "annualPlan",
                "totalInvestment")) {
            invalid(many, f);
        }
        // the edges that are accepted: annualPlan = totalInvestment, a plan with zeros that sums exactly
        Map<String, Object> edge = project("边界", w.countyA, w.unitA, null, "1200");
        edge.put("totalInvestment", new java.math.BigDecimal("1200.00"));
        edge.put("monthlyPlan", months("0", "0", "0", "0", "0", "0", "200", "200", "200", "200", "200", "200.00"));
        created(as(w.dispatcher).post("/api/projects", edge));
    }

    @Test
    void refusedUpdatesWriteNothing() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> b = project("原样", w.countyA, w.unitA, w.leader1, "1200");
        long id = created(disp.post("/api/projects", b)).id();
        JsonNode before = json(ok(disp.get("/api/projects/" + id)));
        b.put("version", 0);
        b.put("name", "新名字");
        Map<String, Object> tooMuch = new LinkedHashMap<>(b);
        tooMuch.put("annualPlan", new java.math.BigDecimal("99999"));
        invalid(disp.put("/api/projects/" + id, tooMuch), "annualPlan");
        Map<String, Object> badPlan = new LinkedHashMap<>(b);
        badPlan.put("monthlyPlan", months("1", "2", "3"));
        invalid(disp.put("/api/projects/" + id, badPlan), "monthlyPlan");
        Map<String, Object> badType = new LinkedHashMap<>(b);
        badType.put("annualPlan", "abc");
        invalid(disp.put("/api/projects/" + id, badType), "annualPlan");
        Map<String, Object> badUnit = new LinkedHashMap<>(b);
        badUnit.put("leadUnitId", 987654321);
        invalid(disp.put("/api/projects/" + id, badUnit), "leadUnitId");
        Map<String, Object> noName = new LinkedHashMap<>(b);
        noName.remove("name");
        invalid(disp.put("/api/projects/" + id, noName), "name");
        assertThat(json(ok(disp.get("/api/projects/" + id)))).isEqualTo(before);
    }
}
