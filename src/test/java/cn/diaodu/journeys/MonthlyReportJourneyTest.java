package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * The monthly loop in a real browser: a reporter fills the month's grid (a refused cell first, then the corrected
 * grid), and the dispatcher's dashboard shows the new totals.
 */
class MonthlyReportJourneyTest extends ApiTest {

    @Test
    void reporterFillsTheGridAndTheDispatcherSeesTheTotalsChange() {
        World w = world();
        var dispatcherApi = as(w.dispatcher);
        List<Long> ids = new ArrayList<>();
        for (String[] p : new String[][] {{"青岚新能源电池材料产业园", "1200"}, {"国道G205改扩建工程", "600"}}) {
            ids.add(created(dispatcherApi.post("/api/projects", project(p[0], w.countyA, w.unitA, w.leader1, p[1])))
                    .id());
        }
        // June is already reported: 100 + 50 completed before July.
        ok(dispatcherApi.put("/api/projects/" + ids.get(0) + "/reports/2024-06", report("100")));
        ok(dispatcherApi.put("/api/projects/" + ids.get(1) + "/reports/2024-06", report("50")));

        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login(w.dispatcher, PASSWORD);
            b.go("/dashboard?ym=2024-07");
            assertThat(b.text("total-projects")).isEqualTo("2");
            assertThat(b.driver.findElement(By.id("total-completed")).getAttribute("data-wan")).isEqualTo("150.00");
            assertThat(b.text("total-completed")).as("in 亿元 with one decimal").isEqualTo("0.0");
            assertThat(b.text("total-completion-rate")).isEqualTo("8.33%");
            b.logout();

            b.login(w.reporterA, PASSWORD);
            b.go("/reports/grid?period=2024-07");
            assertThat(b.driver.findElements(By.cssSelector("#report-grid tbody tr"))).hasSize(2);
            b.type("investment-" + ids.get(0), "200.5");
            b.type("progress-" + ids.get(0), "主体结构施工至第8层");
            b.type("workers-" + ids.get(0), "120");
            b.type("investment-" + ids.get(1), "abc");
            b.click("grid-save");
            b.waitFor("grid-errors");
            assertThat(b.driver.findElement(By.id("investment-" + ids.get(1))).getAttribute("class"))
                    .contains("is-invalid");
            assertThat(b.driver.findElement(By.id("investment-" + ids.get(0))).getAttribute("value"))
                    .isEqualTo("200.5");
            assertThat(dispatcherApi.get("/api/projects/" + ids.get(0) + "/reports/2024-07").status())
                    .as("nothing is written while a cell is refused").isEqualTo(404);

            b.type("investment-" + ids.get(1), "99.5");
            b.click("grid-save");
            b.waitFor("grid-saved");
            b.logout();

            b.login(w.dispatcher, PASSWORD);
            b.go("/dashboard?ym=2024-07");
            assertThat(b.driver.findElement(By.id("total-completed")).getAttribute("data-wan")).isEqualTo("450.00");
            assertThat(b.text("total-completed")).as("in 亿元 with one decimal").isEqualTo("0.0");
            assertThat(b.text("total-completion-rate")).isEqualTo("25.00%");
        }
        var saved = ok(dispatcherApi.get("/api/projects/" + ids.get(0) + "/reports/2024-07"));
        assertThat(saved.get("investment").decimalValue()).isEqualByComparingTo("200.5");
        assertThat(saved.get("progress").asText()).isEqualTo("主体结构施工至第8层");
        assertThat(saved.get("updatedBy").asText()).isEqualTo(w.reporterA);
    }

    @Test
    void dispatcherReturnsTheReporterResubmitsAndTheDispatcherApproves() {
        World w = world();
        var dispatcherApi = as(w.dispatcher);
        long id = created(dispatcherApi.post("/api/projects", project("市第二人民医院新院区建设项目", w.countyA, w.unitA,
                w.leader1, "900"))).id();

        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login(w.reporterA, PASSWORD);
            b.go("/reports/grid?period=2024-07");
            b.type("investment-" + id, "80");
            b.type("progress-" + id, "桩基施工");
            b.click("grid-save");
            b.waitFor("grid-saved");
            b.logout();

            b.login(w.dispatcher, PASSWORD);
            b.go("/review?period=2024-07");
            b.driver.findElement(By.cssSelector("[data-bs-target='#return-" + id + "']")).click();
            new org.openqa.selenium.support.ui.WebDriverWait(b.driver, java.time.Duration.ofSeconds(10))
                    .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            By.id("reason-" + id)));
            b.type("reason-" + id, "投资额与支付凭证不符，请核实");
            b.click("return-submit-" + id);
            b.waitFor("flash");
            b.logout();

            b.login(w.reporterA, PASSWORD);
            b.go("/reports/grid?period=2024-07");
            assertThat(b.text("reason-" + id)).contains("投资额与支付凭证不符，请核实");
            assertThat(b.text("status-" + id)).isEqualTo("已退回");
            b.type("investment-" + id, "75.5");
            b.click("grid-save");
            b.waitFor("grid-saved");
            assertThat(b.text("status-" + id)).isEqualTo("已报送");
            b.logout();

            b.login(w.dispatcher, PASSWORD);
            b.go("/review?period=2024-07");
            b.driver.findElement(By.cssSelector(".review-pick[value='" + id + "']")).click();
            b.click("approve-selected");
            b.waitFor("flash");
            b.logout();

            b.login(w.reporterA, PASSWORD);
            b.go("/reports/grid?period=2024-07");
            assertThat(b.text("status-" + id)).isEqualTo("已审核");
            assertThat(b.driver.findElement(By.id("investment-" + id)).getAttribute("readonly")).isNotNull();
        }
        var report = ok(dispatcherApi.get("/api/projects/" + id + "/reports/2024-07"));
        assertThat(report.get("status").asText()).isEqualTo("APPROVED");
        assertThat(report.get("investment").decimalValue()).isEqualByComparingTo("75.5");
        var history = ok(dispatcherApi.get("/api/projects/" + id + "/reports/2024-07/history"));
        List<String> statuses = new ArrayList<>();
        history.body().forEach(v -> statuses.add(v.get("status").asText()));
        assertThat(statuses).containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(history.body().get(1).get("reason").asText()).isEqualTo("投资额与支付凭证不符，请核实");
    }
}
