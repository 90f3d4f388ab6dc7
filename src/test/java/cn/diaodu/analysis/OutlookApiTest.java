package cn.diaodu.analysis;

import static cn.diaodu.support.Exact.json;
import static cn.diaodu.support.Exact.numbers;
import static cn.diaodu.support.Exact.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * GET /api/analysis/projects/{id}/outlook, /api/analysis/outlook and /api/analysis/milestones (docs/figures.md) on
 * the worked example of docs/figures.md §6 ({@link OutlookWorld}), with scope, roles and refused input.
 */
class OutlookApiTest extends OutlookWorld {

    private static JsonNode get(Api api, String path) {
        Api.Res r = api.get(path);
        ok(r);
        return json(r);
    }

    private static JsonNode outlook(Api api, long id, String query) {
        return get(api, "/api/analysis/projects/" + id + "/outlook" + query);
    }

    /** Asserts that each field is JSON null. */
    private static void nulls(JsonNode n, String... fields) {
        for (String f : fields) {
            assertThat(n.has(f)).as("%s in %s", f, n).isTrue();
            assertThat(n.get(f).isNull()).as("%s is null in %s", f, n).isTrue();
        }
    }

    private static List<String> keys(JsonNode groups) {
        List<String> out = new ArrayList<>();
        groups.forEach(g -> out.add(g.get("key").isNull() ? null : g.get("key").asText()));
        return out;
    }

    // ---- one project -------------------------------------------------------------------------------------------

    @Test
    void theWorkedExampleOfDocsFiguresProjectByProject() {
        Example e = example();
        Api disp = as(e.w().dispatcher);

        // P1 ↔ Q1 by code: (360 − 300) / 300 = 20.00 %; own average 360 × 12 / 6 = 720.00, 60.00 %
        JsonNode p1 = outlook(disp, e.p1(), "?year=2024&month=6");
        assertThat(p1.get("id").asLong()).isEqualTo(e.p1());
        assertThat(p1.get("year").asInt()).isEqualTo(2024);
        assertThat(p1.get("month").asInt()).isEqualTo(6);
        numbers(p1, "annualPlan", "1200", "completed", "360", "completionRate", "30", "forecast", "720",
                "forecastRate", "60");
        JsonNode y1 = p1.get("yoy");
        assertThat(y1.get("previousProjectId").asLong()).isEqualTo(e.q1());
        assertThat(y1.get("previousCode").asText()).endsWith("-2023-001");
        assertThat(y1.get("matchedBy").asText()).isEqualTo("CODE");
        numbers(y1, "thisYear", "360", "lastYear", "300", "growth", "20");
        assertThat(p1.get("forecastMethod").asText()).isEqualTo("OWN_AVERAGE");
        assertThat(p1.get("reportedMonths").asInt()).isEqualTo(6);
        assertThat(p1.get("forecastCapped").asBoolean()).isFalse();
        assertThat(p1.get("started").asBoolean()).isTrue();
        assertThat(p1.get("startedNotBuilding").asBoolean()).isFalse();
        assertThat(p1.get("overdueMilestones").asInt()).isEqualTo(1);
        JsonNode ms = p1.get("milestones");
        assertThat(ms).hasSize(2);
        assertThat(ms.get(0).get("name").asText()).isEqualTo("主体完工");
        assertThat(ms.get(0).get("plannedDate").asText()).isEqualTo("2024-06-30");
        assertThat(ms.get(0).get("overdue").asBoolean()).isTrue();
        assertThat(ms.get(0).get("daysOverdue").asLong()).isEqualTo(15);
        assertThat(ms.get(1).get("overdue").asBoolean()).isFalse();

        // P2 ↔ Q2 by name and unit: (120 − 80) / 80 = 50.00 %; category: 120 × 1500 / 380 = 473.68, 59.21 %
        JsonNode p2 = outlook(disp, e.p2(), "?year=2024&month=6");
        assertThat(p2.get("yoy").get("previousProjectId").asLong()).isEqualTo(e.q2());
        assertThat(p2.get("yoy").get("matchedBy").asText()).isEqualTo("NAME_AND_UNIT");
        numbers(p2.get("yoy"), "thisYear", "120", "lastYear", "80", "growth", "50");
        numbers(p2, "completed", "120", "forecast", "473.68", "forecastRate", "59.21");
        assertThat(p2.get("forecastMethod").asText()).isEqualTo("CATEGORY");
        assertThat(p2.get("reportedMonths").asInt()).isEqualTo(2);
        // started 2024-04-20: not three months by June 30
        assertThat(p2.get("startedNotBuilding").asBoolean()).isFalse();

        // P3: no counterpart; SOCIAL had done nothing by June 2023 → linear 15 × 12 / 6 = 30.00, 6.00 %; 开而不建
        JsonNode p3 = outlook(disp, e.p3(), "?year=2024&month=6");
        nulls(p3.get("yoy"), "previousProjectId", "previousCode", "matchedBy", "thisYear", "lastYear", "growth");
        numbers(p3, "completed", "15", "forecast", "30", "forecastRate", "6");
        assertThat(p3.get("forecastMethod").asText()).isEqualTo("LINEAR");
        assertThat(p3.get("startedNotBuilding").asBoolean()).isTrue();
        assertThat(p3.get("overdueMilestones").asInt()).isZero();
        assertThat(p3.get("milestones")).isEmpty();

        // P4: own plan 400 × 1000 / 500 = 800.00, 80.00 %; its milestone was reached
        JsonNode p4 = outlook(disp, e.p4(), "?year=2024&month=6");
        numbers(p4, "completed", "400", "forecast", "800", "forecastRate", "80");
        assertThat(p4.get("forecastMethod").asText()).isEqualTo("OWN_PLAN");
        assertThat(p4.get("milestones").get(0).get("actualDate").asText()).isEqualTo("2024-06-10");
        assertThat(p4.get("overdueMilestones").asInt()).isZero();

        // P5: 200 × 12 / 6 = 400 > T 300 → 300.00, 150.00 %
        JsonNode p5 = outlook(disp, e.p5(), "?year=2024&month=6");
        numbers(p5, "completed", "200", "forecast", "300", "forecastRate", "150", "totalInvestment", "300");
        assertThat(p5.get("forecastCapped").asBoolean()).isTrue();
    }

    @Test
    void theMonthDefaultsAndMoves() {
        Example e = example();
        Api disp = as(e.w().dispatcher);
        // no year, no month: the project's year and the reporting month (docs/figures.md §0): on 2024-07-15, with no
        // period open and July's reports not all in, June
        JsonNode byDefault = outlook(disp, e.p2(), "");
        assertThat(byDefault.get("year").asInt()).isEqualTo(2024);
        assertThat(byDefault.get("month").asInt()).isEqualTo(6);
        JsonNode p2 = outlook(disp, e.p2(), "?month=7");
        assertThat(p2.get("month").asInt()).isEqualTo(7);
        // July: started 2024-04-20 + 3 months = 07-20 ≤ 07-31, but 120 ≥ 5 % × 800 = 40 → not 开而不建;
        // the July report has not come: 120 × 1500 / H(7) where H(7) = June's 380 → 473.68
        assertThat(p2.get("startedNotBuilding").asBoolean()).isFalse();
        numbers(p2, "forecast", "473.68");
        // P1 in March: c 180, three months → own average 180 × 12 / 3 = 720; last year through March 100 → 80.00 %
        JsonNode p1 = outlook(disp, e.p1(), "?month=3");
        numbers(p1, "completed", "180", "forecast", "720");
        numbers(p1.get("yoy"), "thisYear", "180", "lastYear", "100", "growth", "80");
        // P1 in January: one month reported → category: INFRASTRUCTURE had done nothing by January 2023 → linear
        JsonNode jan = outlook(disp, e.p1(), "?month=1");
        assertThat(jan.get("forecastMethod").asText()).isEqualTo("LINEAR");
        numbers(jan, "forecast", "720");
        // last year's January was 0: no growth
        numbers(jan.get("yoy"), "thisYear", "60", "lastYear", "0");
        assertThat(jan.get("yoy").get("growth").isNull()).isTrue();
        // a 2023 project in December: the year is final, and 2022 holds nothing to compare
        JsonNode q1 = outlook(disp, e.q1(), "?year=2023");
        assertThat(q1.get("month").asInt()).isEqualTo(12);
        assertThat(q1.get("forecastMethod").asText()).isEqualTo("FINAL");
        numbers(q1, "completed", "1000", "forecast", "1000");
        assertThat(q1.get("yoy").get("growth").isNull()).isTrue();
    }

    // ---- groups ------------------------------------------------------------------------------------------------

    @Test
    void theWorkedExampleOfDocsFiguresByRegion() {
        Example e = example();
        JsonNode r = get(as(e.w().dispatcher),
                "/api/analysis/outlook?year=2024&month=6&groupBy=REGION&regionCode=" + e.w().city);
        assertThat(r.get("year").asInt()).isEqualTo(2024);
        assertThat(r.get("month").asInt()).isEqualTo(6);
        JsonNode total = r.get("total");
        assertThat(total.get("projects").asInt()).isEqualTo(5);
        // a 3700, c 1095 → 29.59 %; yoy 480 / 380 → 26.32 %; forecast 2323.68 → 62.80 %
        numbers(total, "annualPlan", "3700", "completed", "1095", "completionRate", "29.59", "forecast", "2323.68",
                "forecastRate", "62.8");
        assertThat(total.get("yoy").get("comparableProjects").asInt()).isEqualTo(2);
        numbers(total.get("yoy"), "thisYear", "480", "lastYear", "380", "growth", "26.32");
        assertThat(total.get("startedNotBuilding").asInt()).isEqualTo(1);
        assertThat(total.get("overdueMilestones").asInt()).isEqualTo(1);

        // countyA (P1, P4) 760 / 2200 = 34.55 % ranks above countyB (P2, P3, P5) 335 / 1500 = 22.33 %
        JsonNode groups = r.get("groups");
        assertThat(keys(groups)).containsExactly(e.w().countyA, e.w().countyB);
        assertThat(groups.get(0).get("rank").asInt()).isEqualTo(1);
        assertThat(groups.get(1).get("rank").asInt()).isEqualTo(2);
        JsonNode a = groups.get(0);
        assertThat(a.get("name").asText()).startsWith("甲县");
        numbers(a, "completionRate", "34.55", "forecast", "1520", "forecastRate", "69.09");
        numbers(a.get("yoy"), "thisYear", "360", "lastYear", "300", "growth", "20");
        assertThat(a.get("startedNotBuilding").asInt()).isZero();
        assertThat(a.get("overdueMilestones").asInt()).isEqualTo(1);
        JsonNode b = groups.get(1);
        numbers(b, "completionRate", "22.33", "forecast", "803.68", "forecastRate", "53.58");
        numbers(b.get("yoy"), "thisYear", "120", "lastYear", "80", "growth", "50");
        assertThat(b.get("yoy").get("comparableProjects").asInt()).isEqualTo(1);
        assertThat(b.get("startedNotBuilding").asInt()).isEqualTo(1);
        assertThat(b.get("overdueMilestones").asInt()).isZero();
    }

    @Test
    void theWorkedExampleOfDocsFiguresByCategory() {
        Example e = example();
        JsonNode groups = get(as(e.w().dispatcher), "/api/analysis/outlook?year=2024&month=6&groupBy=CATEGORY")
                .get("groups");
        // ranked as the summary ranks: SERVICES 100 %, INDUSTRY 40 %, INFRASTRUCTURE 24 %, SOCIAL 3 %
        assertThat(keys(groups)).containsExactly("SERVICES", "INDUSTRY", "INFRASTRUCTURE", "SOCIAL");
        JsonNode infra = one(groups, "key", "INFRASTRUCTURE");
        numbers(infra, "forecast", "1193.68", "forecastRate", "59.68");
        numbers(infra.get("yoy"), "growth", "26.32");
        JsonNode social = one(groups, "key", "SOCIAL");
        numbers(social, "forecast", "30", "forecastRate", "6");
        assertThat(social.get("yoy").get("comparableProjects").asInt()).isZero();
        nulls(social.get("yoy"), "thisYear", "lastYear", "growth");
        assertThat(social.get("startedNotBuilding").asInt()).isEqualTo(1);
        assertThat(social.get("name").asText()).isEqualTo("社会民生");
        numbers(one(groups, "key", "SERVICES"), "forecast", "300", "forecastRate", "150");
    }

    @Test
    void unitAndLeaderGroupsAndAnEarlierYear() {
        Example e = example();
        Api disp = as(e.w().dispatcher);
        JsonNode units = get(disp, "/api/analysis/outlook?year=2024&month=6&groupBy=UNIT").get("groups");
        // unitA: P1 P4 P5 → forecast 720 + 800 + 300 = 1820 of 2400 → 75.83 %; unitB: P2 P3 → 503.68 of 1300 → 38.74 %
        numbers(one(units, "key", String.valueOf(e.w().unitA)), "forecast", "1820", "forecastRate", "75.83");
        numbers(one(units, "key", String.valueOf(e.w().unitB)), "forecast", "503.68", "forecastRate", "38.74");
        // no project has a leader: one group with a null key
        JsonNode leaders = get(disp, "/api/analysis/outlook?year=2024&month=6&groupBy=LEADER").get("groups");
        assertThat(keys(leaders)).containsExactly((String) null);
        assertThat(leaders.get(0).get("projects").asInt()).isEqualTo(5);
        // 2023, December by default: final figures 1000 + 500 + 400 = 1900 of 2200 → 86.36 %; nothing in 2022
        JsonNode y2023 = get(disp, "/api/analysis/outlook?year=2023").get("total");
        numbers(y2023, "forecast", "1900", "forecastRate", "86.36");
        assertThat(y2023.get("yoy").get("comparableProjects").asInt()).isZero();
        assertThat(y2023.get("yoy").get("growth").isNull()).isTrue();
    }

    @Test
    void aCountyLeaderSeesTheCountyOnly() {
        Example e = example();
        Api lead = as(e.w().countyLeaderA);
        // root countyA: P1 and P4
        JsonNode total = get(lead, "/api/analysis/outlook?year=2024&month=6").get("total");
        assertThat(total.get("projects").asInt()).isEqualTo(2);
        numbers(total, "forecast", "1520", "forecastRate", "69.09");
        assertThat(outlook(lead, e.p1(), "?month=6").get("yoy").get("growth").decimalValue()).isEqualByComparingTo("20");
        assertThat(lead.get("/api/analysis/projects/" + e.p2() + "/outlook").status()).isEqualTo(403);
        assertThat(lead.get("/api/analysis/outlook?regionCode=" + e.w().countyB).status()).isEqualTo(403);
        assertThat(lead.get("/api/analysis/milestones?regionCode=" + e.w().countyB).status()).isEqualTo(403);
    }

    // ---- milestones across projects ----------------------------------------------------------------------------

    @Test
    void milestonesOfTheYearAndTheOverdueOnes() {
        Example e = example();
        Api disp = as(e.w().dispatcher);
        JsonNode overdue = get(disp, "/api/analysis/milestones?year=2024&overdue=true");
        assertThat(overdue).hasSize(1);
        JsonNode m = overdue.get(0);
        assertThat(m.get("projectId").asLong()).isEqualTo(e.p1());
        assertThat(m.get("projectCode").asText()).endsWith("-2024-001");
        assertThat(m.get("projectName").asText()).isEqualTo("城东污水处理厂");
        assertThat(m.get("name").asText()).isEqualTo("主体完工");
        assertThat(m.get("daysOverdue").asLong()).isEqualTo(15);
        // all of them, by planned date
        JsonNode all = get(disp, "/api/analysis/milestones?year=2024");
        List<String> names = new ArrayList<>();
        all.forEach(x -> names.add(x.get("name").asText()));
        assertThat(names).containsExactly("厂房封顶", "主体完工", "设备安装");
        assertThat(get(disp, "/api/analysis/milestones?year=2024&overdue=false")).hasSize(2);
        // the current year by default; none in 2023; none in countyB
        assertThat(get(disp, "/api/analysis/milestones")).hasSize(3);
        assertThat(get(disp, "/api/analysis/milestones?year=2023")).isEmpty();
        assertThat(get(disp, "/api/analysis/milestones?regionCode=" + e.w().countyB)).isEmpty();
    }

    // ---- roles, scope, input -----------------------------------------------------------------------------------

    @Test
    void accessAsForTheSummary() {
        Example e = example();
        List<String> paths = List.of("/api/analysis/projects/" + e.p1() + "/outlook?month=6",
                "/api/analysis/outlook?year=2024&month=6", "/api/analysis/milestones?year=2024");
        for (String path : paths) {
            for (String who : List.of(e.w().dispatcher, e.w().leaderUser, e.w().supervisor, e.w().countyLeaderA)) {
                assertThat(as(who).get(path).status()).as("%s %s", who, path).isEqualTo(200);
            }
            for (String who : List.of(e.w().reporterA, e.w().auditor, e.w().adminOnly)) {
                assertThat(as(who).get(path).status()).as("%s %s", who, path).isEqualTo(403);
            }
            assertThat(anonymous().get(path).status()).as(path).isEqualTo(401);
            assertThat(anonymous().as("forged").get(path).status()).as(path).isEqualTo(401);
        }
        // another world's dispatcher: the project and the region are outside its scope
        World other = world();
        Api stranger = as(other.dispatcher);
        assertThat(stranger.get("/api/analysis/projects/" + e.p1() + "/outlook").status()).isEqualTo(403);
        assertThat(stranger.get("/api/analysis/outlook?regionCode=" + e.w().city).status()).isEqualTo(403);
        // and its own outlook is empty
        JsonNode total = get(stranger, "/api/analysis/outlook?year=2024&month=6").get("total");
        assertThat(total.get("projects").asInt()).isZero();
        numbers(total, "forecast", "0", "forecastRate", "0");
    }

    @Test
    void refusedInput() {
        Example e = example();
        Api disp = as(e.w().dispatcher);
        String p1 = "/api/analysis/projects/" + e.p1() + "/outlook";
        assertThat(disp.get("/api/analysis/projects/999999999/outlook").status()).isEqualTo(404);
        invalid(disp.get(p1 + "?month=13"), "month");
        invalid(disp.get(p1 + "?month=0"), "month");
        invalid(disp.get(p1 + "?year=abc"), "year");
        // a 2024 project has no outlook for 2023
        invalid(disp.get(p1 + "?year=2023&month=6"), "year");
        invalid(disp.get("/api/analysis/outlook?groupBy=COUNTY"), "groupBy");
        invalid(disp.get("/api/analysis/outlook?month=x"), "month");
        invalid(disp.get("/api/analysis/outlook?year=1999"), "year");
        invalid(disp.get("/api/analysis/outlook?regionCode=999999"), "regionCode");
        invalid(disp.get("/api/analysis/milestones?overdue=maybe"), "overdue");
        invalid(disp.get("/api/analysis/milestones?year=2200"), "year");
    }
}
