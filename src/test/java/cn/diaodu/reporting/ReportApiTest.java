package cn.diaodu.reporting;

import static cn.diaodu.support.Exact.json;
import static cn.diaodu.support.Exact.number;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * PUT and GET /api/projects/{id}/reports/{period} and …/history (CONTRACT §5, §7): values, replacement with history,
 * who may report, and every 422. Today is 2024-07-15.
 */
class ReportApiTest extends ApiTest {

    record Setup(World w, long a, long b) {
    }

    /** Project a in countyA led by unitA, project b in countyB led by unitB; year 2024. */
    private Setup setup() {
        World w = world();
        Api disp = as(w.dispatcher);
        long a = created(disp.post("/api/projects", project("甲项目", w.countyA, w.unitA, w.leader1, "1200"))).id();
        long b = created(disp.post("/api/projects", project("乙项目", w.countyB, w.unitB, w.leader2, "800"))).id();
        return new Setup(w, a, b);
    }

    private static String path(long id, String period) {
        return "/api/projects/" + id + "/reports/" + period;
    }

    private static Map<String, Object> body(Object investment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("investment", investment);
        m.put("progress", "主体结构完成60%");
        m.put("workersOnSite", 120);
        return m;
    }

    @Test
    void putAndGetAReport() {
        Setup s = setup();
        Api rep = as(s.w().reporterA);
        JsonNode put = json(ok(rep.put(path(s.a(), "2024-06"), body(new BigDecimal("1234.56")))));
        number(put, "investment", "1234.56");
        assertThat(put.get("period").asText()).isEqualTo("2024-06");
        assertThat(put.get("projectId").asLong()).isEqualTo(s.a());
        assertThat(put.get("progress").asText()).isEqualTo("主体结构完成60%");
        assertThat(put.get("workersOnSite").asInt()).isEqualTo(120);
        assertThat(put.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(put.get("late").asBoolean()).isFalse();
        JsonNode got = json(ok(rep.get(path(s.a(), "2024-06"))));
        assertThat(got).isEqualTo(put);
        // readers in scope read it too
        for (String who : List.of(s.w().dispatcher, s.w().leaderUser, s.w().countyLeaderA, s.w().supervisor)) {
            assertThat(json(ok(as(who).get(path(s.a(), "2024-06"))))).as(who).isEqualTo(put);
        }
        // the month of today is accepted; zero is an amount; the progress and workers are optional
        ok(rep.put(path(s.a(), "2024-07"), Map.of("investment", 0)));
        number(json(ok(rep.get(path(s.a(), "2024-07")))), "investment", "0");
        ok(rep.put(path(s.a(), "2024-01"), Map.of("investment", new BigDecimal("0.01"))));
        // integers and trailing zeros are fine
        ok(rep.put(path(s.a(), "2024-02"), Map.of("investment", new BigDecimal("12.300"))));
        number(json(ok(rep.get(path(s.a(), "2024-02")))), "investment", "12.3");
        // the list of the project's reports, January first
        JsonNode all = json(ok(rep.get("/api/projects/" + s.a() + "/reports")));
        assertThat(all).hasSize(4);
        assertThat(all.get(0).get("period").asText()).isEqualTo("2024-01");
        assertThat(all.get(3).get("period").asText()).isEqualTo("2024-07");
    }

    @Test
    void puttingAMonthAgainReplacesItAndKeepsTheHistory() {
        Setup s = setup();
        ok(as(s.w().reporterA).put(path(s.a(), "2024-05"), body(new BigDecimal("100"))));
        Map<String, Object> second = body(new BigDecimal("150.50"));
        second.put("progress", "封顶");
        second.put("workersOnSite", 80);
        ok(as(s.w().dispatcher).put(path(s.a(), "2024-05"), second));
        JsonNode now = json(ok(as(s.w().reporterA).get(path(s.a(), "2024-05"))));
        number(now, "investment", "150.50");
        assertThat(now.get("progress").asText()).isEqualTo("封顶");
        assertThat(now.get("workersOnSite").asInt()).isEqualTo(80);

        ok(as(s.w().reporterA).put(path(s.a(), "2024-05"), body(new BigDecimal("149"))));
        JsonNode history = json(ok(as(s.w().reporterA).get(path(s.a(), "2024-05") + "/history")));
        assertThat(history).hasSize(3);
        // oldest first, with who and the values of each version
        assertThat(history.get(0).get("by").asText()).isEqualTo(s.w().reporterA);
        number(history.get(0), "investment", "100");
        assertThat(history.get(0).get("progress").asText()).isEqualTo("主体结构完成60%");
        assertThat(history.get(1).get("by").asText()).isEqualTo(s.w().dispatcher);
        number(history.get(1), "investment", "150.50");
        assertThat(history.get(1).get("progress").asText()).isEqualTo("封顶");
        assertThat(history.get(2).get("by").asText()).isEqualTo(s.w().reporterA);
        number(history.get(2), "investment", "149");
        for (JsonNode v : history) {
            // an instant on today, 2024-07-15 in China
            assertThat(java.time.OffsetDateTime.parse(v.get("at").asText())
                    .atZoneSameInstant(java.time.ZoneId.of("Asia/Shanghai")).toLocalDate())
                    .isEqualTo(java.time.LocalDate.of(2024, 7, 15));
            assertThat(v.get("status").asText()).isEqualTo("SUBMITTED");
            assertThat(v.has("reason")).isTrue();
        }
        assertThat(java.time.OffsetDateTime.parse(history.get(0).get("at").asText()))
                .isBeforeOrEqualTo(java.time.OffsetDateTime.parse(history.get(2).get("at").asText()));
        // only the latest counts in the figures: 149 of 1200 in June → 12.42 %
        JsonNode rows = json(ok(as(s.w().dispatcher).get("/api/analysis/projects?year=2024&month=6&regionCode="
                + s.w().countyA)));
        number(rows.get(0), "completed", "149");
        number(rows.get(0), "completionRate", "12.42");
        // a month never reported: its history is empty, its report unknown
        assertThat(json(ok(as(s.w().reporterA).get(path(s.a(), "2024-04") + "/history")))).isEmpty();
    }

    @Test
    void whoMayReport() {
        Setup s = setup();
        Map<String, Object> b = body(new BigDecimal("10"));
        // the reporter of the lead unit and the dispatcher of the region report
        ok(as(s.w().reporterA).put(path(s.a(), "2024-03"), b));
        ok(as(s.w().reporterB).put(path(s.b(), "2024-03"), b));
        ok(as(s.w().dispatcher).put(path(s.b(), "2024-04"), b));
        // a reporter of another unit, readers, the audit and admin roles do not
        for (String who : List.of(s.w().reporterB, s.w().leaderUser, s.w().countyLeaderA, s.w().supervisor,
                s.w().auditor, s.w().adminOnly)) {
            assertThat(as(who).put(path(s.a(), "2024-05"), b).status()).as(who).isEqualTo(403);
        }
        // a dispatcher of the other county, or of another province
        String countyBDispatcher = user(admin(), "rbdisp" + s.w().province, List.of("DISPATCHER"), null,
                s.w().countyB);
        assertThat(as(countyBDispatcher).put(path(s.a(), "2024-05"), b).status()).isEqualTo(403);
        ok(as(countyBDispatcher).put(path(s.b(), "2024-05"), b));
        World other = world();
        assertThat(as(other.dispatcher).put(path(s.a(), "2024-05"), b).status()).isEqualTo(403);
        // the refused puts wrote nothing
        assertThat(as(s.w().reporterA).get(path(s.a(), "2024-05")).status()).isEqualTo(404);
        assertThat(json(ok(as(s.w().reporterA).get(path(s.a(), "2024-05") + "/history")))).isEmpty();
        // 403 comes before 422: a reporter of another unit learns nothing about the input
        assertThat(as(s.w().reporterB).put(path(s.a(), "2099-99"), body(-1)).status()).isEqualTo(403);
    }

    @Test
    void whoMayReadReports() {
        Setup s = setup();
        ok(as(s.w().reporterA).put(path(s.a(), "2024-03"), body(new BigDecimal("10"))));
        ok(as(s.w().reporterB).put(path(s.b(), "2024-03"), body(new BigDecimal("20"))));
        for (String suffix : List.of("", "/history")) {
            assertThat(as(s.w().reporterB).get(path(s.a(), "2024-03") + suffix).status()).isEqualTo(403);
            assertThat(as(s.w().reporterA).get(path(s.b(), "2024-03") + suffix).status()).isEqualTo(403);
            assertThat(as(s.w().countyLeaderA).get(path(s.b(), "2024-03") + suffix).status()).isEqualTo(403);
            assertThat(as(s.w().countyLeaderA).get(path(s.a(), "2024-03") + suffix).status()).isEqualTo(200);
            assertThat(as(s.w().auditor).get(path(s.a(), "2024-03") + suffix).status()).isEqualTo(403);
            assertThat(as(s.w().adminOnly).get(path(s.a(), "2024-03") + suffix).status()).isEqualTo(403);
            assertThat(as(s.w().supervisor).get(path(s.b(), "2024-03") + suffix).status()).isEqualTo(200);
        }
        assertThat(as(s.w().reporterB).get("/api/projects/" + s.a() + "/reports").status()).isEqualTo(403);
    }

    @Test
    void unknownProjectsAndMonthsAre404() {
        Setup s = setup();
        Api rep = as(s.w().reporterA);
        assertThat(rep.put(path(987654321, "2024-05"), body(1)).status()).isEqualTo(404);
        assertThat(rep.get(path(987654321, "2024-05")).status()).isEqualTo(404);
        assertThat(rep.get(path(987654321, "2024-05") + "/history").status()).isEqualTo(404);
        assertThat(rep.get(path(s.a(), "2024-05")).status()).isEqualTo(404);
    }

    @Test
    void withoutTokenIs401() {
        Setup s = setup();
        assertThat(anonymous().put(path(s.a(), "2024-05"), body(1)).status()).isEqualTo(401);
        assertThat(anonymous().get(path(s.a(), "2024-05")).status()).isEqualTo(401);
        assertThat(anonymous().get(path(s.a(), "2024-05") + "/history").status()).isEqualTo(401);
        assertThat(anonymous().as("forged").put(path(s.a(), "2024-05"), body(1)).status()).isEqualTo(401);
    }

    /** Puts, expects 422 naming the field, then checks that the month has no report and no history. */
    private void refused(Setup s, String period, Object body, String field) {
        Api rep = as(s.w().reporterA);
        invalid(rep.put(path(s.a(), period), body), field);
        if (period.matches("\\d{4}-\\d{2}") && !period.endsWith("-00") && Integer.parseInt(period.substring(5)) <= 12) {
            assertThat(rep.get(path(s.a(), period)).status()).as("nothing written for %s", period).isEqualTo(404);
            assertThat(json(ok(rep.get(path(s.a(), period) + "/history")))).isEmpty();
        }
    }

    @Test
    void everyRuleIsAnswered422AndNothingIsWritten() {
        Setup s = setup();
        BigDecimal ten = BigDecimal.TEN;
        refused(s, "2024-05", body(new BigDecimal("-0.01")), "investment");
        refused(s, "2024-05", body(new BigDecimal("1.234")), "investment");
        refused(s, "2024-05", body(null), "investment");
        refused(s, "2024-05", Map.of("progress", "无投资数"), "investment");
        refused(s, "2024-05", body("abc"), "investment");
        refused(s, "2024-05", body(List.of(1)), "investment");
        Map<String, Object> workers = body(ten);
        workers.put("workersOnSite", -3);
        refused(s, "2024-05", workers, "workersOnSite");
        Map<String, Object> workersType = body(ten);
        workersType.put("workersOnSite", "many");
        refused(s, "2024-05", workersType, "workersOnSite");
        // the period: in the project's year, not after the current month (today 2024-07-15), well formed
        refused(s, "2023-12", body(ten), "period");
        refused(s, "2025-01", body(ten), "period");
        refused(s, "2024-08", body(ten), "period");
        refused(s, "2024-12", body(ten), "period");
        refused(s, "2024-7", body(ten), "period");
        refused(s, "202407", body(ten), "period");
        refused(s, "2024-13", body(ten), "period");
        refused(s, "2024-00", body(ten), "period");
        refused(s, "July", body(ten), "period");
        // the same malformed periods on reading
        invalid(as(s.w().reporterA).get(path(s.a(), "2024-7")), "period");
        invalid(as(s.w().reporterA).get(path(s.a(), "2024-13") + "/history"), "period");
        // a progress text too long for the column, also when it only gets there with its spaces
        Map<String, Object> longText = body(ten);
        longText.put("progress", "长".repeat(2001));
        refused(s, "2024-05", longText, "progress");
        Map<String, Object> padded = body(ten);
        padded.put("progress", "长".repeat(1999) + "     ");
        Api.Res r = as(s.w().reporterA).put(path(s.a(), "2024-05"), padded);
        assertThat(r.status()).as("%s", r).isIn(200, 422);
        // a body that is not JSON at all
        assertThat(as(s.w().reporterA).put(path(s.a(), "2024-05"), "{not json").status()).isEqualTo(422);
        // an old value stays when its replacement is refused
        ok(as(s.w().reporterA).put(path(s.a(), "2024-06"), body(new BigDecimal("88.80"))));
        invalid(as(s.w().reporterA).put(path(s.a(), "2024-06"), body(new BigDecimal("-1"))), "investment");
        invalid(as(s.w().reporterA).put(path(s.a(), "2024-06"), body("abc")), "investment");
        number(json(ok(as(s.w().reporterA).get(path(s.a(), "2024-06")))), "investment", "88.8");
        assertThat(json(ok(as(s.w().reporterA).get(path(s.a(), "2024-06") + "/history")))).hasSize(1);
        // and 2024-07, the current month, is accepted
        ok(as(s.w().reporterA).put(path(s.a(), "2024-07"), body(ten)));
    }

    @Test
    void aProjectOfAnEarlierYearTakesReportsOfThatYear() {
        World w = world();
        Map<String, Object> old = project("旧项目", w.countyA, w.unitA, null, "100");
        old.put("year", 2023);
        long id = created(as(w.dispatcher).post("/api/projects", old)).id();
        ok(as(w.reporterA).put(path(id, "2023-12"), body(new BigDecimal("5"))));
        invalid(as(w.reporterA).put(path(id, "2024-01"), body(new BigDecimal("5"))), "period");
    }
}
