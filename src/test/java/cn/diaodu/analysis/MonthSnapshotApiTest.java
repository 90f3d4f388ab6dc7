package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * A closed month stays as it was published (CONTRACT §11, docs/figures.md §7): closing the period records every
 * project's figures; later edits of the project and a report corrected after an unlock leave that month's summary
 * and project figures as they were, while the next month changes; reopening makes the month live again. The months
 * are of 2022, which no other test uses, since periods are shared by every test of the run.
 */
@org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc
class MonthSnapshotApiTest extends ApiTest {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.test.web.servlet.MockMvc mvc;
    @org.springframework.beans.factory.annotation.Autowired
    cn.diaodu.identity.UserService users;

    private String page(String username, String path) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(users.loadUserByUsername(username))))
                .andReturn().getResponse().getContentAsString();
    }

    private static JsonNode corrections(Api a, int month) {
        return ok(a.get("/api/analysis/corrections?year=2022&month=" + month)).body();
    }

    private static Map<String, Object> period(String p) {
        return Map.of("period", p, "opensAt", p + "-01T00:00:00+08:00", "deadline", p + "-28T18:00:00+08:00");
    }

    private static JsonNode total(Api a, int month, String region) {
        return ok(a.get("/api/analysis/summary?year=2022&month=" + month + "&groupBy=REGION&regionCode=" + region))
                .body().get("total");
    }

    @Test
    void aClosedMonthAnswersFromItsRecordWhateverChangesLater() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> body = project("滨河大道", w.countyA, w.unitA, w.leader1, "1200");
        body.put("year", 2022);
        body.put("actualStart", null);
        body.put("plannedStart", "2022-03-01");
        JsonNode p = created(disp.post("/api/projects", body)).body();
        long id = p.get("id").asLong();
        Api rep = as(w.reporterA);
        int status = disp.post("/api/periods", period("2022-06")).status();
        assertThat(status).as("the 2022-06 period is this test's own").isEqualTo(201);
        ok(rep.put("/api/projects/" + id + "/reports/2022-05", report("100")));
        ok(rep.put("/api/projects/" + id + "/reports/2022-06", report("200")));
        ok(disp.post("/api/projects/" + id + "/reports/2022-06/approve", Map.of()));

        JsonNode before = total(disp, 6, w.city);
        JsonNode itemBefore = ok(disp.get("/api/analysis/projects?year=2022&month=6&regionCode=" + w.countyA))
                .body().get(0);
        assertThat(before.get("completed").decimalValue()).isEqualByComparingTo("300");
        assertThat(itemBefore.get("warning").asText()).isEqualTo("RED");
        assertThat(corrections(disp, 6).get("frozenAt").isNull()).as("live: no record").isTrue();
        ok(disp.post("/api/periods/2022-06/close", Map.of()));
        assertThat(total(disp, 6, w.city)).isEqualTo(before);
        assertThat(corrections(disp, 6).get("frozenAt").isNull()).isFalse();
        assertThat(corrections(disp, 6).get("corrections")).as("nothing corrected yet").isEmpty();
        assertThat(page(w.dispatcher, "/dashboard?ym=2022-06")).contains("id=\"month-frozen\"")
                .doesNotContain("id=\"month-corrections\"");

        // the project is edited: plan doubled, started, moved to the other county
        Map<String, Object> edit = new java.util.LinkedHashMap<>(body);
        edit.put("annualPlan", new BigDecimal("2400"));
        edit.put("totalInvestment", new BigDecimal("7200"));
        edit.put("actualStart", "2022-04-01");
        edit.put("regionCode", w.countyB);
        edit.put("version", p.get("version").asInt());
        ok(disp.put("/api/projects/" + id, edit));
        // the June report is unlocked and corrected
        ok(disp.post("/api/projects/" + id + "/reports/2022-06/unlock", Map.of("reason", "统计口径更正")));
        ok(rep.put("/api/projects/" + id + "/reports/2022-06", report("500")));
        assertThat(rep.put("/api/projects/" + id + "/reports/2022-06", report("600")).status())
                .as("one correction per unlock in a closed month").isEqualTo(409);
        // a project added to the year afterwards
        created(disp.post("/api/projects", body));

        assertThat(total(disp, 6, w.city)).as("June as published").isEqualTo(before);
        // the correction shows against the published figure, on the API and on the month's pages
        JsonNode fixes = corrections(disp, 6).get("corrections");
        assertThat(fixes).hasSize(1);
        assertThat(fixes.get(0).get("projectId").asLong()).isEqualTo(id);
        assertThat(fixes.get(0).get("published").decimalValue()).isEqualByComparingTo("300");
        assertThat(fixes.get(0).get("current").decimalValue()).isEqualByComparingTo("600");
        assertThat(fixes.get(0).get("difference").decimalValue()).isEqualByComparingTo("300");
        for (String path : new String[] { "/dashboard?ym=2022-06&regionCode=", "/bulletins?ym=2022-06&regionCode=",
                "/projects?ym=2022-06" }) {
            assertThat(page(w.dispatcher, path)).as(path).contains("id=\"month-corrections\"")
                    .contains("已发布累计完成 300.00 万元，现为 600.00 万元（+300.00）");
        }
        assertThat(corrections(as(w.countyLeaderA), 6).get("corrections")).as("the project moved out of county A "
                + "only after June, and June's record keeps it there").hasSize(1);
        assertThat(corrections(disp, 7).get("corrections")).as("July is live").isEmpty();
        JsonNode june = ok(disp.get("/api/analysis/projects?year=2022&month=6&regionCode=" + w.countyA)).body();
        assertThat(june).hasSize(1);
        assertThat(june.get(0)).isEqualTo(itemBefore);
        JsonNode byRegion = ok(disp.get("/api/analysis/summary?year=2022&month=6&groupBy=REGION&regionCode=" + w.city))
                .body().get("groups");
        for (JsonNode g : byRegion) {
            if (g.get("key").asText().equals(w.countyB)) {
                assertThat(g.get("projects").asInt()).as("the move came after June was closed").isZero();
            }
        }

        // July is live: the new plan, the corrected June, the new project
        JsonNode july = total(disp, 7, w.city);
        assertThat(july.get("projects").asInt()).isEqualTo(2);
        assertThat(july.get("annualPlan").decimalValue()).isEqualByComparingTo("3600");
        assertThat(july.get("completed").decimalValue()).isEqualByComparingTo("600");

        // reopened, June is live again; closed again, recorded anew
        ok(disp.post("/api/periods/2022-06/reopen", Map.of()));
        JsonNode live = total(disp, 6, w.city);
        assertThat(live.get("completed").decimalValue()).isEqualByComparingTo("600");
        assertThat(live.get("projects").asInt()).isEqualTo(2);
        ok(disp.post("/api/periods/2022-06/close", Map.of()));
        assertThat(total(disp, 6, w.city)).isEqualTo(live);
    }

    @Test
    void aFrozenMonthKeepsTheCallersScope() {
        World w = world();
        Api disp = as(w.dispatcher);
        for (String county : new String[] { w.countyA, w.countyB }) {
            Map<String, Object> body = project("项目" + county, county, county.equals(w.countyA) ? w.unitA : w.unitB,
                    null, "100");
            body.put("year", 2022);
            created(disp.post("/api/projects", body));
        }
        int status = disp.post("/api/periods", period("2022-05")).status();
        assertThat(status).isEqualTo(201);
        ok(disp.post("/api/periods/2022-05/close", Map.of()));
        JsonNode county = ok(as(w.countyLeaderA).get("/api/analysis/projects?year=2022&month=5")).body();
        assertThat(county).hasSize(1);
        assertThat(county.get(0).get("name").asText()).isEqualTo("项目" + w.countyA);
        assertThat(total(disp, 5, w.city).get("projects").asInt()).isEqualTo(2);
        ok(disp.post("/api/periods/2022-05/reopen", Map.of()));
    }
}
