package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The month's report also carries the problems met (遇到的问题) and next month's plan (下月计划), both optional: put
 * through the API and the grid, kept in the history, refused beyond 1 000 characters without writing anything.
 */
class ReportProblemsAndPlanTest extends ApiTest {

    @Test
    void problemsAndNextPlanAreKeptAndChecked() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long id = created(dispatcher.post("/api/projects", project("问题与计划测试项目", w.countyA, w.unitA, null, "100")))
                .id();
        Map<String, Object> body = new LinkedHashMap<>(report("12.5"));
        body.put("problems", "征地拆迁尚有3户未签约");
        body.put("nextPlan", "完成主体结构封顶");
        var put = ok(dispatcher.put("/api/projects/" + id + "/reports/2024-06", body));
        assertThat(put.get("problems").asText()).isEqualTo("征地拆迁尚有3户未签约");
        var got = ok(dispatcher.get("/api/projects/" + id + "/reports/2024-06"));
        assertThat(got.get("nextPlan").asText()).isEqualTo("完成主体结构封顶");
        assertThat(got.get("investment").decimalValue()).isEqualByComparingTo("12.5");

        // without them (CONTRACT §5's body) a report is as before, and a replacement clears them
        var plain = ok(dispatcher.put("/api/projects/" + id + "/reports/2024-06", report("13")));
        assertThat(plain.get("problems").isNull()).isTrue();
        assertThat(plain.get("nextPlan").isNull()).isTrue();

        Map<String, Object> tooLong = new LinkedHashMap<>(report("14"));
        tooLong.put("nextPlan", "计".repeat(1001));
        invalid(dispatcher.put("/api/projects/" + id + "/reports/2024-06", tooLong), "nextPlan");
        assertThat(ok(dispatcher.get("/api/projects/" + id + "/reports/2024-06")).get("investment").decimalValue())
                .as("nothing written").isEqualByComparingTo("13");
    }
}
