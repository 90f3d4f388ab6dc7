package cn.diaodu.project;

import static cn.diaodu.support.Exact.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Milestones (时间节点, docs/figures.md §4): GET/POST /api/projects/{id}/milestones, PUT …/{mid}; who may write what,
 * 401/403/404/409/422, and overdue at today (2024-07-15).
 */
class MilestoneApiTest extends ApiTest {

    /** A world with project P (countyA, unitA) and Q (countyB, unitB). */
    record Scene(World w, long p, long q) {
    }

    private Scene scene() {
        World w = world();
        Api disp = as(w.dispatcher);
        long p = created(disp.post("/api/projects", project("节点项目甲", w.countyA, w.unitA, null, "1000"))).id();
        long q = created(disp.post("/api/projects", project("节点项目乙", w.countyB, w.unitB, null, "1000"))).id();
        return new Scene(w, p, q);
    }

    private static Map<String, Object> milestone(String name, String planned) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("plannedDate", planned);
        return m;
    }

    private static String path(long project) {
        return "/api/projects/" + project + "/milestones";
    }

    private static List<String> names(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(m -> out.add(m.get("name").asText()));
        return out;
    }

    @Test
    void aDispatcherAddsMilestonesAndEveryReaderListsThem() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        Api.Res r = created(disp.post(path(s.p()), milestone("完成可研批复", "2024-07-14")));
        JsonNode m = json(r);
        assertThat(m.get("id").asLong()).isPositive();
        assertThat(m.get("projectId").asLong()).isEqualTo(s.p());
        assertThat(m.get("name").asText()).isEqualTo("完成可研批复");
        assertThat(m.get("plannedDate").asText()).isEqualTo("2024-07-14");
        assertThat(m.get("actualDate").isNull()).isTrue();
        assertThat(m.get("note").isNull()).isTrue();
        // planned yesterday, not reached: overdue by one day
        assertThat(m.get("overdue").asBoolean()).isTrue();
        assertThat(m.get("daysOverdue").asLong()).isEqualTo(1);
        assertThat(m.get("version").asInt()).isZero();

        // planned for today: not yet overdue
        JsonNode today = json(created(disp.post(path(s.p()), milestone("主体封顶", "2024-07-15"))));
        assertThat(today.get("overdue").asBoolean()).isFalse();
        assertThat(today.get("daysOverdue").asLong()).isZero();
        // reached late: not overdue
        Map<String, Object> done = milestone("取得施工许可", "2024-03-01");
        done.put("actualDate", "2024-03-20");
        done.put("note", "  晚于计划  ");
        JsonNode reached = json(created(disp.post(path(s.p()), done)));
        assertThat(reached.get("overdue").asBoolean()).isFalse();
        assertThat(reached.get("actualDate").asText()).isEqualTo("2024-03-20");
        assertThat(reached.get("note").asText()).isEqualTo("晚于计划");

        // by planned date, for the dispatcher, the lead unit's reporter and a leader of the county
        for (String who : List.of(s.w().dispatcher, s.w().reporterA, s.w().countyLeaderA, s.w().supervisor)) {
            Api.Res list = as(who).get(path(s.p()));
            ok(list);
            assertThat(names(json(list))).as(who).containsExactly("取得施工许可", "完成可研批复", "主体封顶");
        }
        // another unit's reporter and a leader of another county do not read the project
        assertThat(as(s.w().reporterB).get(path(s.p())).status()).isEqualTo(403);
        assertThat(as(s.w().countyLeaderA).get(path(s.q())).status()).isEqualTo(403);
        assertThat(as(s.w().auditor).get(path(s.p())).status()).isEqualTo(403);
        assertThat(json(ok(disp.get(path(s.q()))))).isEmpty();
    }

    @Test
    void onlyADispatcherInScopeAdds() {
        Scene s = scene();
        for (String who : List.of(s.w().reporterA, s.w().leaderUser, s.w().supervisor, s.w().adminOnly,
                s.w().auditor)) {
            assertThat(as(who).post(path(s.p()), milestone("x", "2024-08-01")).status()).as(who).isEqualTo(403);
        }
        World other = world();
        assertThat(as(other.dispatcher).post(path(s.p()), milestone("x", "2024-08-01")).status()).isEqualTo(403);
        assertThat(as(other.dispatcher).get(path(s.p())).status()).isEqualTo(403);
        assertThat(anonymous().post(path(s.p()), milestone("x", "2024-08-01")).status()).isEqualTo(401);
        assertThat(anonymous().get(path(s.p())).status()).isEqualTo(401);
        // nothing was written
        assertThat(json(ok(as(s.w().dispatcher).get(path(s.p()))))).isEmpty();
    }

    @Test
    void theLeadUnitsReporterSetsTheActualDateOnly() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        long mid = created(disp.post(path(s.p()), milestone("设备进场", "2024-07-01"))).id();
        String one = path(s.p()) + "/" + mid;
        Api rep = as(s.w().reporterA);

        JsonNode r = json(ok(rep.put(one, Map.of("actualDate", "2024-07-10", "note", "已进场"))));
        assertThat(r.get("actualDate").asText()).isEqualTo("2024-07-10");
        assertThat(r.get("note").asText()).isEqualTo("已进场");
        assertThat(r.get("overdue").asBoolean()).isFalse();
        assertThat(r.get("name").asText()).isEqualTo("设备进场");
        assertThat(r.get("plannedDate").asText()).isEqualTo("2024-07-01");
        assertThat(r.get("version").asInt()).isEqualTo(1);
        // sending the name and planned date unchanged is fine
        Map<String, Object> same = milestone("设备进场", "2024-07-01");
        same.put("actualDate", "2024-07-11");
        ok(rep.put(one, same));
        // changing them is the dispatcher's
        assertThat(rep.put(one, Map.of("name", "改名")).status()).isEqualTo(403);
        assertThat(rep.put(one, Map.of("plannedDate", "2024-08-01")).status()).isEqualTo(403);
        // another unit's reporter, a leader, a supervisor: no
        for (String who : List.of(s.w().reporterB, s.w().leaderUser, s.w().supervisor)) {
            assertThat(as(who).put(one, Map.of("actualDate", "2024-07-12")).status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().put(one, Map.of("actualDate", "2024-07-12")).status()).isEqualTo(401);
        JsonNode now = json(ok(disp.get(path(s.p())))).get(0);
        assertThat(now.get("name").asText()).isEqualTo("设备进场");
        assertThat(now.get("actualDate").asText()).isEqualTo("2024-07-11");
    }

    @Test
    void aDispatcherChangesEveryFieldAndStaleVersionsConflict() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        Map<String, Object> body = milestone("完成征地", "2024-05-31");
        body.put("actualDate", "2024-06-05");
        long mid = created(disp.post(path(s.p()), body)).id();
        String one = path(s.p()) + "/" + mid;

        // only the fields sent change
        JsonNode r = json(ok(disp.put(one, Map.of("name", "完成征地拆迁", "plannedDate", "2024-06-30", "note", "调整",
                "version", 0))));
        assertThat(r.get("name").asText()).isEqualTo("完成征地拆迁");
        assertThat(r.get("plannedDate").asText()).isEqualTo("2024-06-30");
        assertThat(r.get("actualDate").asText()).isEqualTo("2024-06-05");
        assertThat(r.get("note").asText()).isEqualTo("调整");
        assertThat(r.get("version").asInt()).isEqualTo(1);
        // clearing the actual date: planned June 30, not reached → overdue 15 days
        Map<String, Object> clear = new HashMap<>();
        clear.put("actualDate", null);
        JsonNode cleared = json(ok(disp.put(one, clear)));
        assertThat(cleared.get("actualDate").isNull()).isTrue();
        assertThat(cleared.get("overdue").asBoolean()).isTrue();
        assertThat(cleared.get("daysOverdue").asLong()).isEqualTo(15);
        // a stale version
        assertThat(disp.put(one, Map.of("note", "旧版本", "version", 1)).status()).isEqualTo(409);
        assertThat(json(ok(disp.get(path(s.p())))).get(0).get("note").asText()).isEqualTo("调整");
    }

    @Test
    void unknownProjectsAndMilestones() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        long mid = created(disp.post(path(s.p()), milestone("开工", "2024-08-01"))).id();
        assertThat(disp.get(path(999_999_999L)).status()).isEqualTo(404);
        assertThat(disp.post(path(999_999_999L), milestone("x", "2024-08-01")).status()).isEqualTo(404);
        assertThat(disp.put(path(s.p()) + "/999999999", Map.of("note", "x")).status()).isEqualTo(404);
        // a milestone of another project
        assertThat(disp.put(path(s.q()) + "/" + mid, Map.of("note", "x")).status()).isEqualTo(404);
    }

    @Test
    void refusedInputWritesNothing() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        Api.Res empty = disp.post(path(s.p()), Map.of());
        invalid(empty, "name");
        invalid(empty, "plannedDate");
        invalid(disp.post(path(s.p()), milestone("  ", "2024-08-01")), "name");
        invalid(disp.post(path(s.p()), milestone("x", "2024/08/01")), "plannedDate");
        invalid(disp.post(path(s.p()), milestone("x", "2024-02-30")), "plannedDate");
        invalid(disp.post(path(s.p()), Map.of("name", 5, "plannedDate", "2024-08-01")), "name");
        invalid(disp.post(path(s.p()), milestone("x".repeat(201), "2024-08-01")), "name");
        Map<String, Object> future = milestone("x", "2024-07-01");
        future.put("actualDate", "2024-07-16");
        invalid(disp.post(path(s.p()), future), "actualDate");
        Map<String, Object> longNote = milestone("x", "2024-07-01");
        longNote.put("note", "长".repeat(1001));
        invalid(disp.post(path(s.p()), longNote), "note");
        invalid(disp.send("POST", path(s.p()), "[1,2]"), "body");
        assertThat(json(ok(disp.get(path(s.p()))))).isEmpty();

        long mid = created(disp.post(path(s.p()), milestone("开工", "2024-08-01"))).id();
        String one = path(s.p()) + "/" + mid;
        Map<String, Object> noPlan = new HashMap<>();
        noPlan.put("plannedDate", null);
        invalid(disp.put(one, noPlan), "plannedDate");
        invalid(disp.put(one, Map.of("actualDate", "2024-07-16")), "actualDate");
        invalid(disp.put(one, Map.of("version", "x")), "version");
        invalid(as(s.w().reporterA).put(one, Map.of("actualDate", "tomorrow")), "actualDate");
        JsonNode still = json(ok(disp.get(path(s.p())))).get(0);
        assertThat(still.get("plannedDate").asText()).isEqualTo("2024-08-01");
        assertThat(still.get("actualDate").isNull()).isTrue();
        assertThat(still.get("version").asInt()).isZero();
    }

    @Test
    void overdueMilestonesReachAnalysis() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        created(disp.post(path(s.p()), milestone("甲逾期", "2024-07-01")));
        created(disp.post(path(s.q()), milestone("乙逾期", "2024-06-01")));
        long reached = created(disp.post(path(s.q()), milestone("乙按期", "2024-07-10"))).id();
        ok(as(s.w().reporterB).put(path(s.q()) + "/" + reached, Map.of("actualDate", "2024-07-09")));

        JsonNode overdue = json(ok(disp.get("/api/analysis/milestones?year=2024&overdue=true")));
        assertThat(names(overdue)).containsExactly("乙逾期", "甲逾期");
        assertThat(overdue.get(0).get("daysOverdue").asLong()).isEqualTo(44);
        // a county leader sees its county's only
        JsonNode county = json(ok(as(s.w().countyLeaderA).get("/api/analysis/milestones?overdue=true")));
        assertThat(names(county)).containsExactly("甲逾期");
        // and the project outlook counts them
        JsonNode q = json(ok(disp.get("/api/analysis/projects/" + s.q() + "/outlook")));
        assertThat(q.get("overdueMilestones").asInt()).isEqualTo(1);
        JsonNode total = json(ok(disp.get("/api/analysis/outlook?groupBy=REGION&regionCode=" + s.w().city)));
        assertThat(total.get("total").get("overdueMilestones").asInt()).isEqualTo(2);
    }

    @Test
    void theOpenApiDescriptionNamesTheEndpoints() {
        Api.Res r = admin().get("/v3/api-docs"); // open to signed-in users only (issue 10)
        ok(r);
        JsonNode paths = r.get("paths");
        assertThat(paths.has("/api/projects/{id}/milestones")).isTrue();
        assertThat(paths.get("/api/projects/{id}/milestones").has("post")).isTrue();
        assertThat(paths.get("/api/projects/{id}/milestones/{mid}").has("put")).isTrue();
        assertThat(paths.has("/api/analysis/projects/{id}/outlook")).isTrue();
        assertThat(paths.has("/api/analysis/outlook")).isTrue();
        assertThat(paths.has("/api/analysis/milestones")).isTrue();
        JsonNode body = r.get("components").get("schemas").get("MilestoneBody");
        assertThat(body).isNotNull();
        assertThat(body.get("properties").get("plannedDate").get("format").asText()).isEqualTo("date");

        // every call of the contract, and what §2 fixes for all of them: the bearer token and the error answers
        for (String path : List.of("/api/auth/token", "/api/regions", "/api/units", "/api/leaders", "/api/users",
                "/api/projects", "/api/projects/{id}", "/api/projects/{id}/reports/{period}",
                "/api/analysis/summary", "/api/analysis/projects", "/api/periods",
                "/api/periods/{period}/units/{unitId}/zero", "/api/periods/{period}/status",
                "/api/projects/{id}/reports/{period}/history", "/api/periods/{period}/template.xlsx",
                "/api/periods/{period}/import", "/api/bulletins/{period}.docx", "/api/bulletins/{period}.xlsx",
                "/api/problems", "/api/problems/{id}", "/api/calendar/working-days", "/api/meetings",
                "/api/meetings/{id}/agenda", "/api/meetings/{id}/decisions", "/api/tasks", "/api/tasks/{id}")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(r.get("components").get("securitySchemes").get("bearer").get("scheme").asText())
                .isEqualTo("bearer");
        JsonNode create = paths.get("/api/projects").get("post");
        assertThat(create.get("security").toString()).contains("bearer");
        assertThat(create.get("responses").get("422").toString()).contains("#/components/schemas/Errors");
        assertThat(create.get("responses").has("401")).isTrue();
        assertThat(paths.get("/api/projects/{id}").get("put").get("responses").has("409")).isTrue();
        assertThat(paths.get("/api/projects/{id}").get("get").get("responses").has("404")).isTrue();
        JsonNode token = paths.get("/api/auth/token").get("post");
        assertThat(token.get("responses").get("200").toString()).contains("#/components/schemas/Token");
        assertThat(token.get("security")).isEmpty();
        assertThat(r.get("components").get("schemas").get("Errors").toString()).contains("field", "message", "row",
                "column");
    }
}
