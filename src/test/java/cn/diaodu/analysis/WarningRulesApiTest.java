package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Configurable thresholds: the contract's values are the defaults; an administrator changes them, the change is
 * audited, and the figures follow at once. A context of its own, so that changed rules touch no other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diaodu.rules-test=true")
class WarningRulesApiTest extends ApiTest {

    @Test
    void defaultsAreTheContractsAndChangesApplyAndAreAudited() {
        World w = world();
        Api admin = admin();
        Api dispatcher = as(w.dispatcher);
        var rules = ok(dispatcher.get("/api/analysis/rules"));
        assertThat(rules.get("redGap").decimalValue()).isEqualByComparingTo("-20");
        assertThat(rules.get("yellowGap").decimalValue()).isEqualByComparingTo("-10");
        assertThat(rules.get("redLateStartDays").asInt()).isEqualTo(30);
        assertThat(as(w.auditor).get("/api/analysis/rules").status()).as("an auditor reads the audit log only")
                .isEqualTo(403);
        for (String who : java.util.List.of(w.reporterA, w.leaderUser, w.supervisor, w.adminOnly)) {
            ok(as(who).get("/api/analysis/rules"));
        }

        // annual plan 1200, June: expected 600; completed 420 → gap −15 → YELLOW by default
        long id = created(dispatcher.post("/api/projects", project("阈值项目", w.countyA, w.unitA, null, "1200"))).id();
        ok(dispatcher.put("/api/projects/" + id + "/reports/2024-06", report("420")));
        String q = "/api/analysis/projects?year=2024&month=6&regionCode=" + w.countyA;
        assertThat(ok(dispatcher.get(q)).body().get(0).get("warning").asText()).isEqualTo("YELLOW");

        assertThat(dispatcher.put("/api/analysis/rules", Map.of("redGap", -15, "yellowGap", -5,
                "redLateStartDays", 20)).status()).as("only an administrator").isEqualTo(403);
        invalid(admin.put("/api/analysis/rules", Map.of("redGap", -5, "yellowGap", -15, "redLateStartDays", 20)),
                "redGap");
        invalid(admin.put("/api/analysis/rules", Map.of("redGap", -15, "yellowGap", 5, "redLateStartDays", 20)),
                "yellowGap");
        invalid(admin.put("/api/analysis/rules", Map.of("redGap", -15, "yellowGap", -5, "redLateStartDays", -1)),
                "redLateStartDays");
        var changed = ok(admin.put("/api/analysis/rules", Map.of("redGap", -15, "yellowGap", -5,
                "redLateStartDays", 20)));
        assertThat(changed.get("redGap").decimalValue()).isEqualByComparingTo("-15");

        assertThat(ok(dispatcher.get(q)).body().get(0).get("warning").asText()).as("−15 is now red").isEqualTo("RED");
        var summary = ok(dispatcher.get("/api/analysis/summary?year=2024&month=6&regionCode=" + w.countyA));
        assertThat(summary.get("total").get("red").asInt()).isEqualTo(1);
        assertThat(summary.get("rules").get("yellowGap").decimalValue()).isEqualByComparingTo("-5");

        var log = ok(as(w.auditor).get("/api/audit?action=WARNING_RULES"));
        assertThat(log.body()).hasSize(1);
        assertThat(log.body().get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(log.body().get(0).get("oldValue").asText()).contains("redGap=-20", "yellowGap=-10");
        assertThat(log.body().get(0).get("newValue").asText()).contains("redGap=-15", "yellowGap=-5",
                "redLateStartDays=20");
        assertThat(dispatcher.get("/api/audit").status()).as("the audit log is the auditor's").isEqualTo(403);
    }
}
