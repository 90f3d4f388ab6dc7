package cn.diaodu.analysis;

import static cn.diaodu.support.Exact.json;
import static cn.diaodu.support.Exact.number;
import static cn.diaodu.support.Exact.numbers;
import static cn.diaodu.support.Exact.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * GET /api/analysis/summary and /api/analysis/projects (CONTRACT §6): every figure against hand-computed numbers,
 * the four groupings, the REGION rule, ranks, scope and roles.
 *
 * <p>The scenario (year 2024, asked for month 6 unless said otherwise; amounts in 万元):
 * <pre>
 * P1 countyA         unitA leader1 INDUSTRY       a 1200 started 01-10     reports 01:100 03:200 07:50
 *                    M6: c 300 e 600 → 25.00 / 50.00 / −25.00 RED (gap)
 * P2 town (countyA)  unitA leader2 INFRASTRUCTURE a 2000 plan 0,0,0,0,100,100,300×6  started 05-20  reports 05:80 06:100
 *                    M6: c 180 e 200 → 9.00 / 10.00 / −1.00 GREEN
 * P3 countyB         unitB leader1 INDUSTRY       a 800  plan 0×6,100,100,150×4  not started, planned 05-15
 *                    M6: c 0 e 0 → 0 / 0 / 0, 46 days late → RED (start)
 * P4 city itself     unitB —       SOCIAL         a 500  started 02-01     reports 02..06: 40 each
 *                    M6: c 200 e 250 → 40.00 / 50.00 / −10.00 YELLOW (gap exactly −10)
 * P5 province itself unitA leader2 INDUSTRY       a 1000 started 03-01     reports 04:450
 *                    M6: c 450 e 500 → 45.00 / 50.00 / −5.00 GREEN
 * P6 countyB         unitB leader2 ECOLOGY        a 600  plan 0×6,100×6  not started, planned 06-10
 *                    M6: c 0 e 0 → 0 / 0 / 0, 20 days late → YELLOW (start)
 * P7 countyA, year 2023, a 100, report 2023-05: 50 (never in 2024's figures)
 * </pre>
 */
class AnalysisApiTest extends ApiTest {

    /** The scenario's world and project ids. */
    record Scenario(World w, String town, long p1, long p2, long p3, long p4, long p5, long p6, long p7) {
    }

    private Scenario scenario() {
        World w = world();
        Api admin = admin();
        String town = w.countyA + "001";
        created(admin.post("/api/regions", region(town, "甲镇" + w.province, "TOWN", w.countyA)));
        Api disp = as(w.dispatcher);
        Api repA = as(w.reporterA);
        Api repB = as(w.reporterB);

        var b1 = project("P1", w.countyA, w.unitA, w.leader1, "1200");
        long p1 = created(disp.post("/api/projects", b1)).id();

        var b2 = project("P2", town, w.unitA, w.leader2, "2000");
        b2.put("category", "INFRASTRUCTURE");
        b2.put("monthlyPlan", months("0", "0", "0", "0", "100", "100", "300", "300", "300", "300", "300", "300"));
        b2.put("actualStart", "2024-05-20");
        long p2 = created(disp.post("/api/projects", b2)).id();

        var b3 = project("P3", w.countyB, w.unitB, w.leader1, "800");
        b3.put("monthlyPlan", months("0", "0", "0", "0", "0", "0", "100", "100", "150", "150", "150", "150"));
        b3.put("actualStart", null);
        b3.put("plannedStart", "2024-05-15");
        long p3 = created(disp.post("/api/projects", b3)).id();

        var b4 = project("P4", w.city, w.unitB, null, "500");
        b4.put("category", "SOCIAL");
        b4.put("actualStart", "2024-02-01");
        long p4 = created(disp.post("/api/projects", b4)).id();

        var b5 = project("P5", w.province, w.unitA, w.leader2, "1000");
        b5.put("actualStart", "2024-03-01");
        long p5 = created(disp.post("/api/projects", b5)).id();

        var b6 = project("P6", w.countyB, w.unitB, w.leader2, "600");
        b6.put("category", "ECOLOGY");
        b6.put("monthlyPlan", months("0", "0", "0", "0", "0", "0", "100", "100", "100", "100", "100", "100"));
        b6.put("actualStart", null);
        b6.put("plannedStart", "2024-06-10");
        long p6 = created(disp.post("/api/projects", b6)).id();

        var b7 = project("P7", w.countyA, w.unitA, w.leader1, "100");
        b7.put("year", 2023);
        b7.put("actualStart", "2023-03-01");
        long p7 = created(disp.post("/api/projects", b7)).id();

        ok(repA.put("/api/projects/" + p1 + "/reports/2024-01", report("100")));
        ok(repA.put("/api/projects/" + p1 + "/reports/2024-03", report("200")));
        ok(repA.put("/api/projects/" + p1 + "/reports/2024-07", report("50")));
        ok(repA.put("/api/projects/" + p2 + "/reports/2024-05", report("80")));
        ok(repA.put("/api/projects/" + p2 + "/reports/2024-06", report("100")));
        for (String m : List.of("02", "03", "04", "05", "06")) {
            ok(repB.put("/api/projects/" + p4 + "/reports/2024-" + m, report("40")));
        }
        ok(repA.put("/api/projects/" + p5 + "/reports/2024-04", report("450")));
        ok(repA.put("/api/projects/" + p7 + "/reports/2023-05", report("50")));
        // a report replaced: only the latest figure of the month counts (P4's June: 40, 99, then 40 again)
        ok(repB.put("/api/projects/" + p4 + "/reports/2024-06", report("99")));
        ok(repB.put("/api/projects/" + p4 + "/reports/2024-06", report("40")));
        return new Scenario(w, town, p1, p2, p3, p4, p5, p6, p7);
    }

    private static JsonNode get(Api api, String path) {
        Api.Res r = api.get(path);
        ok(r);
        return json(r);
    }

    /** The figure fields shared by total and groups: projects, amounts, rates, start, warnings. */
    private static void figures(JsonNode n, int projects, String annualPlan, String completed, String completionRate,
            String expectedRate, String gap, int started, String startRate, int red, int yellow, int green) {
        assertThat(n.get("projects").asInt()).as("projects in %s", n).isEqualTo(projects);
        numbers(n, "annualPlan", annualPlan, "completed", completed, "completionRate", completionRate,
                "expectedRate", expectedRate, "gap", gap, "startRate", startRate);
        assertThat(n.get("started").asInt()).as("started in %s", n).isEqualTo(started);
        assertThat(List.of(n.get("red").asInt(), n.get("yellow").asInt(), n.get("green").asInt()))
                .as("red, yellow, green in %s", n).containsExactly(red, yellow, green);
    }

    private static List<String> keys(JsonNode groups) {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.get("key").isNull() ? null : g.get("key").asText()));
        return out;
    }

    private static List<Integer> ranks(JsonNode groups) {
        List<Integer> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.get("rank").asInt()));
        return out;
    }

    // ---- summary ---------------------------------------------------------------------------------------------

    @Test
    void summaryByRegionFromTheUsersRegion() {
        Scenario s = scenario();
        JsonNode r = get(as(s.w().dispatcher), "/api/analysis/summary?year=2024&month=6&groupBy=REGION");
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(r.get("month").asInt()).isEqualTo(6);
        // the month's time-elapsed schedule: 6 / 12 → 50.00
        number(r, "expectedRate", "50");
        // total P1..P6: a 6100, c 1130, e 1550 → 18.5245… → 18.52; 25.4098… → 25.41; gap −6.8852… → −6.89
        // started P1 P2 P4 P5 = 4 of 6 → 66.67; red P1 P3, yellow P4 P6, green P2 P5
        figures(r.get("total"), 6, "6100", "1130", "18.52", "25.41", "-6.89", 4, "66.67", 2, 2, 2);
        // root = the dispatcher's province: its one child, the city (whole subtree: P1 P2 P3 P4 P6),
        // and the projects placed on the province itself (P5) keyed by the province's code
        JsonNode groups = r.get("groups");
        assertThat(groups).hasSize(2);
        // province itself 45.00 ranks above the city 13.33
        assertThat(keys(groups)).containsExactly(s.w().province, s.w().city);
        assertThat(ranks(groups)).containsExactly(1, 2);
        JsonNode city = one(groups, "key", s.w().city);
        // city: a 5100, c 680, e 1050 → 13.33; 20.588… → 20.59; −7.2549… → −7.25; started 3 of 5 → 60.00
        figures(city, 5, "5100", "680", "13.33", "20.59", "-7.25", 3, "60", 2, 2, 1);
        assertThat(city.get("name").asText()).startsWith("测试市");
        figures(one(groups, "key", s.w().province), 1, "1000", "450", "45", "50", "-5", 1, "100", 0, 0, 1);
        assertThat(one(groups, "key", s.w().province).get("name").asText()).contains("测试省");
    }

    @Test
    void summaryByRegionBelowAGivenRegion() {
        Scenario s = scenario();
        JsonNode r = get(as(s.w().dispatcher),
                "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode=" + s.w().city);
        // total = the city's subtree (P5 on the province is outside)
        figures(r.get("total"), 5, "5100", "680", "13.33", "20.59", "-7.25", 3, "60", 2, 2, 1);
        JsonNode groups = r.get("groups");
        // city itself (P4) 40.00 → 1; countyA (P1, P2 via its town) 15.00 → 2; countyB (P3, P6) 0.00 → 3
        assertThat(keys(groups)).containsExactly(s.w().city, s.w().countyA, s.w().countyB);
        assertThat(ranks(groups)).containsExactly(1, 2, 3);
        // countyA: a 3200, c 480, e 800 → 15.00, 25.00, −10.00; both started; P1 red, P2 green
        figures(one(groups, "key", s.w().countyA), 2, "3200", "480", "15", "25", "-10", 2, "100", 1, 0, 1);
        // countyB: a 1400, nothing due, nothing done; neither started; P3 red, P6 yellow
        figures(one(groups, "key", s.w().countyB), 2, "1400", "0", "0", "0", "0", 0, "0", 1, 1, 0);
        figures(one(groups, "key", s.w().city), 1, "500", "200", "40", "50", "-10", 1, "100", 0, 1, 0);
    }

    @Test
    void summaryListsEveryRegionBelowTheRootEvenWithoutProjects() {
        Scenario s = scenario();
        Api admin = admin();
        String countyC = s.w().province.substring(0, 2) + "0104";
        created(admin.post("/api/regions", region(countyC, "丙县", "COUNTY", s.w().city)));
        JsonNode groups = get(as(s.w().dispatcher),
                "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode=" + s.w().city).get("groups");
        assertThat(keys(groups)).contains(countyC);
        figures(one(groups, "key", countyC), 0, "0", "0", "0", "0", "0", 0, "0", 0, 0, 0);
    }

    @Test
    void summaryOfACountyLeaderStaysInTheCounty() {
        Scenario s = scenario();
        Api lead = as(s.w().countyLeaderA);
        JsonNode r = get(lead, "/api/analysis/summary?year=2024&month=6&groupBy=REGION");
        // root = countyA: P1 (on the county) and P2 (on its town)
        figures(r.get("total"), 2, "3200", "480", "15", "25", "-10", 2, "100", 1, 0, 1);
        JsonNode groups = r.get("groups");
        assertThat(keys(groups)).containsExactly(s.w().countyA, s.town());
        assertThat(ranks(groups)).containsExactly(1, 2);
        figures(one(groups, "key", s.town()), 1, "2000", "180", "9", "10", "-1", 1, "100", 0, 0, 1);
        figures(one(groups, "key", s.w().countyA), 1, "1200", "300", "25", "50", "-25", 1, "100", 1, 0, 0);
        // the same with its own region named
        JsonNode same = get(lead,
                "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode=" + s.w().countyA);
        assertThat(same.get("total")).isEqualTo(r.get("total"));
        // another county, or the city above: outside the leader's scope
        assertThat(lead.get("/api/analysis/summary?year=2024&month=6&regionCode=" + s.w().countyB).status())
                .isEqualTo(403);
        assertThat(lead.get("/api/analysis/summary?year=2024&month=6&regionCode=" + s.w().city).status())
                .isEqualTo(403);
        assertThat(lead.get("/api/analysis/projects?year=2024&month=6&regionCode=" + s.w().countyB).status())
                .isEqualTo(403);
        // by unit, the county leader sees only unitA's projects of its county (P1, P2)
        JsonNode units = get(lead, "/api/analysis/summary?year=2024&month=6&groupBy=UNIT").get("groups");
        assertThat(keys(units)).containsExactly(String.valueOf(s.w().unitA));
    }

    @Test
    void summaryByUnit() {
        Scenario s = scenario();
        JsonNode r = get(as(s.w().dispatcher), "/api/analysis/summary?year=2024&month=6&groupBy=UNIT");
        JsonNode groups = r.get("groups");
        assertThat(keys(groups)).containsExactly(String.valueOf(s.w().unitA), String.valueOf(s.w().unitB));
        assertThat(ranks(groups)).containsExactly(1, 2);
        assertThat(groups.get(0).get("key").isNumber()).isTrue();
        // unitA P1 P2 P5: a 4200, c 930, e 1300 → 22.1428… → 22.14; 30.952… → 30.95; −8.8095… → −8.81
        JsonNode a = groups.get(0);
        figures(a, 3, "4200", "930", "22.14", "30.95", "-8.81", 3, "100", 1, 0, 2);
        assertThat(a.get("name").asText()).startsWith("甲县发改局");
        // unitB P3 P4 P6: a 1900, c 200, e 250 → 10.526… → 10.53; 13.157… → 13.16; −2.631… → −2.63; 1 of 3 started
        figures(groups.get(1), 3, "1900", "200", "10.53", "13.16", "-2.63", 1, "33.33", 1, 2, 0);
        figures(r.get("total"), 6, "6100", "1130", "18.52", "25.41", "-6.89", 4, "66.67", 2, 2, 2);
    }

    @Test
    void summaryByCategory() {
        Scenario s = scenario();
        JsonNode groups = get(as(s.w().dispatcher), "/api/analysis/summary?year=2024&month=6&groupBy=CATEGORY")
                .get("groups");
        // SOCIAL 40.00, INDUSTRY 25.00, INFRASTRUCTURE 9.00, ECOLOGY 0.00
        assertThat(keys(groups)).containsExactly("SOCIAL", "INDUSTRY", "INFRASTRUCTURE", "ECOLOGY");
        assertThat(ranks(groups)).containsExactly(1, 2, 3, 4);
        // INDUSTRY P1 P3 P5: a 3000, c 750, e 1100 → 25.00; 36.666… → 36.67; −11.666… → −11.67; started 2 of 3
        figures(one(groups, "key", "INDUSTRY"), 3, "3000", "750", "25", "36.67", "-11.67", 2, "66.67", 2, 0, 1);
        figures(one(groups, "key", "INFRASTRUCTURE"), 1, "2000", "180", "9", "10", "-1", 1, "100", 0, 0, 1);
        figures(one(groups, "key", "SOCIAL"), 1, "500", "200", "40", "50", "-10", 1, "100", 0, 1, 0);
        figures(one(groups, "key", "ECOLOGY"), 1, "600", "0", "0", "0", "0", 0, "0", 0, 1, 0);
    }

    @Test
    void summaryByLeaderWithANullKeyForProjectsWithoutLeader() {
        Scenario s = scenario();
        JsonNode groups = get(as(s.w().dispatcher), "/api/analysis/summary?year=2024&month=6&groupBy=LEADER")
                .get("groups");
        // none (P4) 40.00 → 1; leader2 (P2 P5 P6) 17.50 → 2; leader1 (P1 P3) 15.00 → 3
        assertThat(keys(groups)).containsExactly(null, String.valueOf(s.w().leader2), String.valueOf(s.w().leader1));
        assertThat(ranks(groups)).containsExactly(1, 2, 3);
        JsonNode none = groups.get(0);
        assertThat(none.has("key")).isTrue();
        assertThat(none.get("key").isNull()).isTrue();
        figures(none, 1, "500", "200", "40", "50", "-10", 1, "100", 0, 1, 0);
        // leader2: a 3600, c 630, e 700 → 17.50; 19.444… → 19.44; −1.944… → −1.94; started P2 P5
        JsonNode l2 = groups.get(1);
        figures(l2, 3, "3600", "630", "17.5", "19.44", "-1.94", 2, "66.67", 0, 1, 2);
        assertThat(l2.get("name").asText()).startsWith("李某");
        // leader1: a 2000, c 300, e 600 → 15.00, 30.00, −15.00; started P1
        figures(groups.get(2), 2, "2000", "300", "15", "30", "-15", 1, "50", 2, 0, 0);
    }

    @Test
    void theMonthDecidesWhichReportsCount() {
        Scenario s = scenario();
        Api disp = as(s.w().dispatcher);
        String county = "&regionCode=" + s.w().countyA;
        // M 7: P1 c 350 (July's 50 now counts), e 700 → 29.17 / 58.33 / −29.17;
        // P2 c 180, e 500 → 9.00 / 25.00 / −16.00 YELLOW
        JsonNode july = get(disp, "/api/analysis/summary?year=2024&month=7&groupBy=REGION" + county);
        number(july, "expectedRate", "58.33");
        // total a 3200, c 530, e 1200 → 16.5625 → 16.56; 37.50; −20.9375 → −20.94
        figures(july.get("total"), 2, "3200", "530", "16.56", "37.5", "-20.94", 2, "100", 1, 1, 0);
        JsonNode rows = get(disp, "/api/analysis/projects?year=2024&month=7" + county);
        numbers(one(rows, "id", String.valueOf(s.p1())), "completed", "350", "completionRate", "29.17",
                "expectedRate", "58.33", "gap", "-29.17");
        numbers(one(rows, "id", String.valueOf(s.p2())), "completed", "180", "completionRate", "9",
                "expectedRate", "25", "gap", "-16");
        // M 2: P1 c 100, e 200 → 8.33 / 16.67 / −8.33 GREEN; P2 nothing due yet; the 2023 project never counts
        JsonNode feb = get(disp, "/api/analysis/projects?year=2024&month=2" + county);
        assertThat(feb).hasSize(2);
        JsonNode p1 = one(feb, "id", String.valueOf(s.p1()));
        numbers(p1, "completed", "100", "completionRate", "8.33", "expectedRate", "16.67", "gap", "-8.33");
        assertThat(p1.get("warning").asText()).isEqualTo("GREEN");
        // P2 started 2024-05-20: not yet in February
        assertThat(one(feb, "id", String.valueOf(s.p2())).get("started").asBoolean()).isFalse();
    }

    @Test
    void anEarlierYearHasItsOwnProjectsAndReports() {
        Scenario s = scenario();
        JsonNode r = get(as(s.w().dispatcher), "/api/analysis/summary?year=2023&month=5&groupBy=REGION");
        assertThat(r.get("year").asInt()).isEqualTo(2023);
        // P7 only: a 100, c 50, e 41.666… → 50.00; 41.67; gap 8.333… → 8.33
        figures(r.get("total"), 1, "100", "50", "50", "41.67", "8.33", 1, "100", 0, 0, 1);
        JsonNode rows = get(as(s.w().dispatcher), "/api/analysis/projects?year=2023&month=5");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("id").asLong()).isEqualTo(s.p7());
    }

    @Test
    void ranksShareEqualRates() {
        World w = world();
        Api admin = admin();
        String pp = w.province.substring(0, 2);
        String countyC = pp + "0104";
        String countyD = pp + "0105";
        created(admin.post("/api/regions", region(countyC, "丙县", "COUNTY", w.city)));
        created(admin.post("/api/regions", region(countyD, "丁县", "COUNTY", w.city)));
        Api disp = as(w.dispatcher);
        // completion 50 % (A), 30 % (B), 30 % (C), 10 % (D) → ranks 1, 2, 2, 4
        Map<String, String> done = Map.of(w.countyA, "500", w.countyB, "300", countyC, "300", countyD, "100");
        for (var e : done.entrySet()) {
            long id = created(disp.post("/api/projects", project("R" + e.getKey(), e.getKey(), w.unitA, null, "1000")))
                    .id();
            ok(disp.put("/api/projects/" + id + "/reports/2024-03", report(e.getValue())));
        }
        JsonNode groups = get(disp, "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode=" + w.city)
                .get("groups");
        assertThat(groups).hasSize(4);
        assertThat(ranks(groups)).containsExactly(1, 2, 2, 4);
        assertThat(groups.get(0).get("key").asText()).isEqualTo(w.countyA);
        assertThat(groups.get(3).get("key").asText()).isEqualTo(countyD);
        assertThat(List.of(groups.get(1).get("key").asText(), groups.get(2).get("key").asText()))
                .containsExactlyInAnyOrder(w.countyB, countyC);
        number(groups.get(1), "completionRate", "30");
        number(groups.get(2), "completionRate", "30");
    }

    // ---- projects ----------------------------------------------------------------------------------------------

    @Test
    void projectsWithTheirFiguresWarningsAndReasons() {
        Scenario s = scenario();
        JsonNode rows = get(as(s.w().dispatcher), "/api/analysis/projects?year=2024&month=6");
        List<Long> ids = new ArrayList<>();
        rows.forEach(r -> ids.add(r.get("id").asLong()));
        assertThat(ids).containsExactly(s.p1(), s.p2(), s.p3(), s.p4(), s.p5(), s.p6());

        row(rows, s.p1(), "1200", "300", "25", "50", "-25", true, "RED");
        row(rows, s.p2(), "2000", "180", "9", "10", "-1", true, "GREEN");
        row(rows, s.p3(), "800", "0", "0", "0", "0", false, "RED");
        row(rows, s.p4(), "500", "200", "40", "50", "-10", true, "YELLOW");
        row(rows, s.p5(), "1000", "450", "45", "50", "-5", true, "GREEN");
        row(rows, s.p6(), "600", "0", "0", "0", "0", false, "YELLOW");

        JsonNode p1 = one(rows, "id", String.valueOf(s.p1()));
        assertThat(p1.get("name").asText()).isEqualTo("P1");
        assertThat(reasons(p1)).singleElement().asString().contains("25.00");
        assertThat(reasons(p1)).singleElement().asString().contains("序时进度");
        assertThat(reasons(one(rows, "id", String.valueOf(s.p3())))).singleElement().asString()
                .contains("2024-05-15");
        assertThat(reasons(one(rows, "id", String.valueOf(s.p4())))).singleElement().asString().contains("10.00");
        assertThat(reasons(one(rows, "id", String.valueOf(s.p6())))).singleElement().asString()
                .contains("2024-06-10");
        assertThat(reasons(one(rows, "id", String.valueOf(s.p2())))).isEmpty();
        assertThat(reasons(one(rows, "id", String.valueOf(s.p5())))).isEmpty();
    }

    @Test
    void projectsFilteredByWarningAndRegion() {
        Scenario s = scenario();
        Api disp = as(s.w().dispatcher);
        assertThat(ids(get(disp, "/api/analysis/projects?year=2024&month=6&warning=RED")))
                .containsExactly(s.p1(), s.p3());
        assertThat(ids(get(disp, "/api/analysis/projects?year=2024&month=6&warning=YELLOW")))
                .containsExactly(s.p4(), s.p6());
        assertThat(ids(get(disp, "/api/analysis/projects?year=2024&month=6&warning=GREEN")))
                .containsExactly(s.p2(), s.p5());
        assertThat(ids(get(disp, "/api/analysis/projects?year=2024&month=6&regionCode=" + s.w().countyB)))
                .containsExactly(s.p3(), s.p6());
        assertThat(ids(get(disp, "/api/analysis/projects?year=2024&month=6&warning=RED&regionCode=" + s.w().countyA)))
                .containsExactly(s.p1());
        // the county leader sees its county only
        assertThat(ids(get(as(s.w().countyLeaderA), "/api/analysis/projects?year=2024&month=6")))
                .containsExactly(s.p1(), s.p2());
        // the whole province for its leader and its supervision office
        assertThat(ids(get(as(s.w().leaderUser), "/api/analysis/projects?year=2024&month=6"))).hasSize(6);
        assertThat(ids(get(as(s.w().supervisor), "/api/analysis/projects?year=2024&month=6"))).hasSize(6);
    }

    private static void row(JsonNode rows, long id, String annualPlan, String completed, String completionRate,
            String expectedRate, String gap, boolean started, String warning) {
        JsonNode r = one(rows, "id", String.valueOf(id));
        numbers(r, "annualPlan", annualPlan, "completed", completed, "completionRate", completionRate,
                "expectedRate", expectedRate, "gap", gap);
        assertThat(r.get("started").asBoolean()).as("started of %s", r).isEqualTo(started);
        assertThat(r.get("warning").asText()).as("warning of %s", r).isEqualTo(warning);
    }

    private static List<String> reasons(JsonNode row) {
        List<String> out = new ArrayList<>();
        row.get("reasons").forEach(x -> out.add(x.asText()));
        return out;
    }

    private static List<Long> ids(JsonNode rows) {
        List<Long> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("id").asLong()));
        return out;
    }

    // ---- roles, scope, input -----------------------------------------------------------------------------------

    @Test
    void analysisIsForDispatchersLeadersAndSupervisors() {
        Scenario s = scenario();
        String summary = "/api/analysis/summary?year=2024&month=6&groupBy=REGION";
        String projects = "/api/analysis/projects?year=2024&month=6";
        for (String who : List.of(s.w().dispatcher, s.w().leaderUser, s.w().supervisor, s.w().countyLeaderA)) {
            assertThat(as(who).get(summary).status()).as(who).isEqualTo(200);
            assertThat(as(who).get(projects).status()).as(who).isEqualTo(200);
        }
        for (String who : List.of(s.w().reporterA, s.w().auditor, s.w().adminOnly)) {
            assertThat(as(who).get(summary).status()).as(who).isEqualTo(403);
            assertThat(as(who).get(projects).status()).as(who).isEqualTo(403);
            assertThat(as(who).get(summary + "&groupBy=NONSENSE").status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().get(summary).status()).isEqualTo(401);
        assertThat(anonymous().get(projects).status()).isEqualTo(401);
        assertThat(anonymous().as("forged").get(projects).status()).isEqualTo(401);
    }

    @Test
    void refusedParameters() {
        World w = world();
        Api disp = as(w.dispatcher);
        invalid(disp.get("/api/analysis/summary?year=2024&month=6&groupBy=COUNTY"), "groupBy");
        invalid(disp.get("/api/analysis/summary?year=2024&month=13"), "month");
        invalid(disp.get("/api/analysis/summary?year=2024&month=0"), "month");
        invalid(disp.get("/api/analysis/summary?year=abc&month=6"), "year");
        invalid(disp.get("/api/analysis/projects?year=2024&month=6&warning=PURPLE"), "warning");
        invalid(disp.get("/api/analysis/projects?year=2024&month=x"), "month");
        // an unknown region is refused as input (a known one outside the scope is 403, see above)
        invalid(disp.get("/api/analysis/summary?year=2024&month=6&regionCode=999999"), "regionCode");
        // a region of another test's province: outside this dispatcher's scope
        World other = world();
        assertThat(disp.get("/api/analysis/summary?year=2024&month=6&regionCode=" + other.city).status())
                .isEqualTo(403);
    }

    @Test
    void anEmptyScopeHasZeroFigures() {
        World w = world();
        JsonNode r = get(as(w.dispatcher), "/api/analysis/summary?year=2024&month=6&groupBy=REGION");
        figures(r.get("total"), 0, "0", "0", "0", "0", "0", 0, "0", 0, 0, 0);
        // the city is listed, empty
        assertThat(keys(r.get("groups"))).containsExactly(w.city);
        assertThat(get(as(w.dispatcher), "/api/analysis/projects?year=2024&month=6")).isEmpty();
    }
}
