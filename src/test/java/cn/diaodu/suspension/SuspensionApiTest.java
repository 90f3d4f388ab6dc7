package cn.diaodu.suspension;

import static cn.diaodu.support.Race.count;
import static cn.diaodu.support.Race.together;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Suspensions (停缓建, CONTRACT §11) over HTTP: every allowed and refused transition, who may ask, decide and resume
 * (403), unknown ids (404), bad input (422 naming the field) with nothing written, the history, the list's scope,
 * the audit trail and concurrent approvals. Today is 2024-07-15.
 */
class SuspensionApiTest extends ApiTest {

    private static Map<String, Object> body(String reason, String from, String expectedResume) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", reason);
        m.put("from", from);
        if (expectedResume != null) {
            m.put("expectedResume", expectedResume);
        }
        return m;
    }

    private long project(World w, String name, String region, long unit) {
        return created(as(w.dispatcher).post("/api/projects", project(name, region, unit, w.leader1, "1000"))).id();
    }

    private static List<String> statuses(Api.Res r) {
        List<String> out = new ArrayList<>();
        r.body().forEach(s -> out.add(s.get("status").asText()));
        return out;
    }

    private static List<Long> ids(Api.Res r) {
        List<Long> out = new ArrayList<>();
        r.body().forEach(s -> out.add(s.get("id").asLong()));
        return out;
    }

    @Test
    void everyTransitionOfTheTableAndNoOther() {
        World w = world();
        long p = project(w, "城东污水处理厂", w.countyA, w.unitA);
        Api reporter = as(w.reporterA);
        Api dispatcher = as(w.dispatcher);

        Api.Res asked = created(reporter.post("/api/projects/" + p + "/suspensions",
                body("因环保督察停工整改", "2024-06-01", "2024-09-01")));
        long s1 = asked.id();
        assertThat(asked.get("status").asText()).isEqualTo("REQUESTED");
        assertThat(asked.get("projectId").asLong()).isEqualTo(p);
        assertThat(asked.get("from").asText()).isEqualTo("2024-06-01");
        assertThat(asked.get("expectedResume").asText()).isEqualTo("2024-09-01");
        assertThat(asked.get("requestedBy").asText()).isEqualTo(w.reporterA);

        // one open suspension at a time: REQUESTED blocks a new request
        assertThat(reporter.post("/api/projects/" + p + "/suspensions", body("再次申请", "2024-06-05", null)).status())
                .isEqualTo(409);
        // REQUESTED —resume→ refused
        assertThat(reporter.post("/api/suspensions/" + s1 + "/resume", Map.of("date", "2024-07-01")).status())
                .isEqualTo(409);

        Api.Res approved = ok(dispatcher.post("/api/suspensions/" + s1 + "/approve", Map.of("note", "同意")));
        assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
        assertThat(approved.get("decidedBy").asText()).isEqualTo(w.dispatcher);
        assertThat(approved.get("decisionNote").asText()).isEqualTo("同意");
        assertThat(approved.get("version").asInt()).isEqualTo(1);
        // APPROVED —approve/reject→ refused; APPROVED-not-resumed blocks a new request
        assertThat(dispatcher.post("/api/suspensions/" + s1 + "/approve", Map.of()).status()).isEqualTo(409);
        assertThat(dispatcher.post("/api/suspensions/" + s1 + "/reject", Map.of("note", "x")).status()).isEqualTo(409);
        assertThat(reporter.post("/api/projects/" + p + "/suspensions", body("再次申请", "2024-06-05", null)).status())
                .isEqualTo(409);

        Api.Res resumed = ok(reporter.post("/api/suspensions/" + s1 + "/resume", Map.of("date", "2024-07-10")));
        assertThat(resumed.get("status").asText()).isEqualTo("RESUMED");
        assertThat(resumed.get("resumedOn").asText()).isEqualTo("2024-07-10");
        assertThat(resumed.get("resumedBy").asText()).isEqualTo(w.reporterA);
        // RESUMED is final
        assertThat(reporter.post("/api/suspensions/" + s1 + "/resume", Map.of("date", "2024-07-11")).status())
                .isEqualTo(409);
        assertThat(dispatcher.post("/api/suspensions/" + s1 + "/approve", Map.of()).status()).isEqualTo(409);
        assertThat(dispatcher.post("/api/suspensions/" + s1 + "/reject", Map.of("note", "x")).status()).isEqualTo(409);

        // once resumed, a new request is allowed; REQUESTED —reject→ REJECTED
        long s2 = created(dispatcher.post("/api/projects/" + p + "/suspensions",
                body("因资金链紧张缓建", "2024-07-12", null))).id();
        Api.Res rejected = ok(dispatcher.post("/api/suspensions/" + s2 + "/reject", Map.of("note", "理由不充分")));
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("decisionNote").asText()).isEqualTo("理由不充分");
        // REJECTED is final
        assertThat(dispatcher.post("/api/suspensions/" + s2 + "/approve", Map.of()).status()).isEqualTo(409);
        assertThat(dispatcher.post("/api/suspensions/" + s2 + "/reject", Map.of("note", "x")).status()).isEqualTo(409);
        assertThat(reporter.post("/api/suspensions/" + s2 + "/resume", Map.of("date", "2024-07-13")).status())
                .isEqualTo(409);
        // a rejection does not block a new request; a stale version is refused
        long s3 = created(reporter.post("/api/projects/" + p + "/suspensions",
                body("因征地拆迁停工", "2024-07-14", null))).id();
        assertThat(dispatcher.post("/api/suspensions/" + s3 + "/approve", Map.of("note", "同意", "version", 5))
                .status()).isEqualTo(409);
        assertThat(ok(dispatcher.get("/api/suspensions/" + s3)).get("status").asText()).isEqualTo("REQUESTED");

        // the history, newest first, for whoever reads the project
        Api.Res history = ok(as(w.supervisor).get("/api/projects/" + p + "/suspensions"));
        assertThat(ids(history)).containsExactly(s3, s2, s1);
        assertThat(statuses(history)).containsExactly("REQUESTED", "REJECTED", "RESUMED");

        // every write is in the audit log
        JsonNode log = ok(as(w.auditor).get("/api/audit?objectType=SUSPENSION&objectId=" + s1)).body();
        List<String> actions = new ArrayList<>();
        log.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("SUSPENSION_RESUME", "SUSPENSION_APPROVE", "SUSPENSION_REQUEST");
        assertThat(log.get(0).get("actor").asText()).isEqualTo(w.reporterA);
        assertThat(log.get(1).get("actor").asText()).isEqualTo(w.dispatcher);
    }

    @Test
    void refusalsAnswer403404And422AndWriteNothing() {
        World w = world();
        long p = project(w, "城西物流园", w.countyA, w.unitA);
        String countyBDispatcher = user(admin(), "dispb" + w.countyB, List.of("DISPATCHER"), null, w.countyB);
        Api reporter = as(w.reporterA);
        String path = "/api/projects/" + p + "/suspensions";
        Map<String, Object> good = body("因环保督察停工整改", "2024-06-01", null);

        // 404: unknown project, unknown suspension
        assertThat(reporter.post("/api/projects/999999999/suspensions", good).status()).isEqualTo(404);
        assertThat(reporter.get("/api/suspensions/999999999").status()).isEqualTo(404);
        assertThat(as(w.dispatcher).post("/api/suspensions/999999999/approve", Map.of()).status()).isEqualTo(404);
        assertThat(as(w.dispatcher).post("/api/suspensions/999999999/reject", Map.of("note", "x")).status())
                .isEqualTo(404);
        assertThat(reporter.post("/api/suspensions/999999999/resume", Map.of("date", "2024-07-01")).status())
                .isEqualTo(404);
        assertThat(reporter.get("/api/projects/999999999/suspensions").status()).isEqualTo(404);

        // 403: another unit's reporter, a leader, a supervisor, a dispatcher of another county
        assertThat(as(w.reporterB).post(path, good).status()).isEqualTo(403);
        assertThat(as(w.leaderUser).post(path, good).status()).isEqualTo(403);
        assertThat(as(w.supervisor).post(path, good).status()).isEqualTo(403);
        assertThat(as(countyBDispatcher).post(path, good).status()).isEqualTo(403);

        // 422 naming the field
        invalid(reporter.post(path, body(null, "2024-06-01", null)), "reason");
        invalid(reporter.post(path, body("  ", "2024-06-01", null)), "reason");
        invalid(reporter.post(path, body("停".repeat(501), "2024-06-01", null)), "reason");
        invalid(reporter.post(path, body("因环保督察停工整改", null, null)), "from");
        invalid(reporter.post(path, body("因环保督察停工整改", "2024-06-01", "2024-05-31")), "expectedResume");
        invalid(reporter.post(path, body("因环保督察停工整改", "2024-13-01", null)), "from");
        invalid(reporter.post(path, "{}"), "reason");
        assertThat(ok(reporter.get(path)).body()).as("nothing written").isEmpty();

        // a reason of exactly 500 characters and a resumption on the day it starts are fine
        long s = created(reporter.post(path, body("停".repeat(500), "2024-06-01", "2024-06-01"))).id();

        // decisions: only a dispatcher whose region covers the project; a rejection needs a note
        assertThat(reporter.post("/api/suspensions/" + s + "/approve", Map.of()).status()).isEqualTo(403);
        assertThat(as(w.leaderUser).post("/api/suspensions/" + s + "/approve", Map.of()).status()).isEqualTo(403);
        assertThat(as(countyBDispatcher).post("/api/suspensions/" + s + "/approve", Map.of()).status())
                .isEqualTo(403);
        assertThat(as(countyBDispatcher).post("/api/suspensions/" + s + "/reject", Map.of("note", "x")).status())
                .isEqualTo(403);
        invalid(as(w.dispatcher).post("/api/suspensions/" + s + "/reject", Map.of()), "note");
        invalid(as(w.dispatcher).post("/api/suspensions/" + s + "/reject", Map.of("note", " ")), "note");
        invalid(as(w.dispatcher).post("/api/suspensions/" + s + "/approve", Map.of("note", "意".repeat(501))), "note");
        assertThat(ok(reporter.get("/api/suspensions/" + s)).get("status").asText()).isEqualTo("REQUESTED");
        ok(as(w.dispatcher).post("/api/suspensions/" + s + "/approve", null));

        // resumption: the lead unit's reporter or a dispatcher; a date, not before from
        assertThat(as(w.reporterB).post("/api/suspensions/" + s + "/resume", Map.of("date", "2024-07-01")).status())
                .isEqualTo(403);
        assertThat(as(countyBDispatcher).post("/api/suspensions/" + s + "/resume", Map.of("date", "2024-07-01"))
                .status()).isEqualTo(403);
        invalid(reporter.post("/api/suspensions/" + s + "/resume", Map.of()), "date");
        invalid(reporter.post("/api/suspensions/" + s + "/resume", Map.of("date", "2024-05-31")), "date");
        invalid(reporter.post("/api/suspensions/" + s + "/resume", Map.of("date", 20240701)), "date");
        JsonNode still = ok(reporter.get("/api/suspensions/" + s)).body();
        assertThat(still.get("status").asText()).isEqualTo("APPROVED");
        assertThat(still.get("resumedOn").isNull()).isTrue();
        assertThat(ok(as(w.dispatcher).post("/api/suspensions/" + s + "/resume", Map.of("date", "2024-06-01")))
                .get("status").asText()).isEqualTo("RESUMED");

        // reading: whoever reads the project
        assertThat(as(w.reporterB).get("/api/suspensions/" + s).status()).isEqualTo(403);
        assertThat(as(w.reporterB).get(path).status()).isEqualTo(403);
        assertThat(as(w.auditor).get(path).status()).isEqualTo(403);
        assertThat(as(w.countyLeaderA).get("/api/suspensions/" + s).status()).isEqualTo(200);
    }

    @Test
    void theListKeepsToTheCallersScopeWithPendingFirst() {
        World w = world();
        String countyBDispatcher = user(admin(), "dispb" + w.countyB, List.of("DISPATCHER"), null, w.countyB);
        long pa = project(w, "甲县产业园", w.countyA, w.unitA);
        long pa2 = project(w, "甲县物流园", w.countyA, w.unitA);
        long pb = project(w, "乙区安置房", w.countyB, w.unitB);
        Api dispatcher = as(w.dispatcher);
        long a1 = created(dispatcher.post("/api/projects/" + pa + "/suspensions", body("原因甲", "2024-06-01", null)))
                .id();
        ok(dispatcher.post("/api/suspensions/" + a1 + "/approve", Map.of()));
        long b1 = created(dispatcher.post("/api/projects/" + pb + "/suspensions", body("原因乙", "2024-06-02", null)))
                .id();
        long a2 = created(dispatcher.post("/api/projects/" + pa2 + "/suspensions", body("原因丙", "2024-06-03", null)))
                .id();
        ok(dispatcher.post("/api/suspensions/" + a2 + "/reject", Map.of("note", "不同意")));

        // the province's dispatcher: all three, the one awaiting a decision first, then newest first
        assertThat(ids(ok(dispatcher.get("/api/suspensions")))).containsExactly(b1, a2, a1);
        assertThat(ids(ok(dispatcher.get("/api/suspensions?status=APPROVED")))).containsExactly(a1);
        assertThat(ids(ok(dispatcher.get("/api/suspensions?regionCode=" + w.countyA)))).containsExactly(a2, a1);
        assertThat(ids(ok(dispatcher.get("/api/suspensions?regionCode=" + w.countyA + "&status=REQUESTED"))))
                .isEmpty();
        assertThat(ok(dispatcher.get("/api/suspensions?regionCode=990000")).body()).isEmpty();
        invalid(dispatcher.get("/api/suspensions?status=PAUSED"), "status");
        // a county's dispatcher and leader, a unit's reporter: their part only
        assertThat(ids(ok(as(countyBDispatcher).get("/api/suspensions")))).containsExactly(b1);
        assertThat(ids(ok(as(countyBDispatcher).get("/api/suspensions?regionCode=" + w.countyA)))).isEmpty();
        assertThat(ids(ok(as(w.countyLeaderA).get("/api/suspensions")))).containsExactly(a2, a1);
        assertThat(ids(ok(as(w.reporterA).get("/api/suspensions")))).containsExactly(a2, a1);
        assertThat(ids(ok(as(w.reporterB).get("/api/suspensions")))).containsExactly(b1);
        assertThat(as(w.auditor).get("/api/suspensions").status()).isEqualTo(403);
    }

    @Test
    void ofConcurrentApprovalsExactlyOneWins() {
        World w = world();
        long p = project(w, "城南热电", w.countyA, w.unitA);
        long s = created(as(w.reporterA).post("/api/projects/" + p + "/suspensions", body("因资金链紧张缓建",
                "2024-06-01", null))).id();
        Api dispatcher = as(w.dispatcher);
        List<Api.Res> answers = together(4, i -> i % 2 == 0
                ? dispatcher.post("/api/suspensions/" + s + "/approve", Map.of("note", "同意" + i))
                : dispatcher.post("/api/suspensions/" + s + "/reject", Map.of("note", "不同意" + i)));
        assertThat(count(answers, 200)).as("%s", answers).isEqualTo(1);
        assertThat(count(answers, 409)).as("%s", answers).isEqualTo(3);
        JsonNode after = ok(dispatcher.get("/api/suspensions/" + s)).body();
        assertThat(after.get("version").asInt()).isEqualTo(1);
        JsonNode log = ok(as(w.auditor).get("/api/audit?objectType=SUSPENSION&objectId=" + s)).body();
        assertThat(log).hasSize(2);

        // concurrent requests for one project: one is written
        long q = project(w, "城北热电", w.countyA, w.unitA);
        Api reporter = as(w.reporterA);
        List<Api.Res> asks = together(3, i -> reporter.post("/api/projects/" + q + "/suspensions",
                body("原因" + i, "2024-06-01", null)));
        assertThat(count(asks, 201)).as("%s", asks).isEqualTo(1);
        assertThat(count(asks, 409)).as("%s", asks).isEqualTo(2);
        assertThat(ok(reporter.get("/api/projects/" + q + "/suspensions")).body()).hasSize(1);
    }
}
