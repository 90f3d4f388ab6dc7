package cn.diaodu.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;
import cn.diaodu.support.OfficialArrangements;

/**
 * CONTRACT §9: raising problems (who, where, deadlines in working days), every transition allowed and refused by
 * role, scope and status, the escalation levels, reassignment, the list's filters and scope, attachments and the
 * notifications of the assignee unit. Today is 2024-07-15, a Monday.
 */
class ProblemApiTest extends ApiTest {
    static final LocalDate TODAY = LocalDate.parse("2024-07-15");

    static Map<String, Object> problem(Long projectId, String title, String category, long unitId, Integer days) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("projectId", projectId);
        m.put("title", title);
        m.put("category", category);
        m.put("description", title + "：情况说明");
        m.put("assigneeUnitId", unitId);
        if (days != null) {
            m.put("dueWorkingDays", days);
        }
        return m;
    }

    private long project(Api dispatcher, String name, String region, long unit) {
        return created(dispatcher.post("/api/projects", project(name, region, unit, null, "1000"))).id();
    }

    private static List<String> timeline(Api.Res r, String field) {
        List<String> out = new ArrayList<>();
        r.get("timeline").forEach(e -> out.add(e.get(field).isNull() ? null : e.get(field).asText()));
        return out;
    }

    private static List<Long> ids(Api.Res r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        List<Long> out = new ArrayList<>();
        r.body().forEach(p -> out.add(p.get("id").asLong()));
        return out;
    }

    private static Map<String, Object> note(String note) {
        return Map.of("note", note);
    }

    // ---- raising -------------------------------------------------------------------------------------------

    @Test
    void aRaisedProblemIsAssignedWithADueDateInWorkingDays() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, "征地问题项目", w.countyA, w.unitA);

        var r = created(dispatcher.post("/api/problems", problem(projectId, "项目用地指标未落实", "LAND", w.unitA, 3)));
        assertThat(r.id()).isPositive();
        assertThat(r.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(r.get("level").asText()).isEqualTo("UNIT");
        assertThat(r.get("dueDate").asText()).isEqualTo("2024-07-18");
        assertThat(r.get("dueWorkingDays").asInt()).isEqualTo(3);
        assertThat(r.get("overdue").asBoolean()).isFalse();
        assertThat(r.get("projectId").asLong()).isEqualTo(projectId);
        assertThat(r.get("title").asText()).isEqualTo("项目用地指标未落实");
        assertThat(r.get("category").asText()).isEqualTo("LAND");
        assertThat(r.get("description").asText()).isEqualTo("项目用地指标未落实：情况说明");
        assertThat(r.get("assigneeUnitId").asLong()).isEqualTo(w.unitA);
        assertThat(r.get("raisedBy").asText()).isEqualTo(w.dispatcher);
        assertThat(r.get("createdAt").asText()).startsWith("2024-07-15");
        assertThat(timeline(r, "action")).containsExactly("CREATE");

        var got = ok(dispatcher.get("/api/problems/" + r.id()));
        assertThat(got.get("dueDate").asText()).isEqualTo("2024-07-18");
        JsonNode first = got.get("timeline").get(0);
        for (String field : List.of("at", "by", "action", "note", "status", "level")) {
            assertThat(first.has(field)).as("timeline field %s in %s", field, first).isTrue();
        }
        assertThat(first.get("by").asText()).isEqualTo(w.dispatcher);
        assertThat(first.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(first.get("level").asText()).isEqualTo("UNIT");

        // dueWorkingDays is required by the API (CONTRACT §9; only the page fills in the category's default)
        invalid(dispatcher.post("/api/problems", problem(projectId, "施工许可待办", "APPROVAL", w.unitA, null)),
                "dueWorkingDays");
        assertThat(ok(dispatcher.get("/api/problems?projectId=" + projectId)).text()).doesNotContain("施工许可待办");
        var land = created(dispatcher.post("/api/problems", problem(projectId, "用地报批", "LAND", w.unitA, 10)));
        assertThat(land.get("dueWorkingDays").asInt()).isEqualTo(10);
        assertThat(land.get("dueDate").asText()).isEqualTo("2024-07-29");

        // across National Day 2024: 55 working days end on Monday 09-30, the 56th is Tuesday 10-08
        var before = created(dispatcher.post("/api/problems", problem(projectId, "国庆前", "OTHER", w.unitA, 55)));
        assertThat(before.get("dueDate").asText()).isEqualTo(OfficialArrangements.addWorkingDays(TODAY, 55).toString())
                .isEqualTo("2024-09-30");
        var across = created(dispatcher.post("/api/problems", problem(projectId, "跨国庆", "OTHER", w.unitA, 56)));
        assertThat(across.get("dueDate").asText()).isEqualTo(OfficialArrangements.addWorkingDays(TODAY, 56).toString())
                .isEqualTo("2024-10-08");
        for (int n : new int[] {1, 5, 45, 54, 57, 61, 120}) {
            var p = created(dispatcher.post("/api/problems", problem(projectId, "时限" + n, "OTHER", w.unitA, n)));
            assertThat(p.get("dueDate").asText()).as("%d working days", n)
                    .isEqualTo(OfficialArrangements.addWorkingDays(TODAY, n).toString());
        }
    }

    @Test
    void invalidProblemsAre422AndNothingIsWritten() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, "校验项目", w.countyA, w.unitA);
        String path = "/api/problems?projectId=" + projectId;
        invalid(dispatcher.post("/api/problems", problem(projectId, " ", "LAND", w.unitA, 3)), "title");
        invalid(dispatcher.post("/api/problems", problem(projectId, "x", "WEATHER", w.unitA, 3)), "category");
        invalid(dispatcher.post("/api/problems", problem(projectId, "x", null, w.unitA, 3)), "category");
        var noDescription = problem(projectId, "x", "LAND", w.unitA, 3);
        noDescription.remove("description");
        invalid(dispatcher.post("/api/problems", noDescription), "description");
        invalid(dispatcher.post("/api/problems", problem(projectId, "x", "LAND", 999_999L, 3)), "assigneeUnitId");
        var noUnit = problem(projectId, "x", "LAND", w.unitA, 3);
        noUnit.remove("assigneeUnitId");
        invalid(dispatcher.post("/api/problems", noUnit), "assigneeUnitId");
        invalid(dispatcher.post("/api/problems", problem(999_999L, "x", "LAND", w.unitA, 3)), "projectId");
        invalid(dispatcher.post("/api/problems", problem(projectId, "x", "LAND", w.unitA, 0)), "dueWorkingDays");
        invalid(dispatcher.post("/api/problems", problem(projectId, "x", "LAND", w.unitA, -1)), "dueWorkingDays");
        invalid(dispatcher.post("/api/problems", problem(projectId, "x", "LAND", w.unitA, 251)), "dueWorkingDays");
        var text = problem(projectId, "x", "LAND", w.unitA, null);
        text.put("dueWorkingDays", "三天");
        invalid(dispatcher.post("/api/problems", text), "dueWorkingDays");
        assertThat(ids(dispatcher.get(path))).isEmpty();
    }

    @Test
    void whoMayRaiseAProblem() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectA = project(dispatcher, "甲县项目", w.countyA, w.unitA);
        long projectB = project(dispatcher, "乙区项目", w.countyB, w.unitB);

        // a reporter, for a project of its own unit (raised from the monthly report), to any unit
        var raised = created(as(w.reporterA).post("/api/problems", problem(projectA, "电力接入滞后", "UTILITIES", w.unitB,
                5)));
        assertThat(raised.get("raisedBy").asText()).isEqualTo(w.reporterA);
        assertThat(as(w.reporterA).post("/api/problems", problem(projectB, "x", "LAND", w.unitB, 3)).status())
                .as("another unit's project").isEqualTo(403);
        invalid(as(w.reporterA).post("/api/problems", problem(null, "x", "LAND", w.unitA, 3)), "projectId");

        created(as(w.supervisor).post("/api/problems", problem(projectB, "督查发现问题", "ENVIRONMENT", w.unitB, 5)));
        created(dispatcher.post("/api/problems", problem(null, "不涉及项目的问题", "OTHER", w.unitA, 5)));

        for (String who : List.of(w.leaderUser, w.countyLeaderA, w.auditor, w.adminOnly)) {
            assertThat(as(who).post("/api/problems", problem(projectA, "x", "LAND", w.unitA, 3)).status()).as(who)
                    .isEqualTo(403);
        }
        String dispatcherB = user(admin(), "pdispb" + w.province, List.of("DISPATCHER"), null, w.countyB);
        assertThat(as(dispatcherB).post("/api/problems", problem(projectA, "x", "LAND", w.unitA, 3)).status())
                .as("a project outside the region").isEqualTo(403);
        assertThat(as(dispatcherB).post("/api/problems", problem(null, "x", "LAND", w.unitA, 3)).status())
                .as("a unit outside the region").isEqualTo(403);
        created(as(dispatcherB).post("/api/problems", problem(projectB, "乙区自己的", "LAND", w.unitA, 3)));
        assertThat(anonymous().post("/api/problems", problem(projectA, "x", "LAND", w.unitA, 3)).status())
                .isEqualTo(401);
    }

    // ---- transitions ---------------------------------------------------------------------------------------

    @Test
    void transitionsAllowedAndRefusedByRoleScopeAndStatus() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api supervisor = as(w.supervisor);
        Api unit = as(w.reporterA);
        long projectId = project(dispatcher, "流转项目", w.countyA, w.unitA);
        long id = created(dispatcher.post("/api/problems", problem(projectId, "审批手续卡壳", "APPROVAL", w.unitA, 3))).id();
        String p = "/api/problems/" + id;
        String dispatcherB = user(admin(), "tdispb" + w.province, List.of("DISPATCHER"), null, w.countyB);

        // the unit's steps: only a reporter of the assignee unit
        for (String who : List.of(w.reporterB, w.dispatcher, w.supervisor, w.leaderUser, w.auditor)) {
            assertThat(as(who).post(p + "/accept", note("收到")).status()).as("accept by %s", who).isEqualTo(403);
            assertThat(as(who).post(p + "/resolve", note("好了")).status()).as("resolve by %s", who).isEqualTo(403);
            assertThat(as(who).post(p + "/feedback", note("进展")).status()).as("feedback by %s", who)
                    .isEqualTo(403);
        }
        // the offices' steps: only a dispatcher or supervisor of the region
        for (String who : List.of(w.reporterA, w.reporterB, w.leaderUser, w.auditor, w.adminOnly, dispatcherB)) {
            assertThat(as(who).post(p + "/escalate", note("提级")).status()).as("escalate by %s", who)
                    .isEqualTo(403);
            assertThat(as(who).post(p + "/reopen", note("重办")).status()).as("reopen by %s", who).isEqualTo(403);
            assertThat(as(who).post(p + "/verify", note("销号")).status()).as("verify by %s", who).isEqualTo(403);
        }

        invalid(unit.post(p + "/feedback", note(" ")), "note");
        invalid(unit.post(p + "/feedback", null), "note");
        var fed = ok(unit.post(p + "/feedback", note("已与自然资源局对接")));
        assertThat(fed.get("status").asText()).as("feedback leaves the status").isEqualTo("ASSIGNED");

        assertThat(ok(unit.post(p + "/accept", note("已签收"))).get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(unit.post(p + "/accept", note("again")).status()).isEqualTo(409);
        assertThat(dispatcher.post(p + "/verify", note("销号")).status()).as("not resolved").isEqualTo(409);
        assertThat(dispatcher.post(p + "/reopen", note("重办")).status()).as("still open").isEqualTo(409);
        ok(unit.post(p + "/feedback", note("材料已补齐")));

        assertThat(ok(unit.post(p + "/resolve", note("已办结"))).get("status").asText()).isEqualTo("RESOLVED");
        assertThat(unit.post(p + "/resolve", note("again")).status()).isEqualTo(409);
        assertThat(unit.post(p + "/accept", null).status()).isEqualTo(409);
        assertThat(unit.post(p + "/feedback", note("x")).status()).isEqualTo(409);
        assertThat(dispatcher.post(p + "/escalate", note("x")).status()).as("resolved").isEqualTo(409);

        invalid(supervisor.post(p + "/reopen", note("")), "note");
        invalid(supervisor.post(p + "/reopen", null), "note");
        var reopened = ok(supervisor.post(p + "/reopen", note("现场核查未解决")));
        assertThat(reopened.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(reopened.get("dueDate").asText()).as("the deadline stands").isEqualTo("2024-07-18");

        assertThat(ok(unit.post(p + "/resolve", null)).get("status").asText()).as("resolved straight from ASSIGNED")
                .isEqualTo("RESOLVED");
        var closed = ok(supervisor.post(p + "/verify", note("验收通过，予以销号")));
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(unit.post(p + "/resolve", note("x")).status()).as("resolving a closed problem").isEqualTo(409);
        assertThat(unit.post(p + "/accept", null).status()).isEqualTo(409);
        assertThat(supervisor.post(p + "/verify", null).status()).isEqualTo(409);
        assertThat(supervisor.post(p + "/escalate", note("x")).status()).isEqualTo(409);

        var again = ok(dispatcher.post(p + "/reopen", Map.of("note", "群众反映问题复发", "dueWorkingDays", 2)));
        assertThat(again.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(again.get("dueDate").asText()).as("a new deadline from today").isEqualTo("2024-07-17");
        invalid(dispatcher.post(p + "/reopen", Map.of("note", "x", "dueWorkingDays", 0)), "dueWorkingDays");

        var full = ok(as(w.leaderUser).get(p));
        assertThat(timeline(full, "action")).containsExactly("CREATE", "FEEDBACK", "ACCEPT", "FEEDBACK", "RESOLVE",
                "REOPEN", "RESOLVE", "VERIFY", "REOPEN");
        assertThat(timeline(full, "status")).containsExactly("ASSIGNED", "ASSIGNED", "ACCEPTED", "ACCEPTED",
                "RESOLVED", "ASSIGNED", "RESOLVED", "CLOSED", "ASSIGNED");
        assertThat(timeline(full, "by")).containsExactly(w.dispatcher, w.reporterA, w.reporterA, w.reporterA,
                w.reporterA, w.supervisor, w.reporterA, w.supervisor, w.dispatcher);
        assertThat(timeline(full, "note").get(5)).isEqualTo("现场核查未解决");
        assertThat(timeline(full, "note").get(6)).isNull();

        for (String action : List.of("accept", "feedback", "resolve", "verify", "reopen", "escalate", "assign",
                "remind")) {
            assertThat(dispatcher.post("/api/problems/999999/" + action, note("x")).status()).as(action)
                    .isEqualTo(404);
        }
        assertThat(dispatcher.get("/api/problems/999999").status()).isEqualTo(404);
        assertThat(anonymous().get(p).status()).isEqualTo(401);
    }

    @Test
    void escalationGoesFromUnitToLeaderToGovernmentAndNoFurther() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, "提级项目", w.countyA, w.unitA);
        long id = created(dispatcher.post("/api/problems", problem(projectId, "村民阻工", "OBSTRUCTION", w.unitA, 3)))
                .id();
        String p = "/api/problems/" + id;

        invalid(dispatcher.post(p + "/escalate", note(" ")), "note");
        invalid(dispatcher.post(p + "/escalate", null), "note");
        assertThat(as(w.reporterA).post(p + "/escalate", note("x")).status()).isEqualTo(403);
        assertThat(as(w.leaderUser).post(p + "/escalate", note("x")).status()).isEqualTo(403);

        var leader = ok(dispatcher.post(p + "/escalate", note("单位协调不力，提请包抓领导协调")));
        assertThat(leader.get("level").asText()).isEqualTo("LEADER");
        assertThat(leader.get("status").asText()).as("the status stays").isEqualTo("ASSIGNED");
        ok(as(w.reporterA).post(p + "/accept", null));
        var government = ok(as(w.supervisor).post(p + "/escalate", note("提请市政府专题研究")));
        assertThat(government.get("level").asText()).isEqualTo("GOVERNMENT");
        assertThat(government.get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(dispatcher.post(p + "/escalate", note("再提级")).status()).isEqualTo(409);

        var full = ok(dispatcher.get(p));
        assertThat(timeline(full, "level")).containsExactly("UNIT", "LEADER", "LEADER", "GOVERNMENT");
        assertThat(timeline(full, "action")).containsExactly("CREATE", "ESCALATE", "ACCEPT", "ESCALATE");

        ok(as(w.reporterA).post(p + "/resolve", note("市政府协调后已解决")));
        assertThat(dispatcher.post(p + "/escalate", note("x")).status()).as("resolved").isEqualTo(409);
        assertThat(ok(dispatcher.get("/api/problems?level=GOVERNMENT&projectId=" + projectId)).body()).hasSize(1);
    }

    @Test
    void theOfficesReassignAProblemToAnotherUnit() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, "转办项目", w.countyA, w.unitA);
        // raised by the unit's reporter from its monthly report, first assigned to its own unit
        long id = created(as(w.reporterA).post("/api/problems", problem(projectId, "规划条件未出具", "PLANNING", w.unitA,
                5))).id();
        String p = "/api/problems/" + id;
        assertThat(as(w.reporterA).post(p + "/assign", Map.of("assigneeUnitId", w.unitB)).status()).isEqualTo(403);
        invalid(dispatcher.post(p + "/assign", note("x")), "assigneeUnitId");
        invalid(dispatcher.post(p + "/assign", Map.of("assigneeUnitId", 999_999)), "assigneeUnitId");
        invalid(dispatcher.post(p + "/assign", Map.of("assigneeUnitId", w.unitB, "dueWorkingDays", 0)),
                "dueWorkingDays");

        var moved = ok(dispatcher.post(p + "/assign", Map.of("assigneeUnitId", w.unitB, "dueWorkingDays", 5,
                "note", "属规划部门职责")));
        assertThat(moved.get("assigneeUnitId").asLong()).isEqualTo(w.unitB);
        assertThat(moved.get("status").asText()).isEqualTo("ASSIGNED");
        assertThat(moved.get("dueDate").asText()).isEqualTo("2024-07-22");
        assertThat(as(w.reporterA).post(p + "/accept", null).status()).as("no longer A's").isEqualTo(403);
        assertThat(ok(as(w.reporterA).get(p)).get("id").asLong()).as("still on A's project").isEqualTo(id);
        ok(as(w.reporterB).post(p + "/accept", null));
        ok(as(w.reporterB).post(p + "/resolve", note("已出具规划条件")));
        assertThat(dispatcher.post(p + "/assign", Map.of("assigneeUnitId", w.unitA)).status()).isEqualTo(409);
        ok(as(w.supervisor).post(p + "/verify", null));
        assertThat(timeline(ok(dispatcher.get(p)), "action")).containsExactly("CREATE", "ASSIGN", "ACCEPT", "RESOLVE",
                "VERIFY");
    }

    // ---- lists and scope -----------------------------------------------------------------------------------

    @Test
    void theListIsFilteredAndFollowsTheScope() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectA = project(dispatcher, "列表甲", w.countyA, w.unitA);
        long projectB = project(dispatcher, "列表乙", w.countyB, w.unitB);
        long a1 = created(dispatcher.post("/api/problems", problem(projectA, "甲1", "LAND", w.unitA, 3))).id();
        long a2 = created(dispatcher.post("/api/problems", problem(projectA, "甲项目交乙", "FUNDING", w.unitB, 3))).id();
        long b1 = created(dispatcher.post("/api/problems", problem(projectB, "乙1", "LAND", w.unitB, 3))).id();
        long n1 = created(dispatcher.post("/api/problems", problem(null, "无项目甲", "OTHER", w.unitA, 3))).id();
        long n2 = created(dispatcher.post("/api/problems", problem(null, "无项目乙", "OTHER", w.unitB, 3))).id();
        ok(as(w.reporterA).post("/api/problems/" + a1 + "/accept", null));
        ok(as(w.reporterB).post("/api/problems/" + b1 + "/resolve", null));

        assertThat(ids(dispatcher.get("/api/problems"))).containsExactly(a1, a2, b1, n1, n2);
        assertThat(ids(dispatcher.get("/api/problems?status=ACCEPTED"))).containsExactly(a1);
        assertThat(ids(dispatcher.get("/api/problems?status=RESOLVED"))).containsExactly(b1);
        assertThat(ids(dispatcher.get("/api/problems?assigneeUnitId=" + w.unitB))).containsExactly(a2, b1, n2);
        assertThat(ids(dispatcher.get("/api/problems?projectId=" + projectA))).containsExactly(a1, a2);
        assertThat(ids(dispatcher.get("/api/problems?projectId=" + projectA + "&assigneeUnitId=" + w.unitB)))
                .containsExactly(a2);
        assertThat(ids(dispatcher.get("/api/problems?category=LAND"))).containsExactly(a1, b1);
        assertThat(ids(dispatcher.get("/api/problems?overdue=true"))).as("nothing is due before 07-16").isEmpty();
        assertThat(ids(dispatcher.get("/api/problems?overdue=false"))).containsExactly(a1, a2, b1, n1, n2);
        invalid(dispatcher.get("/api/problems?status=OPEN"), "status");
        invalid(dispatcher.get("/api/problems?overdue=maybe"), "overdue");
        invalid(dispatcher.get("/api/problems?assigneeUnitId=abc"), "assigneeUnitId");

        // a reporter: problems assigned to its unit, or on its unit's projects
        assertThat(ids(as(w.reporterA).get("/api/problems"))).containsExactly(a1, a2, n1);
        assertThat(ids(as(w.reporterB).get("/api/problems"))).containsExactly(a2, b1, n2);
        // region-bounded users: problems of projects in the region, and of units in the region
        assertThat(ids(as(w.countyLeaderA).get("/api/problems"))).containsExactly(a1, a2, n1);
        assertThat(ids(as(w.leaderUser).get("/api/problems"))).containsExactly(a1, a2, b1, n1, n2);
        assertThat(ids(as(w.supervisor).get("/api/problems?status=ASSIGNED"))).containsExactly(a2, n1, n2);
        assertThat(ids(admin().get("/api/problems?projectId=" + projectB))).as("the whole system").containsExactly(b1);
        assertThat(as(w.auditor).get("/api/problems").status()).isEqualTo(403);
        assertThat(as(w.adminOnly).get("/api/problems").status()).isEqualTo(403);

        assertThat(as(w.reporterB).get("/api/problems/" + a1).status()).isEqualTo(403);
        assertThat(as(w.reporterA).get("/api/problems/" + b1).status()).isEqualTo(403);
        assertThat(as(w.countyLeaderA).get("/api/problems/" + b1).status()).isEqualTo(403);
        assertThat(as(w.countyLeaderA).get("/api/problems/" + n2).status()).isEqualTo(403);
        ok(as(w.countyLeaderA).get("/api/problems/" + a2));
        ok(as(w.reporterB).get("/api/problems/" + a2));
        assertThat(as(w.auditor).get("/api/problems/" + a1).status()).isEqualTo(403);
    }

    // ---- notifications -------------------------------------------------------------------------------------

    private static List<String> kinds(Api reporter, long problemId) {
        List<String> out = new ArrayList<>();
        ok(reporter.get("/api/notifications")).body().forEach(n -> {
            if (n.get("link").asText().equals("/problems/" + problemId)) {
                out.add(n.get("kind").asText());
            }
        });
        java.util.Collections.reverse(out);
        return out;
    }

    /** Notifications are written after commit: waits until the unit has {@code n} about the problem. */
    private static void awaitKinds(Api reporter, long problemId, int n) {
        Eventually.assertThat(() -> assertThat(kinds(reporter, problemId)).hasSizeGreaterThanOrEqualTo(n));
    }

    @Test
    void theAssigneeUnitIsNotified() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, "通知项目", w.countyA, w.unitA);
        long id = created(dispatcher.post("/api/problems", problem(projectId, "资金未拨付", "FUNDING", w.unitA, 3))).id();
        String p = "/api/problems/" + id;
        Api unitA = as(w.reporterA);
        Api unitB = as(w.reporterB);
        awaitKinds(unitA, id, 1);
        assertThat(kinds(unitA, id)).containsExactly("PROBLEM_ASSIGNED");
        var first = ok(unitA.get("/api/notifications")).body().get(0);
        assertThat(first.get("title").asText()).contains("资金未拨付");
        assertThat(first.get("body").asText()).contains("2024-07-18");

        assertThat(unitA.post(p + "/remind", note("x")).status()).isEqualTo(403);
        var reminded = ok(as(w.supervisor).post(p + "/remind", note("请于本周内反馈")));
        assertThat(timeline(reminded, "action")).endsWith("REMIND");
        awaitKinds(unitA, id, 2);
        ok(dispatcher.post(p + "/escalate", note("提请包抓领导协调")));
        awaitKinds(unitA, id, 3);
        ok(unitA.post(p + "/resolve", note("已拨付")));
        ok(dispatcher.post(p + "/reopen", note("资金未足额到位")));
        awaitKinds(unitA, id, 4);
        assertThat(kinds(unitA, id)).containsExactly("PROBLEM_ASSIGNED", "PROBLEM_REMINDER", "PROBLEM_ESCALATED",
                "PROBLEM_REOPENED");
        assertThat(kinds(unitB, id)).isEmpty();

        ok(dispatcher.post(p + "/assign", Map.of("assigneeUnitId", w.unitB, "note", "转财政部门")));
        awaitKinds(unitB, id, 1);
        assertThat(kinds(unitB, id)).containsExactly("PROBLEM_ASSIGNED");
    }

    // ---- attachments ---------------------------------------------------------------------------------------

    private static final byte[] PNG = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A},
            "fake image data".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] JPG = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
            "JFIF photo".getBytes(StandardCharsets.US_ASCII));
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("关于项目用地问题的情况说明");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("台账").createRow(0).createCell(0).setCellValue("问题");
            wb.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<byte[]> download(String username, String path) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(username, PASSWORD)).GET().build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void photosAndDocumentsAreAttachedOthersRefused() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, "附件项目", w.countyA, w.unitA);
        long id = created(dispatcher.post("/api/problems", problem(projectId, "现场阻工", "OBSTRUCTION", w.unitA, 3)))
                .id();
        long other = created(dispatcher.post("/api/problems", problem(projectId, "另一个", "OTHER", w.unitA, 3))).id();
        String path = "/api/problems/" + id + "/attachments";

        Map<String, byte[]> accepted = new LinkedHashMap<>();
        accepted.put("现场照片.png", PNG);
        accepted.put("IMG_0001.JPG", JPG);
        accepted.put("photo.jpeg", JPG);
        accepted.put("情况说明.pdf", PDF);
        accepted.put("情况说明.docx", docx());
        accepted.put("问题清单.xlsx", xlsx());
        Map<String, Long> ids = new LinkedHashMap<>();
        for (var e : accepted.entrySet()) {
            var r = upload(w.reporterA, path, "file", e.getKey(), e.getValue());
            assertThat(r.status()).as("%s: %s", e.getKey(), r).isEqualTo(201);
            assertThat(r.get("filename").asText()).isEqualTo(e.getKey());
            assertThat(r.get("size").asLong()).isEqualTo(e.getValue().length);
            ids.put(e.getKey(), r.id());
        }
        Map<String, String> types = Map.of("现场照片.png", "image/png", "IMG_0001.JPG", "image/jpeg",
                "photo.jpeg", "image/jpeg", "情况说明.pdf", "application/pdf",
                "情况说明.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "问题清单.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        for (var e : ids.entrySet()) {
            var r = download(w.leaderUser, path + "/" + e.getValue());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(e.getKey())
                    .startsWith(types.get(e.getKey()));
            assertThat(r.body()).isEqualTo(accepted.get(e.getKey()));
        }
        assertThat(download(w.reporterA, path + "/" + ids.get("情况说明.docx")).headers()
                .firstValue("Content-Disposition").orElse("")).contains("attachment");
        var detail = ok(dispatcher.get("/api/problems/" + id));
        assertThat(detail.get("attachments")).hasSize(6);

        // refused: other types, disguised types, empty, too large, no file
        invalid(upload(w.reporterA, path, "file", "setup.exe", concat("MZ".getBytes(), PNG)), "file");
        invalid(upload(w.reporterA, path, "file", "notes.txt", "hello".getBytes()), "file");
        invalid(upload(w.reporterA, path, "file", "noextension", PNG), "file");
        invalid(upload(w.reporterA, path, "file", "photo.png", PDF), "file");
        invalid(upload(w.reporterA, path, "file", "scan.pdf", PNG), "file");
        invalid(upload(w.reporterA, path, "file", "photo.jpg", concat("GIF89a".getBytes(), PNG)), "file");
        invalid(upload(w.reporterA, path, "file", "report.docx", xlsx()), "file");
        invalid(upload(w.reporterA, path, "file", "sheet.xlsx", docx()), "file");
        invalid(upload(w.reporterA, path, "file", "archive.docx", concat(new byte[] {'P', 'K', 3, 4}, PNG)), "file");
        invalid(upload(w.reporterA, path, "file", "empty.png", new byte[0]), "file");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        invalid(upload(w.reporterA, path, "file", "big.png", big), "file");
        invalid(upload(w.reporterA, path, "photo", "x.png", PNG), "file");
        byte[] limit = Arrays.copyOf(big, 10 * 1024 * 1024);
        assertThat(upload(w.reporterA, path, "file", "limit.png", limit).status()).as("exactly 10 MB").isEqualTo(201);
        assertThat(ok(dispatcher.get("/api/problems/" + id)).get("attachments")).hasSize(7);

        // who: the offices of the region, the assignee unit, the project's unit; others may not
        assertThat(upload(w.supervisor, path, "file", "督查照片.png", PNG).status()).isEqualTo(201);
        assertThat(upload(w.reporterB, path, "file", "x.png", PNG).status()).isEqualTo(403);
        assertThat(upload(w.leaderUser, path, "file", "x.png", PNG).status()).isEqualTo(403);
        assertThat(upload(w.reporterA, "/api/problems/999999/attachments", "file", "x.png", PNG).status())
                .isEqualTo(404);
        assertThat(download(w.reporterB, path + "/" + ids.get("现场照片.png")).statusCode()).isEqualTo(403);
        assertThat(download(w.dispatcher, "/api/problems/" + other + "/attachments/" + ids.get("现场照片.png"))
                .statusCode()).as("not that problem's").isEqualTo(404);
        assertThat(download(w.dispatcher, path + "/999999").statusCode()).isEqualTo(404);

        ok(as(w.reporterA).post("/api/problems/" + id + "/resolve", null));
        ok(dispatcher.post("/api/problems/" + id + "/verify", null));
        assertThat(upload(w.reporterA, path, "file", "late.png", PNG).status()).as("closed").isEqualTo(409);
    }
}
