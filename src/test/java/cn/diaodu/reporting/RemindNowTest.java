package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;

/**
 * 一键催报 on the status board: every unit of the dispatcher's scope with missing reports of the open period is
 * reminded now (its reporters get the notice), a unit that has reported is not; audited as the dispatcher; pressed
 * again the same day nobody is reminded twice; only a dispatcher may press it. A month no other test opens.
 */
class RemindNowTest extends ApiTest {

    @Test
    void remindsTheUnitsWithMissingReportsOnlyOnceADay() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        created(dispatcher.post("/api/projects", year2023(project("催报甲项目一", w.countyA, w.unitA, null, "100"))));
        created(dispatcher.post("/api/projects", year2023(project("催报甲项目二", w.countyA, w.unitA, null, "100"))));
        long b = created(dispatcher.post("/api/projects", year2023(project("催报乙项目", w.countyB, w.unitB, null,
                "100")))).id();
        ok(dispatcher.put("/api/projects/" + b + "/reports/2023-07", report("10")));

        PageSession s = new PageSession(port, w.dispatcher, PASSWORD);
        String board = s.page("/periods/2023-07");
        assertThat(board).as("no open period, no button").doesNotContain("id=\"remind-all\"");
        assertThat(dispatcher.post("/api/periods", Map.of("period", "2023-07", "opensAt", "2023-07-01T00:00:00+08:00",
                "deadline", "2024-07-20T18:00:00+08:00")).status()).isEqualTo(201);
        board = s.page("/periods/2023-07");
        assertThat(board).contains("id=\"remind-all\"").contains("data-confirm=\"向1个有未报项目的单位发送催报通知？\"");

        String sent = s.postAndFollow("/periods/2023-07/remind", List.of());
        assertThat(sent).contains("已向1个单位催报");

        Api reporterA = as(w.reporterA);
        Eventually.assertThat(() -> assertThat(ok(reporterA.get("/api/notifications")).text())
                .contains("【催报】2023年7月", "尚有2个未报送"));
        Api reporterB = as(w.reporterB);
        assertThat(ok(reporterB.get("/api/notifications")).text()).as("unit B has reported")
                .doesNotContain("2023年7月");

        var audit = ok(as(w.auditor).get("/api/audit?kind=REPORT_REMIND&objectId=" + w.unitA + "/2023-07"));
        assertThat(audit.body()).hasSize(1);
        assertThat(audit.body().get(0).get("actor").asText()).isEqualTo(w.dispatcher);
        assertThat(audit.body().get(0).get("note").asText()).startsWith("MANUAL");

        assertThat(s.postAndFollow("/periods/2023-07/remind", List.of()))
                .as("pressed again the same day").contains("没有需要催报的单位");
        assertThat(ok(reporterA.get("/api/notifications")).body()).hasSize(1);

        PageSession reporter = new PageSession(port, w.reporterA, PASSWORD);
        reporter.page("/reports/grid?period=2024-07");
        assertThat(reporter.post("/periods/2023-07/remind", List.of()).statusCode()).isEqualTo(403);
    }

    private static Map<String, Object> year2023(Map<String, Object> project) {
        project.put("year", 2023);
        project.put("actualStart", "2023-01-10");
        return project;
    }
}
