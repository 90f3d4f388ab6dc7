package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * 问题台账 in a real browser: a reporter raises a problem from the monthly grid, the project office hands it to
 * another unit (转办), that unit accepts it, attaches a photo and resolves it, and the supervision office closes it
 * (销号).
 */
class ProblemJourneyTest extends ApiTest {

    /** Clicks after scrolling the element into the middle at once (Bootstrap scrolls smoothly, clicks would miss). */
    static void press(Browser b, String id) {
        org.openqa.selenium.WebElement e = b.driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    private static void waitForText(Browser b, String id, String text) {
        new WebDriverWait(b.driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    @Test
    void raisedFromTheGridReassignedResolvedAndClosed() throws Exception {
        World w = world();
        Api dispatcherApi = as(w.dispatcher);
        long projectId = created(dispatcherApi.post("/api/projects", project("青岚大道东延工程", w.countyA, w.unitA,
                w.leader1, "800"))).id();
        String unitBName = "乙区住建局" + w.province.substring(0, 2);
        Path photo = Files.createTempFile("现场", ".png");
        Files.write(photo, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        long problemId;

        try (Browser b = Browser.open("http://localhost:" + port)) {
            // the reporter of unit A, from the month's grid
            b.login(w.reporterA, PASSWORD);
            b.go("/reports/grid?period=2024-07");
            press(b, "raise-problem-" + projectId);
            b.waitFor("problem-form");
            assertThat(new Select(b.driver.findElement(By.id("problem-project"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo(String.valueOf(projectId));
            b.type("problem-description", "管线迁改未完成，影响路基施工");
            press(b, "problem-submit");
            b.waitFor("problem-form-errors");
            assertThat(b.driver.findElement(By.id("problem-title")).getAttribute("class")).contains("is-invalid");
            assertThat(b.driver.findElement(By.id("problem-description")).getAttribute("value"))
                    .isEqualTo("管线迁改未完成，影响路基施工");
            b.type("problem-title", "燃气管线迁改滞后");
            new Select(b.driver.findElement(By.id("problem-category"))).selectByValue("UTILITIES");
            press(b, "problem-submit");
            b.waitFor("problem-status");
            assertThat(b.text("problem-status")).isEqualTo("已交办");
            assertThat(b.text("problem-title")).isEqualTo("燃气管线迁改滞后");
            String url = b.driver.getCurrentUrl();
            problemId = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
            assertThat(b.text("problem-due-date")).as("水电路气: 5 working days from Monday 07-15")
                    .isEqualTo("2024-07-22");
            b.logout();

            // the project office hands it to unit B
            b.login(w.dispatcher, PASSWORD);
            b.go("/problems");
            b.waitFor("problem-" + problemId);
            b.driver.findElement(By.cssSelector("#problem-" + problemId + " a")).click();
            b.waitFor("action-assign");
            new Select(b.driver.findElement(By.id("assign-unit"))).selectByValue(String.valueOf(w.unitB));
            b.type("action-note", "燃气管线属住建部门协调");
            press(b, "action-assign");
            b.waitFor("flash");
            assertThat(b.text("problem-assignee")).isEqualTo(unitBName);
            b.logout();

            // unit B accepts, attaches a photo and resolves
            b.login(w.reporterB, PASSWORD);
            b.go("/notifications");
            assertThat(b.text("notifications")).contains("燃气管线迁改滞后");
            b.go("/problems/" + problemId);
            press(b, "action-accept");
            b.waitFor("flash");
            assertThat(b.text("problem-status")).isEqualTo("办理中");
            b.driver.findElement(By.id("attachment-file")).sendKeys(photo.toAbsolutePath().toString());
            press(b, "attachment-upload");
            b.waitFor("flash");
            assertThat(b.text("attachments")).contains(photo.getFileName().toString());
            b.type("action-note", "已协调燃气公司完成迁改");
            press(b, "action-resolve");
            b.waitFor("flash");
            assertThat(b.text("problem-status")).isEqualTo("已办结待验收");
            assertThat(b.driver.findElements(By.id("action-verify"))).as("not the unit's step").isEmpty();
            b.logout();

            // the supervision office verifies and closes it
            b.login(w.supervisor, PASSWORD);
            b.go("/problems/" + problemId);
            press(b, "action-verify");
            b.waitFor("flash");
            waitForText(b, "problem-status", "已销号");
            assertThat(b.text("timeline")).contains("燃气管线属住建部门协调").contains("已协调燃气公司完成迁改");
            b.go("/problems");
            assertThat(b.text("total-closed")).isEqualTo("1");
            assertThat(b.text("ontime-" + w.unitB)).contains("100.00%");
        } finally {
            Files.deleteIfExists(photo);
        }

        var problem = ok(dispatcherApi.get("/api/problems/" + problemId));
        assertThat(problem.get("status").asText()).isEqualTo("CLOSED");
        assertThat(problem.get("assigneeUnitId").asLong()).isEqualTo(w.unitB);
        assertThat(problem.get("raisedBy").asText()).isEqualTo(w.reporterA);
        List<String> steps = new ArrayList<>();
        problem.get("timeline").forEach(e -> steps.add(e.get("action").asText() + ":" + e.get("by").asText()));
        assertThat(steps).containsExactly("CREATE:" + w.reporterA, "ASSIGN:" + w.dispatcher, "ACCEPT:" + w.reporterB,
                "RESOLVE:" + w.reporterB, "VERIFY:" + w.supervisor);
        assertThat(problem.get("attachments")).hasSize(1);
    }

    @Test
    void theProjectPageLeadsToTheFormAndTheBoardFilters() {
        World w = world();
        Api dispatcherApi = as(w.dispatcher);
        long projectId = created(dispatcherApi.post("/api/projects", project("市民中心二期", w.countyB, w.unitB,
                w.leader2, "500"))).id();
        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login(w.dispatcher, PASSWORD);
            b.go("/projects/" + projectId);
            press(b, "raise-problem");
            b.waitFor("problem-form");
            b.type("problem-title", "环评批复未取得");
            new Select(b.driver.findElement(By.id("problem-category"))).selectByValue("ENVIRONMENT");
            b.type("problem-description", "环评报告已报送，待批复");
            new Select(b.driver.findElement(By.id("problem-assignee"))).selectByValue(String.valueOf(w.unitB));
            b.type("problem-due-days", "3");
            press(b, "problem-submit");
            b.waitFor("problem-status");
            assertThat(b.text("problem-due-date")).isEqualTo("2024-07-18");
            b.type("action-note", "请包抓领导协调");
            press(b, "action-escalate");
            b.waitFor("flash");
            assertThat(b.text("problem-level")).isEqualTo("包抓领导协调");

            b.go("/problems?category=ENVIRONMENT&level=LEADER");
            assertThat(b.driver.findElements(By.cssSelector("#problem-list tbody tr"))).hasSize(1);
            b.go("/problems?category=LAND");
            b.waitFor("problems-empty");
            assertThat(b.text("category-ENVIRONMENT")).contains("1");
        }
    }
}
