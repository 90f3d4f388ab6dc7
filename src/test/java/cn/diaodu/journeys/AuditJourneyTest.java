package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * 审计日志 in a real browser: the auditor filters the log to one project's changes and reads the differences in words
 * ("年度计划：12000.00 → 24000.00"), with the chain's state; the page at 1600 and 390 pixels wide
 * (screenshots in target/screenshots).
 */
class AuditJourneyTest extends ApiTest {

    @Test
    void theAuditorFiltersTheLogToOneProjectAndReadsTheDifferences() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> body = project("审计旅程项目", w.countyA, w.unitA, w.leader1, "12000");
        long id = created(disp.post("/api/projects", body)).id();
        Map<String, Object> change = new HashMap<>(body);
        change.put("version", 0);
        change.put("annualPlan", 24000);
        change.put("name", "审计旅程项目（调整）");
        ok(disp.put("/api/projects/" + id, change));
        long other = created(disp.post("/api/projects", project("别的项目", w.countyA, w.unitA, null, "100"))).id();

        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login(w.auditor, PASSWORD);
            b.go("/audit");
            b.waitFor("audit-filter");
            b.type("objectType", "PROJECT");
            b.type("objectId", String.valueOf(id));
            CalendarJourneyTest.press(b, "audit-search");
            b.waitFor("audit");
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#audit tbody tr"));
            assertThat(rows).hasSize(2);
            String update = rows.get(0).getText();
            assertThat(update).contains("修改项目", w.dispatcher, "年度计划：12000.00 → 24000.00",
                    "名称：审计旅程项目 → 审计旅程项目（调整）");
            assertThat(rows.get(1).getText()).contains("新增项目", "年度计划：— → 12000.00");
            assertThat(b.driver.findElement(By.id("audit")).getText()).doesNotContain("别的项目")
                    .doesNotContain("PROJECT " + other);
            assertThat(b.text("chain")).contains("哈希链完整");

            shoot(b, 1600, "audit-1600.png");
            shoot(b, 390, "audit-390.png");
            assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "return document.documentElement.scrollWidth")).intValue())
                    .as("no sideways scrolling of the page at 390 px").isLessThanOrEqualTo(400);

            b.go("/audit?objectType=PROJECT&objectId=" + id + "&lang=en");
            assertThat(b.driver.findElement(By.id("audit")).getText()).contains("Annual plan: 12000.00 → 24000.00");
        }
    }

    private static void shoot(Browser b, int width, String name) throws Exception {
        b.driver.manage().window().setSize(new Dimension(width, 1000));
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.BYTES));
    }
}
