package cn.diaodu.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Fund applications (向上争取资金, CONTRACT §13) over HTTP: creation and its refusals, every step of the transition
 * table and every refused one (409, 422 naming the field) with nothing written, the dates of skipped stages, the
 * edit, who may read and write (403), the list's filters and scope, the audit trail. Today is 2024-07-15.
 */
class FundApiTest extends ApiTest {

    static Map<String, Object> body(String name, String programme, String total, String requested, long unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("year", 2024);
        m.put("programme", programme);
        m.put("totalInvestment", new BigDecimal(total));
        m.put("requested", new BigDecimal(requested));
        m.put("responsibleUnitId", unit);
        return m;
    }

    static Map<String, Object> step(String stage, String date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", stage);
        m.put("date", date);
        return m;
    }

    static Map<String, Object> approve(String date, String obtained) {
        Map<String, Object> m = step("APPROVED", date);
        m.put("obtained", new BigDecimal(obtained));
        return m;
    }

    private static long create(Api api, Map<String, Object> body) {
        return created(api.post("/api/fund-applications", body)).id();
    }

    private static long create(Api api, Map<String, Object> body, String date) {
        Map<String, Object> m = new LinkedHashMap<>(body);
        m.put("date", date);
        return create(api, m);
    }

    /** The stages reached and their dates, as "STAGE=date". */
    private static List<String> stages(JsonNode a) {
        List<String> out = new ArrayList<>();
        a.get("stages").forEach(s -> out.add(s.get("stage").asText() + "=" + s.get("date").asText()));
        return out;
    }

    @Test
    void createsInReserveDatedTodayOrGivenDate() {
        World w = world();
        Api d = as(w.dispatcher);
        long project = created(d.post("/api/projects", project("城东污水处理厂", w.countyA, w.unitA, w.leader1, "1000")))
                .id();
        Map<String, Object> b = body("城东污水管网改造", "CENTRAL_BUDGET", "12000.50", "3000", w.unitA);
        b.put("projectId", project);
        b.put("date", "2024-03-01");
        Api.Res r = created(d.post("/api/fund-applications", b));
        assertThat(r.get("stage").asText()).isEqualTo("RESERVE");
        assertThat(r.get("date").asText()).isEqualTo("2024-03-01");
        assertThat(r.get("programme").asText()).isEqualTo("CENTRAL_BUDGET");
        assertThat(r.get("programmeName").asText()).isEqualTo("中央预算内投资");
        assertThat(r.get("totalInvestment").decimalValue()).isEqualByComparingTo("12000.50");
        assertThat(r.get("requested").decimalValue()).isEqualByComparingTo("3000");
        assertThat(r.get("projectId").asLong()).isEqualTo(project);
        assertThat(r.get("projectName").asText()).isEqualTo("城东污水处理厂");
        assertThat(r.get("regionCode").asText()).isEqualTo(w.countyA);
        assertThat(stages(r.body())).containsExactly("RESERVE=2024-03-01");

        Api.Res today = created(d.post("/api/fund-applications", body("乙区老旧小区改造", "SPECIAL_BOND", "500", "400",
                w.unitB)));
        assertThat(today.get("date").asText()).isEqualTo("2024-07-15");
        assertThat(today.get("regionCode").asText()).isEqualTo(w.countyB);
        assertThat(today.get("projectId").isNull()).as("no project linked").isTrue();
        assertThat(ok(d.get("/api/fund-applications/" + today.id())).get("name").asText()).isEqualTo("乙区老旧小区改造");
        assertThat(d.get("/api/fund-applications/999999").status()).isEqualTo(404);
    }

    @Test
    void refusedCreationsNameTheFieldAndWriteNothing() {
        World w = world();
        Api d = as(w.dispatcher);
        Map<String, Object> b = body("甲县高标准农田", "PROVINCIAL", "800", "200", w.unitA);

        Map<String, Object> future = new LinkedHashMap<>(b);
        future.put("date", "2024-07-16");
        invalid(d.post("/api/fund-applications", future), "date");
        Map<String, Object> m = new LinkedHashMap<>(b);
        m.put("totalInvestment", new BigDecimal("-1"));
        invalid(d.post("/api/fund-applications", m), "totalInvestment");
        m = new LinkedHashMap<>(b);
        m.put("requested", new BigDecimal("-0.01"));
        invalid(d.post("/api/fund-applications", m), "requested");
        m = new LinkedHashMap<>(b);
        m.put("responsibleUnitId", 987654321L);
        invalid(d.post("/api/fund-applications", m), "responsibleUnitId");
        m = new LinkedHashMap<>(b);
        m.put("projectId", 987654321L);
        invalid(d.post("/api/fund-applications", m), "projectId");
        m = new LinkedHashMap<>(b);
        m.put("programme", "LOTTERY");
        invalid(d.post("/api/fund-applications", m), "programme");
        m = new LinkedHashMap<>(b);
        m.remove("name");
        invalid(d.post("/api/fund-applications", m), "name");
        m = new LinkedHashMap<>(b);
        m.put("totalInvestment", "很多");
        assertThat(d.post("/api/fund-applications", m).status()).isEqualTo(422);

        assertThat(ok(d.get("/api/fund-applications?year=2024&unitId=" + w.unitA)).body().size()).isZero();
        assertThat(ok(as(w.auditor).get("/api/audit?objectType=FUND_APPLICATION")).body()).allSatisfy(
                e -> assertThat(e.get("objectName").asText()).isNotEqualTo("甲县高标准农田"));
    }

    @Test
    void forwardOneStageAtATimeToApproved() {
        World w = world();
        Api d = as(w.dispatcher);
        long id = create(d, body("城西供水厂", "TREASURY_BOND", "20000", "8000", w.unitA), "2024-01-10");
        String path = "/api/fund-applications/" + id + "/advance";

        Api.Res ready = ok(d.post(path, step("READY", "2024-02-01")));
        assertThat(ready.get("stage").asText()).isEqualTo("READY");
        assertThat(ready.get("date").asText()).isEqualTo("2024-02-01");
        Api.Res submitted = ok(d.post(path, step("SUBMITTED", "2024-02-01")));
        assertThat(submitted.get("stage").asText()).isEqualTo("SUBMITTED");
        Api.Res approved = ok(d.post(path, approve("2024-06-30", "6500.5")));
        assertThat(approved.get("stage").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("obtained").decimalValue()).isEqualByComparingTo("6500.50");
        assertThat(stages(approved.body())).containsExactly("RESERVE=2024-01-10", "READY=2024-02-01",
                "SUBMITTED=2024-02-01", "APPROVED=2024-06-30");
        assertThat(approved.get("version").asInt()).isEqualTo(3);

        // nothing leaves APPROVED
        for (Map<String, Object> b : List.of(step("REJECTED", "2024-07-01"), step("SUBMITTED", "2024-07-01"),
                step("READY", "2024-07-01"), step("RESERVE", "2024-07-01"), approve("2024-07-01", "1"))) {
            assertThat(d.post(path, b).status()).as("%s", b).isEqualTo(409);
        }
        JsonNode after = ok(d.get("/api/fund-applications/" + id)).body();
        assertThat(after.get("stage").asText()).isEqualTo("APPROVED");
        assertThat(after.get("version").asInt()).isEqualTo(3);
        assertThat(after.get("obtained").decimalValue()).isEqualByComparingTo("6500.50");

        // the audit log has the creation and every step, with who did it
        JsonNode log = ok(as(w.auditor).get("/api/audit?objectType=FUND_APPLICATION&objectId=" + id)).body();
        List<String> actions = new ArrayList<>();
        log.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("FUND_APPLICATION_ADVANCE", "FUND_APPLICATION_ADVANCE",
                "FUND_APPLICATION_ADVANCE", "FUND_APPLICATION_CREATE");
        assertThat(log.get(0).get("actor").asText()).isEqualTo(w.dispatcher);
    }

    @Test
    void skippedStagesTakeTheDateOfTheStep() {
        World w = world();
        Api d = as(w.dispatcher);
        long a = create(d, body("甲", "OTHER", "100", "50", w.unitA), "2024-01-01");
        JsonNode s = ok(d.post("/api/fund-applications/" + a + "/advance", step("SUBMITTED", "2024-03-03"))).body();
        assertThat(stages(s)).containsExactly("RESERVE=2024-01-01", "READY=2024-03-03", "SUBMITTED=2024-03-03");

        long b = create(d, body("乙", "OTHER", "100", "50", w.unitA), "2024-01-01");
        JsonNode g = ok(d.post("/api/fund-applications/" + b + "/advance", approve("2024-04-04", "0"))).body();
        assertThat(stages(g)).containsExactly("RESERVE=2024-01-01", "READY=2024-04-04", "SUBMITTED=2024-04-04",
                "APPROVED=2024-04-04");
        assertThat(g.get("obtained").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void rejectedOnlyFromSubmittedAndNothingLeavesIt() {
        World w = world();
        Api d = as(w.dispatcher);
        long id = create(d, body("城南学校", "CENTRAL_BUDGET", "3000", "1000", w.unitA), "2024-01-01");
        String path = "/api/fund-applications/" + id + "/advance";
        assertThat(d.post(path, step("REJECTED", "2024-02-01")).status()).isEqualTo(409);
        ok(d.post(path, step("READY", "2024-02-01")));
        assertThat(d.post(path, step("REJECTED", "2024-02-02")).status()).isEqualTo(409);
        assertThat(d.post(path, step("RESERVE", "2024-02-02")).status()).isEqualTo(409);
        assertThat(d.post(path, step("READY", "2024-02-02")).status()).isEqualTo(409);
        ok(d.post(path, step("SUBMITTED", "2024-03-01")));
        assertThat(d.post(path, step("READY", "2024-03-02")).status()).isEqualTo(409);
        Api.Res rejected = ok(d.post(path, step("REJECTED", "2024-05-01")));
        assertThat(rejected.get("stage").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("obtained").isNull()).isTrue();
        for (Map<String, Object> b : List.of(approve("2024-06-01", "10"), step("SUBMITTED", "2024-06-01"),
                step("REJECTED", "2024-06-01"))) {
            assertThat(d.post(path, b).status()).as("%s", b).isEqualTo(409);
        }
        assertThat(stages(ok(d.get("/api/fund-applications/" + id)).body())).containsExactly("RESERVE=2024-01-01",
                "READY=2024-02-01", "SUBMITTED=2024-03-01", "REJECTED=2024-05-01");
    }

    @Test
    void refusedStepsNameTheFieldAndWriteNothing() {
        World w = world();
        Api d = as(w.dispatcher);
        long id = create(d, body("城北园区道路", "SPECIAL_BOND", "5000", "2000", w.unitA), "2024-03-10");
        String path = "/api/fund-applications/" + id + "/advance";
        invalid(d.post(path, step("READY", "2024-03-09")), "date");
        invalid(d.post(path, step("READY", "2024-07-16")), "date");
        invalid(d.post(path, Map.of("stage", "READY")), "date");
        invalid(d.post(path, Map.of("date", "2024-04-01")), "stage");
        invalid(d.post(path, step("FINISHED", "2024-04-01")), "stage");
        invalid(d.post(path, step("APPROVED", "2024-04-01")), "obtained");
        invalid(d.post(path, approve("2024-04-01", "-5")), "obtained");
        assertThat(d.post("/api/fund-applications/999999/advance", step("READY", "2024-04-01")).status())
                .isEqualTo(404);

        JsonNode now = ok(d.get("/api/fund-applications/" + id)).body();
        assertThat(now.get("stage").asText()).isEqualTo("RESERVE");
        assertThat(now.get("version").asInt()).isZero();
        assertThat(stages(now)).containsExactly("RESERVE=2024-03-10");
        // the same day as the current stage is allowed
        assertThat(ok(d.post(path, step("READY", "2024-03-10"))).get("stage").asText()).isEqualTo("READY");
        // a stale version is refused
        Map<String, Object> stale = step("SUBMITTED", "2024-04-01");
        stale.put("version", 0);
        assertThat(d.post(path, stale).status()).isEqualTo(409);
        assertThat(ok(d.get("/api/fund-applications/" + id)).get("stage").asText()).isEqualTo("READY");
    }

    @Test
    void editsTheBasicFields() {
        World w = world();
        Api d = as(w.dispatcher);
        long id = create(d, body("旧名称", "OTHER", "100", "50", w.unitA), "2024-02-01");
        ok(d.post("/api/fund-applications/" + id + "/advance", step("READY", "2024-03-01")));
        Map<String, Object> b = body("新名称", "PROVINCIAL", "150", "80", w.unitB);
        b.put("version", 1);
        Api.Res r = ok(d.put("/api/fund-applications/" + id, b));
        assertThat(r.get("name").asText()).isEqualTo("新名称");
        assertThat(r.get("programme").asText()).isEqualTo("PROVINCIAL");
        assertThat(r.get("responsibleUnitId").asLong()).isEqualTo(w.unitB);
        assertThat(r.get("stage").asText()).isEqualTo("READY");
        assertThat(r.get("version").asInt()).isEqualTo(2);
        assertThat(d.put("/api/fund-applications/" + id, b).status()).isEqualTo(409);
        Map<String, Object> late = body("新名称", "PROVINCIAL", "150", "80", w.unitB);
        late.put("date", "2024-03-02");
        invalid(d.put("/api/fund-applications/" + id, late), "date");
        Map<String, Object> neg = body("新名称", "PROVINCIAL", "-150", "80", w.unitB);
        invalid(d.put("/api/fund-applications/" + id, neg), "totalInvestment");
        JsonNode now = ok(d.get("/api/fund-applications/" + id)).body();
        assertThat(now.get("totalInvestment").decimalValue()).isEqualByComparingTo("150");
        assertThat(now.get("date").asText()).isEqualTo("2024-03-01");
        JsonNode log = ok(as(w.auditor).get("/api/audit?objectType=FUND_APPLICATION&objectId=" + id)).body();
        assertThat(log.get(0).get("action").asText()).isEqualTo("FUND_APPLICATION_UPDATE");
    }

    @Test
    void whoMayReadAndWrite() {
        World w = world();
        Api d = as(w.dispatcher);
        long a = create(d, body("甲县项目", "OTHER", "100", "50", w.unitA));
        long b = create(d, body("乙区项目", "OTHER", "100", "50", w.unitB));

        // a reporter enters and advances its own unit's applications, and reads only those
        Api repA = as(w.reporterA);
        long own = create(repA, body("甲县自报", "OTHER", "10", "5", w.unitA));
        assertThat(repA.post("/api/fund-applications", body("代乙区报", "OTHER", "10", "5", w.unitB)).status())
                .isEqualTo(403);
        ok(repA.post("/api/fund-applications/" + a + "/advance", step("READY", "2024-07-15")));
        assertThat(repA.post("/api/fund-applications/" + b + "/advance", step("READY", "2024-07-15")).status())
                .isEqualTo(403);
        assertThat(repA.get("/api/fund-applications/" + b).status()).isEqualTo(403);
        List<Long> seen = new ArrayList<>();
        ok(repA.get("/api/fund-applications?year=2024")).body().forEach(x -> seen.add(x.get("id").asLong()));
        assertThat(seen).containsExactlyInAnyOrder(a, own);

        // leaders and supervisors read, never write
        for (String reader : List.of(w.leaderUser, w.supervisor)) {
            Api r = as(reader);
            ok(r.get("/api/fund-applications/" + b));
            assertThat(r.post("/api/fund-applications", body("x", "OTHER", "1", "1", w.unitA)).status())
                    .isEqualTo(403);
            assertThat(r.post("/api/fund-applications/" + b + "/advance", step("READY", "2024-07-15")).status())
                    .isEqualTo(403);
            assertThat(r.put("/api/fund-applications/" + b, body("x", "OTHER", "1", "1", w.unitB)).status())
                    .isEqualTo(403);
        }
        // a county's leader sees its county only; the auditor and a bare administrator see nothing
        Api county = as(w.countyLeaderA);
        assertThat(county.get("/api/fund-applications/" + b).status()).isEqualTo(403);
        List<Long> inCounty = new ArrayList<>();
        ok(county.get("/api/fund-applications?year=2024")).body().forEach(x -> inCounty.add(x.get("id").asLong()));
        assertThat(inCounty).containsExactlyInAnyOrder(a, own);
        assertThat(as(w.auditor).get("/api/fund-applications").status()).isEqualTo(403);
        assertThat(as(w.adminOnly).post("/api/fund-applications", body("x", "OTHER", "1", "1", w.unitA)).status())
                .isEqualTo(403);
        assertThat(anonymous().get("/api/fund-applications").status()).isEqualTo(401);
        assertThat(ok(d.get("/api/fund-applications/" + b)).get("stage").asText()).isEqualTo("RESERVE");
    }

    @Test
    void listFiltersSearchAndPages() {
        World w = world();
        Api d = as(w.dispatcher);
        long a = create(d, body("城东污水管网", "CENTRAL_BUDGET", "100", "50", w.unitA));
        long b = create(d, body("城西学校", "SPECIAL_BOND", "100", "50", w.unitB));
        long c = create(d, body("城东学校", "SPECIAL_BOND", "100", "50", w.unitA));
        ok(d.post("/api/fund-applications/" + c + "/advance", step("SUBMITTED", "2024-07-15")));
        Map<String, Object> old = body("去年项目", "OTHER", "1", "1", w.unitA);
        old.put("year", 2023);
        long e = create(d, old);

        assertThat(ids(d, "?year=2024&unitId=" + w.unitA)).containsExactly(c, a);
        assertThat(ids(d, "?year=2024&programme=SPECIAL_BOND")).containsExactlyInAnyOrder(b, c);
        assertThat(ids(d, "?year=2024&stage=SUBMITTED")).containsExactly(c);
        assertThat(ids(d, "?year=2024&q=学校")).containsExactlyInAnyOrder(b, c);
        assertThat(ids(d, "?year=2024&regionCode=" + w.countyB)).containsExactly(b);
        assertThat(ids(d, "?year=2023&regionCode=" + w.province)).containsExactly(e);
        Api.Res page = ok(d.get("/api/fund-applications?year=2024&regionCode=" + w.province + "&page=1&size=2"));
        assertThat(page.body().size()).isEqualTo(1);
        invalid(d.get("/api/fund-applications?stage=DONE"), "stage");
        invalid(d.get("/api/fund-applications?programme=X"), "programme");
        invalid(d.get("/api/fund-applications?size=0"), "size");
    }

    @Test
    void theOpenApiDescriptionNamesEveryCall() {
        JsonNode paths = ok(admin().get("/v3/api-docs")).get("paths");
        assertThat(paths.get("/api/fund-applications").has("post")).isTrue();
        assertThat(paths.get("/api/fund-applications").has("get")).isTrue();
        assertThat(paths.get("/api/fund-applications/{id}").has("put")).isTrue();
        assertThat(paths.get("/api/fund-applications/{id}/advance").has("post")).isTrue();
        assertThat(paths.has("/api/analysis/fund-applications")).isTrue();
        assertThat(paths.has("/api/fund-applications/import")).isTrue();
        assertThat(paths.has("/api/fund-applications/template.xlsx")).isTrue();
        assertThat(paths.has("/api/fund-applications/export.xlsx")).isTrue();
    }

    private static List<Long> ids(Api api, String query) {
        List<Long> out = new ArrayList<>();
        ok(api.get("/api/fund-applications" + query)).body().forEach(x -> out.add(x.get("id").asLong()));
        return out;
    }
}
