package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;
import cn.diaodu.support.Eventually;

/**
 * A campaign's day at phone width (390 × 844, CONTRACT §15): one town sends its figures, another a zero report, and
 * the command office sees the one unit still missing and reminds it; no page scrolls sideways.
 */
class CampaignPhoneJourneyTest extends ApiTest {

    @Test
    void twoUnitsReportAndTheCommandOfficeRemindsTheThird() {
        World w = world();
        long unitC = created(admin().post("/api/units", Map.of("name", "河口镇人民政府" + w.province, "kind",
                "TOWNSHIP", "regionCode", w.countyA))).id();
        String reporterC = user(admin(), "repc" + w.province, List.of("REPORTER"), unitC, null);
        long id = created(as(w.dispatcher).post("/api/campaigns", Map.of("name", "防汛工作日报", "kind", "FLOOD",
                "from", "2024-07-01", "deadline", "23:59", "unitIds", List.of(w.unitA, w.unitB, unitC),
                "fields", List.of(Map.of("code", "patrols", "name", "巡查人次", "type", "NUMBER"),
                        Map.of("code", "moved", "name", "转移群众（人）", "type", "NUMBER"),
                        Map.of("code", "notes", "name", "情况说明", "type", "TEXT"))))).id();
        try (Browser br = phone()) {
            br.login(w.reporterA, PASSWORD);
            br.go("/campaigns");
            br.click("campaign-report-" + id);
            br.waitFor("campaign-report-form");
            br.type("v-patrols", "36");
            br.type("v-moved", "12");
            br.type("v-notes", "沿河巡查3次，转移低洼处群众12人");
            br.noSidewaysScroll("the daily form");
            br.screenshot("campaign-form-390");
            br.click("campaign-submit");
            br.waitFor("campaign-flash");
            assertThat(br.text("campaign-flash")).contains("日报已报送");
        }
        try (Browser br = phone()) {
            br.login(w.reporterB, PASSWORD);
            br.go("/campaigns/" + id + "/report");
            br.click("campaign-zero");
            br.waitFor("campaign-flash");
            assertThat(br.text("campaign-flash")).contains("零报告已报送");
        }
        try (Browser br = phone()) {
            br.login(w.dispatcher, PASSWORD);
            br.go("/campaigns/" + id + "?day=2024-07-15");
            assertThat(br.text("fig-reported")).isEqualTo("2");
            assertThat(br.text("fig-zero")).isEqualTo("1");
            assertThat(br.text("fig-missing")).isEqualTo("1");
            assertThat(br.text("missing-" + unitC)).contains("河口镇人民政府");
            br.noSidewaysScroll("the day");
            br.screenshot("campaign-day-390");
            br.click("campaign-remind");
            br.waitFor("campaign-flash");
            assertThat(br.text("campaign-flash")).contains("1 个未报单位");
        }
        Eventually.assertThat(() -> assertThat(ok(as(reporterC).get("/api/notifications")).text())
                .contains("【催报】防汛工作日报 2024-07-15"));
        assertThat(ok(as(w.reporterA).get("/api/notifications")).text()).doesNotContain("防汛工作日报");
    }

    private Browser phone() {
        Browser br = Browser.open("http://localhost:" + port);
        br.driver.manage().window().setSize(new Dimension(390, 844));
        return br;
    }
}
