package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * The last missing procedure (issue 12 point 2): a reporter, on a phone (390 × 844), marks 环评 done with its
 * 批复文号 and scan on the project page, where every other procedure is done; the project is then ready to start, and
 * the dispatcher finds it under the ledger's filter 手续齐备待开工 and on {@code /procedures}.
 */
class ProcedureJourneyTest extends ApiTest {

    @Test
    void aReporterCompletesTheLastProcedureAndTheDispatcherSeesTheProjectReady() throws IOException {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Map<String, Object> body = project("青岚新材料产业园标准化厂房项目", w.countyA, w.unitA, w.leader1, "900");
        body.put("actualStart", null);
        body.put("plannedStart", "2024-08-15");
        long id = created(dispatcher.post("/api/projects", body)).id();
        long other = created(dispatcher.post("/api/projects", project("已开工对照项目", w.countyA, w.unitA, null, "500")))
                .id();
        for (JsonNode k : ok(dispatcher.get("/api/procedures/kinds")).body()) {
            String code = k.get("code").asText();
            if (!code.equals("EIA")) {
                Map<String, Object> done = new java.util.LinkedHashMap<>();
                done.put("status", code.equals("ENERGY") ? "NOT_NEEDED" : "DONE");
                done.put("actualDate", code.equals("ENERGY") ? null : "2024-06-20");
                done.put("documentNo", code.equals("ENERGY") ? null : "青发改审批〔2024〕" + code.length() + "号");
                ok(dispatcher.put("/api/projects/" + id + "/procedures/" + code, done));
            }
        }
        Path scan = Files.createTempFile("环评批复", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        try (Browser br = Browser.open("http://localhost:" + port)) {
            br.driver.manage().window().setSize(new Dimension(390, 844));
            br.login(w.reporterA, PASSWORD);
            br.go("/projects/" + id);
            assertThat(br.text("procedure-status-EIA")).isEqualTo("未办理");
            assertThat(br.driver.findElements(By.id("procedures-ready"))).as("not yet ready").isEmpty();
            br.noSidewaysScroll("the project page");
            ProblemJourneyTest.press(br, "procedure-toggle-EIA");
            new Select(br.driver.findElement(By.id("pf-status-EIA"))).selectByValue("DONE");
            setDate(br, "pf-applied-EIA", "2024-06-01");
            setDate(br, "pf-actual-EIA", "2024-07-12");
            br.type("pf-doc-EIA", "青环审〔2024〕21号");
            new Select(br.driver.findElement(By.id("pf-unit-EIA"))).selectByValue(String.valueOf(w.unitB));
            br.driver.findElement(By.id("pf-file-EIA")).sendKeys(scan.toString());
            br.noSidewaysScroll("the open form");
            WebElement save = br.driver.findElement(By.id("pf-save-EIA"));
            assertThat(save.getSize().getHeight()).as("a finger-sized button").isGreaterThanOrEqualTo(44);
            br.screenshot("procedure-form-390");
            ProblemJourneyTest.press(br, "pf-save-EIA");
            br.waitFor("procedure-saved");
            assertThat(br.text("procedure-status-EIA")).isEqualTo("已办结");
            assertThat(br.text("procedure-doc-EIA")).isEqualTo("青环审〔2024〕21号");
            assertThat(br.text("procedure-actual-EIA")).isEqualTo("2024-07-12");
            assertThat(br.driver.findElements(By.id("procedure-scan-EIA"))).hasSize(1);
            assertThat(br.text("procedures-ready")).isEqualTo("手续齐备待开工");
            br.noSidewaysScroll("the saved section");
            br.screenshot("procedure-saved-390");

            // two site photos of the month, chosen at once as on a phone
            Path one = Files.createTempFile("基坑", ".jpg");
            Files.write(one, cn.diaodu.reporting.ReportPhotoApiTest.image("jpeg", 1200, 900));
            Path two = Files.createTempFile("钢结构", ".png");
            Files.write(two, cn.diaodu.reporting.ReportPhotoApiTest.image("png", 900, 1200));
            ProblemJourneyTest.press(br, "photo-add");
            br.waitFor("photo-form");
            br.driver.findElement(By.id("photo-files")).sendKeys(one + "\n" + two);
            br.type("photo-caption", "主体施工");
            ProblemJourneyTest.press(br, "photo-upload");
            br.waitFor("flash");
            assertThat(br.text("flash")).contains("2");
            assertThat(br.driver.findElements(By.cssSelector("#photos .photo-card img"))).hasSize(2);
            br.noSidewaysScroll("the photo page");
            br.screenshot("photos-390");
            br.go("/projects/" + id);
            assertThat(br.driver.findElements(By.cssSelector("#photo-timeline img"))).hasSize(2);
        }
        JsonNode eia = null;
        for (JsonNode n : ok(dispatcher.get("/api/projects/" + id + "/procedures")).body()) {
            if (n.get("code").asText().equals("EIA")) {
                eia = n;
            }
        }
        assertThat(eia).isNotNull();
        assertThat(eia.get("status").asText()).isEqualTo("DONE");
        assertThat(eia.get("approvingUnitId").asLong()).isEqualTo(w.unitB);
        assertThat(eia.get("scan").get("size").asLong()).isPositive();

        try (Browser br = Browser.open("http://localhost:" + port)) {
            br.login(w.dispatcher, PASSWORD);
            br.go("/projects?ym=2024-07");
            new Select(br.driver.findElement(By.id("procedures"))).selectByValue("READY");
            br.driver.findElement(By.cssSelector("#ledger-filter button[type=submit]")).click();
            new WebDriverWait(br.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("READY"));
            String ledger = br.driver.findElement(By.id("ledger")).getText();
            assertThat(ledger).contains("青岚新材料产业园标准化厂房项目").doesNotContain("已开工对照项目");
            br.go("/procedures?ym=2024-07");
            assertThat(br.text("ready-" + id)).contains("青岚新材料产业园标准化厂房项目");
            assertThat(br.driver.findElements(By.id("ready-" + other))).isEmpty();
            assertThat(br.text("kpi-ready")).isEqualTo("1");
            br.screenshot("procedures-page");
        }
    }

    private static void setDate(Browser br, String id, String value) {
        ((JavascriptExecutor) br.driver).executeScript("arguments[0].value = arguments[1]",
                br.driver.findElement(By.id(id)), value);
    }

}
