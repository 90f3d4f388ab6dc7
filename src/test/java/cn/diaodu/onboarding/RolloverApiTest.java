package cn.diaodu.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The year's rollover (续建), POST /api/projects/rollover: next year's projects from this year's continuing ones,
 * carrying the record, completedBefore = earlier + the year's reports, continuedFrom, the plan = the remaining
 * investment or the dispatcher's figure; skipped on a second run. Today is 2024-07-15, so 2024 rolls over to 2025.
 */
class RolloverApiTest extends ApiTest {
    private World w;

    /** A province of its own for each test: a rollover without projectIds takes every continuing project. */
    @BeforeEach
    void setUp() {
        w = world();
    }

    private Api dispatcher() {
        return as(w.dispatcher);
    }

    private long project(String name, String total, String plan, String completedBefore, String completion) {
        Map<String, Object> body = project(name, w.countyA, w.unitA, w.leader1, plan);
        body.put("totalInvestment", new BigDecimal(total));
        body.put("plannedStart", "2024-01-05");
        body.put("plannedCompletion", "2026-12-31");
        body.put("ownerName", name + "业主");
        body.put("content", name + "建设内容");
        body.put("contact", Map.of("name", "李四", "phone", "0531-12345678"));
        body.put("cooperatingUnitIds", List.of(w.unitB));
        body.put("funding", List.of(Map.of("source", "SPECIAL_BOND", "planned", new BigDecimal(plan),
                "inPlace", BigDecimal.ONE)));
        body.put("monthlyPlan", null);
        if (completedBefore != null) {
            body.put("completedBefore", new BigDecimal(completedBefore));
        }
        if (completion != null) {
            body.put("actualCompletion", completion);
        }
        return created(dispatcher().post("/api/projects", body)).id();
    }

    private void report(long id, String period, String amount) {
        ok(dispatcher().put("/api/projects/" + id + "/reports/" + period, report(amount)));
    }

    private JsonNode continuing(long from) {
        for (JsonNode p : dispatcher().get("/api/projects?year=2025&regionCode=" + w.province).body()) {
            if (!p.get("continuedFrom").isNull() && p.get("continuedFrom").asLong() == from) {
                return p;
            }
        }
        return null;
    }

    @Test
    void continuingProjectsRollOverOnceWithTheirTotals() {
        long a = project("续建甲", "1000", "400", "100", null);
        long b = project("续建乙", "500", "200", null, null);
        long done = project("已竣工", "300", "300", null, "2024-06-30");
        report(a, "2024-01", "200");
        report(a, "2024-02", "50.5");
        report(b, "2024-03", "80");

        Api.Res list = ok(dispatcher().get("/api/projects/rollover?fromYear=2024"));
        assertThat(list.text()).contains("续建甲", "续建乙").doesNotContain("已竣工");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fromYear", 2024);
        body.put("toYear", 2025);
        body.put("annualPlans", Map.of(String.valueOf(b), new BigDecimal("123.45")));
        Api.Res r = ok(dispatcher().post("/api/projects/rollover", body));
        assertThat(r.get("created").asInt()).isEqualTo(2);
        assertThat(r.get("skipped").asInt()).isZero();

        JsonNode na = continuing(a);
        assertThat(na).isNotNull();
        assertThat(na.get("year").asInt()).isEqualTo(2025);
        assertThat(na.get("name").asText()).isEqualTo("续建甲");
        assertThat(na.get("category").asText()).isEqualTo("INDUSTRY");
        assertThat(na.get("level").asText()).isEqualTo("CITY");
        assertThat(na.get("regionCode").asText()).isEqualTo(w.countyA);
        assertThat(na.get("leadUnitId").asLong()).isEqualTo(w.unitA);
        assertThat(na.get("leaderId").asLong()).isEqualTo(w.leader1);
        assertThat(new BigDecimal(na.get("totalInvestment").asText())).isEqualByComparingTo("1000");
        assertThat(new BigDecimal(na.get("completedBefore").asText())).isEqualByComparingTo("350.50");
        assertThat(new BigDecimal(na.get("annualPlan").asText())).isEqualByComparingTo("649.50");
        assertThat(na.get("monthlyPlan").isNull()).isTrue();
        assertThat(na.get("ownerName").asText()).isEqualTo("续建甲业主");
        assertThat(na.get("content").asText()).isEqualTo("续建甲建设内容");
        assertThat(na.get("contact").get("name").asText()).isEqualTo("李四");
        assertThat(na.get("funding").get(0).get("source").asText()).as("the funding plan is carried").isEqualTo("SPECIAL_BOND");
        assertThat(na.get("funding").get(0).get("inPlace").decimalValue()).isEqualByComparingTo("1");
        assertThat(na.get("cooperatingUnitIds").get(0).asLong()).isEqualTo(w.unitB);
        assertThat(na.get("actualStart").asText()).isEqualTo("2024-01-10");
        assertThat(na.get("plannedStart").asText()).isEqualTo("2024-01-05");
        assertThat(na.get("plannedCompletion").asText()).isEqualTo("2026-12-31");
        assertThat(na.get("code").asText()).isNotEqualTo(dispatcher().get("/api/projects/" + a).get("code").asText());

        JsonNode nb = continuing(b);
        assertThat(new BigDecimal(nb.get("completedBefore").asText())).isEqualByComparingTo("80");
        assertThat(new BigDecimal(nb.get("annualPlan").asText())).isEqualByComparingTo("123.45");
        assertThat(continuing(done)).isNull();

        // a second run creates nothing
        Api.Res again = ok(dispatcher().post("/api/projects/rollover", Map.of("fromYear", 2024, "toYear", 2025)));
        assertThat(again.get("created").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(2);
        assertThat(as(w.auditor).get("/api/audit?objectType=PROJECT&objectId=" + na.get("id").asText()).text())
                .contains("PROJECT_CREATE");
    }

    @Test
    void aCompletedProjectOrAWrongYearIsRefused() {
        long done = project("已完工丙", "300", "300", null, "2024-05-31");
        invalid(dispatcher().post("/api/projects/rollover", Map.of("fromYear", 2024, "toYear", 2025,
                "projectIds", List.of(done))), "projectIds[0]");
        invalid(dispatcher().post("/api/projects/rollover", Map.of("fromYear", 2024, "toYear", 2027)), "toYear");
        invalid(dispatcher().post("/api/projects/rollover", Map.of("toYear", 2025)), "fromYear");
        assertThat(as(w.reporterA).post("/api/projects/rollover", Map.of("fromYear", 2024, "toYear", 2025))
                .status()).isEqualTo(403);
    }

    @Test
    void whatRemainsIsAtLeastOneHundredthAndOnlyTheChosenProjectsRoll() {
        long full = project("已投满", "100", "100", "60", null);
        long other = project("未选中", "100", "50", null, null);
        report(full, "2024-04", "40");
        Api.Res r = ok(dispatcher().post("/api/projects/rollover", Map.of("fromYear", 2024, "toYear", 2025,
                "projectIds", List.of(full))));
        assertThat(r.get("created").asInt()).isEqualTo(1);
        JsonNode n = continuing(full);
        assertThat(new BigDecimal(n.get("completedBefore").asText())).isEqualByComparingTo("100");
        assertThat(new BigDecimal(n.get("annualPlan").asText())).isEqualByComparingTo("0.01");
        assertThat(continuing(other)).isNull();
    }
}
