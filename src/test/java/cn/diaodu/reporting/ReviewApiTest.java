package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * CONTRACT §7: periods, review transitions allowed and refused (by role, scope and status), late and on-time reports,
 * zero reports, the status board and the history. Periods are global, so these tests use projects of 2023 and months
 * no other test opens. Today is 2024-07-15.
 */
class ReviewApiTest extends ApiTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate unitJdbc;

    /** A unit without a region, as older data may hold (the API now refuses to create one: issue 10). */
    private long legacyUnitWithoutRegion(String name) {
        unitJdbc.update("insert into unit(name, kind) values (?, 'DEPARTMENT')", name);
        return unitJdbc.queryForObject("select id from unit where name = ?", Long.class, name);
    }


    private long project(Api dispatcher, String name, String region, long unit) {
        Map<String, Object> body = project(name, region, unit, null, "1200");
        body.put("year", 2023);
        body.put("actualStart", "2023-01-05");
        return created(dispatcher.post("/api/projects", body)).id();
    }

    @Test
    void reviewTransitionsAndWhoMayDoThem() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporterA = as(w.reporterA);
        long id = project(dispatcher, "审核项目", w.countyA, w.unitA);
        String path = "/api/projects/" + id + "/reports/2023-02";

        assertThat(dispatcher.post(path + "/approve", null).status()).as("no report yet").isEqualTo(404);
        var first = ok(reporterA.put(path, report("100")));
        assertThat(first.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(first.get("late").asBoolean()).isFalse();

        assertThat(reporterA.post(path + "/approve", null).status()).isEqualTo(403);
        assertThat(as(w.leaderUser).post(path + "/approve", null).status()).isEqualTo(403);
        assertThat(as(w.supervisor).post(path + "/return", Map.of("reason", "x")).status()).isEqualTo(403);
        String countyB = user(admin(), "dispb" + w.province, List.of("DISPATCHER"), null, w.countyB);
        assertThat(as(countyB).post(path + "/approve", null).status()).as("dispatcher of another county")
                .isEqualTo(403);
        assertThat(dispatcher.post("/api/projects/999999/reports/2023-02/approve", null).status()).isEqualTo(404);

        invalid(dispatcher.post(path + "/return", Map.of("reason", " ")), "reason");
        invalid(dispatcher.post(path + "/return", null), "reason");
        var returned = ok(dispatcher.post(path + "/return", Map.of("reason", "数据与台账不符")));
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("reason").asText()).isEqualTo("数据与台账不符");
        assertThat(dispatcher.post(path + "/approve", null).status()).as("a returned report waits for the reporter")
                .isEqualTo(409);
        assertThat(dispatcher.post(path + "/return", Map.of("reason", "again")).status()).isEqualTo(409);

        var resubmitted = ok(reporterA.put(path, report("90")));
        assertThat(resubmitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.get("reason").isNull()).isTrue();

        assertThat(dispatcher.post(path + "/unlock", Map.of("reason", "x")).status()).as("not approved")
                .isEqualTo(409);
        assertThat(ok(dispatcher.post(path + "/approve", null)).get("status").asText()).isEqualTo("APPROVED");
        assertThat(dispatcher.post(path + "/approve", null).status()).isEqualTo(409);
        assertThat(reporterA.put(path, report("95")).status()).as("approved is locked").isEqualTo(409);
        assertThat(dispatcher.put(path, report("95")).status()).as("for the dispatcher too").isEqualTo(409);
        assertThat(ok(dispatcher.get(path)).get("investment").decimalValue()).isEqualByComparingTo("90");

        invalid(dispatcher.post(path + "/unlock", Map.of("reason", "")), "reason");
        assertThat(reporterA.post(path + "/unlock", Map.of("reason", "please")).status()).isEqualTo(403);
        var unlocked = ok(dispatcher.post(path + "/unlock", Map.of("reason", "县区申请更正")));
        assertThat(unlocked.get("status").asText()).isEqualTo("SUBMITTED");
        ok(reporterA.put(path, report("95")));

        var history = ok(dispatcher.get(path + "/history")).body();
        List<String> steps = new ArrayList<>();
        history.forEach(v -> steps.add(v.get("status").asText() + ":" + v.get("by").asText() + ":"
                + v.get("investment").decimalValue().stripTrailingZeros().toPlainString() + ":"
                + (v.get("reason").isNull() ? "" : v.get("reason").asText())));
        assertThat(steps).containsExactly(
                "SUBMITTED:" + w.reporterA + ":100:",
                "RETURNED:" + w.dispatcher + ":100:数据与台账不符",
                "SUBMITTED:" + w.reporterA + ":90:",
                "APPROVED:" + w.dispatcher + ":90:",
                "SUBMITTED:" + w.dispatcher + ":90:县区申请更正",
                "SUBMITTED:" + w.reporterA + ":95:");
        assertThat(as(w.reporterB).get(path + "/history").status()).isEqualTo(403);
        assertThat(anonymous().get(path + "/history").status()).isEqualTo(401);
    }

    @Test
    void periodsDecideOnTimeLateNotYetOpenAndClosed() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporterA = as(w.reporterA);
        long id = project(dispatcher, "周期项目", w.countyA, w.unitA);

        assertThat(reporterA.post("/api/periods", Map.of("period", "2023-03", "opensAt", "2023-03-25T00:00:00+08:00",
                "deadline", "2023-04-05T18:00:00+08:00")).status()).isEqualTo(403);
        invalid(dispatcher.post("/api/periods", Map.of("period", "2023-13", "opensAt", "2023-03-25T00:00:00+08:00",
                "deadline", "2023-04-05T18:00:00+08:00")), "period");
        invalid(dispatcher.post("/api/periods", Map.of("period", "2023-03", "opensAt", "2023-04-25T00:00:00+08:00",
                "deadline", "2023-04-05T18:00:00+08:00")), "deadline");
        invalid(dispatcher.post("/api/periods", Map.of("period", "2023-03", "deadline", "2023-04-05T18:00:00+08:00")),
                "opensAt");

        // March: deadline long past → accepted and marked late.
        var march = created(dispatcher.post("/api/periods", Map.of("period", "2023-03", "opensAt",
                "2023-03-25T00:00:00+08:00", "deadline", "2023-04-05T18:00:00+08:00")));
        assertThat(march.get("period").asText()).isEqualTo("2023-03");
        assertThat(dispatcher.post("/api/periods", Map.of("period", "2023-03", "opensAt", "2023-03-25T00:00:00+08:00",
                "deadline", "2023-04-05T18:00:00+08:00")).status()).isEqualTo(409);
        var late = ok(reporterA.put("/api/projects/" + id + "/reports/2023-03", report("50")));
        assertThat(late.get("late").asBoolean()).isTrue();

        // April: open since long ago, deadline ahead → on time.
        created(dispatcher.post("/api/periods", Map.of("period", "2023-04", "opensAt", "2023-04-25T00:00:00+08:00",
                "deadline", "2099-01-01T00:00:00+08:00")));
        assertThat(ok(reporterA.put("/api/projects/" + id + "/reports/2023-04", report("50"))).get("late")
                .asBoolean()).isFalse();

        // May: not open yet → refused, nothing written.
        created(dispatcher.post("/api/periods", Map.of("period", "2023-05", "opensAt", "2099-01-01T00:00:00+08:00",
                "deadline", "2099-02-01T00:00:00+08:00")));
        invalid(reporterA.put("/api/projects/" + id + "/reports/2023-05", report("50")), "period");
        assertThat(dispatcher.get("/api/projects/" + id + "/reports/2023-05").status()).isEqualTo(404);

        // Closed: refused with 409; reopened: accepted again.
        ok(dispatcher.post("/api/periods/2023-04/close", null));
        assertThat(dispatcher.post("/api/periods/2023-04/close", null).status()).isEqualTo(409);
        assertThat(reporterA.put("/api/projects/" + id + "/reports/2023-04", report("60")).status()).isEqualTo(409);
        ok(dispatcher.post("/api/periods/2023-04/reopen", null));
        ok(reporterA.put("/api/projects/" + id + "/reports/2023-04", report("60")));
        assertThat(dispatcher.get("/api/periods/2023-11").status()).isEqualTo(404);

        // CONTRACT §3: an auditor reads the audit log, nothing else; every other role reads the periods
        for (String path : List.of("/api/periods", "/api/periods/2023-03", "/api/periods/2023-11")) {
            assertThat(as(w.auditor).get(path).status()).as("auditor: %s", path).isEqualTo(403);
        }
        String auditingLeader = user(admin(), "audlead" + w.province, List.of("AUDITOR", "LEADER"), null, null);
        for (String who : List.of(w.dispatcher, w.reporterA, w.leaderUser, w.supervisor, w.adminOnly,
                auditingLeader)) {
            assertThat(ok(as(who).get("/api/periods")).body().toString()).as(who).contains("2023-03");
            assertThat(ok(as(who).get("/api/periods/2023-03")).get("period").asText()).as(who).isEqualTo("2023-03");
        }
        assertThat(dispatcher.post("/api/periods/2023-11/close", null).status()).isEqualTo(404);
    }

    @Test
    void theDeadlineItselfIsOnTime() {
        var deadline = java.time.OffsetDateTime.parse("2024-08-05T18:00:00+08:00");
        assertThat(ReportService.isLate(deadline, deadline)).isFalse();
        assertThat(ReportService.isLate(deadline.plusNanos(1_000_000), deadline)).isTrue();
        assertThat(ReportService.isLate(deadline.minusSeconds(1), deadline)).isFalse();
        var opens = java.time.OffsetDateTime.parse("2024-07-25T00:00:00+08:00");
        assertThat(ReportService.isOpen(opens, opens)).isTrue();
        assertThat(ReportService.isOpen(opens.minusNanos(1_000_000), opens)).isFalse();
    }

    @Test
    void zeroReportsAndTheStatusBoard() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporterA = as(w.reporterA);
        long a1 = project(dispatcher, "甲一", w.countyA, w.unitA);
        long a2 = project(dispatcher, "甲二", w.countyA, w.unitA);
        long a3 = project(dispatcher, "甲三", w.countyA, w.unitA);
        long a4 = project(dispatcher, "甲四", w.countyA, w.unitA);
        long b1 = project(dispatcher, "乙一", w.countyB, w.unitB);
        String m = "2023-06";
        ok(reporterA.put("/api/projects/" + a1 + "/reports/" + m, report("10")));
        ok(reporterA.put("/api/projects/" + a2 + "/reports/" + m, report("20")));
        ok(dispatcher.post("/api/projects/" + a2 + "/reports/" + m + "/approve", null));
        ok(reporterA.put("/api/projects/" + a3 + "/reports/" + m, report("30")));
        ok(dispatcher.post("/api/projects/" + a3 + "/reports/" + m + "/return", Map.of("reason", "补充说明")));

        var board = ok(dispatcher.get("/api/periods/" + m + "/status"));
        var a = line(board, w.unitA);
        assertThat(a.get("projects").asInt()).isEqualTo(4);
        assertThat(a.get("submitted").asInt()).isEqualTo(1);
        assertThat(a.get("approved").asInt()).isEqualTo(1);
        assertThat(a.get("returned").asInt()).isEqualTo(1);
        assertThat(a.get("missing").asInt()).isEqualTo(1);
        assertThat(a.get("zero").asInt()).isZero();
        assertThat(a.get("late").asInt()).isZero();
        assertThat(a.get("unitName").asText()).startsWith("甲县发改局");
        assertThat(line(board, w.unitB).get("missing").asInt()).isEqualTo(1);

        assertThat(as(w.reporterB).post("/api/periods/" + m + "/units/" + w.unitA + "/zero", null).status())
                .isEqualTo(403);
        // a dispatcher bounded to county B: county A's unit is outside the scope (403, nothing written, not 200
        // with nothing created); an unknown unit stays 404
        String countyB = user(admin(), "zdispb" + w.province, List.of("DISPATCHER"), null, w.countyB);
        assertThat(as(countyB).post("/api/periods/" + m + "/units/" + w.unitA + "/zero", null).status())
                .as("a unit outside the dispatcher's region").isEqualTo(403);
        assertThat(dispatcher.get("/api/projects/" + a4 + "/reports/" + m).status()).as("nothing written")
                .isEqualTo(404);
        assertThat(as(countyB).post("/api/periods/" + m + "/units/999999/zero", null).status()).isEqualTo(404);
        // a unit without a region is within the scope of a user without a region only
        long noRegion = legacyUnitWithoutRegion("无区域单位" + w.province);
        assertThat(dispatcher.post("/api/periods/" + m + "/units/" + noRegion + "/zero", null).status())
                .as("a unit without a region, for a dispatcher bounded to the province").isEqualTo(403);
        String everywhere = user(admin(), "zdispall" + w.province, List.of("DISPATCHER"), null, null);
        assertThat(ok(as(everywhere).post("/api/periods/" + m + "/units/" + noRegion + "/zero", null))
                .get("created").asInt()).isZero();
        assertThat(reporterA.post("/api/periods/" + m + "/units/999999/zero", null).status()).isEqualTo(404);
        var zero = ok(reporterA.post("/api/periods/" + m + "/units/" + w.unitA + "/zero", null));
        assertThat(zero.get("created").asInt()).isEqualTo(1);
        var z = ok(dispatcher.get("/api/projects/" + a4 + "/reports/" + m));
        assertThat(z.get("zero").asBoolean()).isTrue();
        assertThat(z.get("investment").decimalValue()).isZero();
        assertThat(ok(dispatcher.get("/api/projects/" + a1 + "/reports/" + m)).get("investment").decimalValue())
                .as("reports already there are left alone").isEqualByComparingTo("10");
        assertThat(ok(reporterA.post("/api/periods/" + m + "/units/" + w.unitA + "/zero", null)).get("created")
                .asInt()).as("a second zero report adds nothing").isZero();

        var after = line(ok(dispatcher.get("/api/periods/" + m + "/status")), w.unitA);
        assertThat(after.get("missing").asInt()).isZero();
        assertThat(after.get("zero").asInt()).isEqualTo(1);
        assertThat(after.get("submitted").asInt()).isEqualTo(2);

        var reporterBoard = ok(as(w.reporterB).get("/api/periods/" + m + "/status"));
        assertThat(reporterBoard.body()).as("a reporter sees its own unit only").hasSize(1);
        assertThat(reporterBoard.body().get(0).get("unitId").asLong()).isEqualTo(w.unitB);
        assertThat(as(w.auditor).get("/api/periods/" + m + "/status").status()).isEqualTo(403);
        invalid(dispatcher.get("/api/periods/2023-6/status"), "period");
        assertThat(b1).isPositive();
        var ownCounty = ok(as(countyB).post("/api/periods/" + m + "/units/" + w.unitB + "/zero", null));
        assertThat(ownCounty.get("created").asInt()).as("the dispatcher's own county").isEqualTo(1);
        assertThat(ownCounty.get("reports").get(0).get("projectId").asLong()).isEqualTo(b1);
    }

    private static com.fasterxml.jackson.databind.JsonNode line(Api.Res board, long unitId) {
        for (var l : board.body()) {
            if (l.get("unitId").asLong() == unitId) {
                return l;
            }
        }
        throw new AssertionError("unit " + unitId + " not on the board: " + board);
    }
}
