package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * The dispatcher reviews a long month in a real browser: 退回 opens the reason form in the row itself (in view, not
 * thousands of pixels below), 通过 approves one row; both come back to the same view with the project named. The
 * reporter then sees the return and its reason in the grid. The page is a table at 1600 px and cards at 390 px,
 * without sideways scrolling.
 */
class ReviewJourneyTest extends ApiTest {

    @Test
    void dispatcherReturnsOneReportInPlaceAndApprovesAnotherPerRow() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporter = as(w.reporterA);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 18; i++) {
            long id = created(dispatcher.post("/api/projects", project(String.format("旅程审核项目%02d", i), w.countyA,
                    w.unitA, w.leader1, "300"))).id();
            ok(reporter.put("/api/projects/" + id + "/reports/2024-07", report("20")));
            ids.add(id);
        }
        long toReturn = ids.get(15);
        long toApprove = ids.get(3);
        String reason = "形象进度与现场照片不符，请核实后重报";

        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.driver.manage().window().setSize(new Dimension(1600, 1000));
            b.login(w.dispatcher, PASSWORD);
            b.go("/review?period=2024-07");
            assertThat(b.driver.findElements(By.cssSelector("#review-queue tr[id^='review-row-']"))).hasSize(18);
            assertThat(b.text("review-total")).isEqualTo("共18条");
            screenshot(b, "/tmp/review-1600.png");

            // The row near the bottom of the window, as a long list leaves it: the form would open below the fold.
            nearTheBottom(b, b.driver.findElement(By.id("review-row-" + toReturn)));
            b.click("return-open-" + toReturn);
            WebElement field = new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-" + toReturn)));
            new WebDriverWait(b.driver, Duration.ofSeconds(3)).withMessage("the reason form in view right after 退回")
                    .until(d -> inViewport(b, field));
            assertThat(b.driver.switchTo().activeElement()).as("the reason has the focus").isEqualTo(field);
            WebElement row = b.driver.findElement(By.id("review-row-" + toReturn));
            assertThat(field.getLocation().getY() - row.getLocation().getY())
                    .as("the form is right below its row").isBetween(0, 200);
            screenshot(b, "/tmp/review-1600-return.png");
            b.type("reason-" + toReturn, reason);
            b.click("return-submit-" + toReturn);
            b.waitFor("flash");
            assertThat(b.text("flash")).contains("旅程审核项目16");
            assertThat(b.driver.getCurrentUrl()).contains("period=2024-07").contains("status=SUBMITTED");

            b.click("approve-" + toApprove);
            b.waitFor("flash");
            assertThat(b.text("flash")).contains("已审核通过").contains("旅程审核项目04");
            assertThat(b.driver.findElements(By.cssSelector("#review-queue tr[id^='review-row-']"))).hasSize(16);

            b.driver.manage().window().setSize(new Dimension(390, 844));
            b.go("/review?period=2024-07");
            assertThat(noSidewaysScroll(b)).as("no sideways scrolling at 390 px").isTrue();
            nearTheBottom(b, b.driver.findElement(By.id("return-open-" + ids.get(0))));
            b.click("return-open-" + ids.get(0));
            WebElement phoneField = new WebDriverWait(b.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("reason-" + ids.get(0))));
            new WebDriverWait(b.driver, Duration.ofSeconds(3)).withMessage("the reason form in view at 390 px")
                    .until(d -> inViewport(b, phoneField));
            assertThat(noSidewaysScroll(b)).isTrue();
            screenshot(b, "/tmp/review-390.png");
            b.driver.manage().window().setSize(new Dimension(1600, 1000));
            b.go("/review?period=2024-07");
            b.logout();

            b.login(w.reporterA, PASSWORD);
            b.go("/reports/grid?period=2024-07");
            assertThat(b.text("status-" + toReturn)).isEqualTo("已退回");
            assertThat(b.text("reason-" + toReturn)).contains(reason);
            assertThat(b.text("status-" + toApprove)).isEqualTo("已审核");
        }
        var returned = ok(dispatcher.get("/api/projects/" + toReturn + "/reports/2024-07"));
        assertThat(returned.get("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.get("reason").asText()).isEqualTo(reason);
        assertThat(ok(dispatcher.get("/api/projects/" + toApprove + "/reports/2024-07")).get("status").asText())
                .isEqualTo("APPROVED");
        assertThat(ok(dispatcher.get("/api/projects/" + ids.get(0) + "/reports/2024-07")).get("status").asText())
                .as("only opened, never sent").isEqualTo("SUBMITTED");
    }

    private static boolean inViewport(Browser b, WebElement e) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver).executeScript(
                "var r = arguments[0].getBoundingClientRect();"
                        + "return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0"
                        + " && r.right <= window.innerWidth;", e));
    }

    private static void nearTheBottom(Browser b, WebElement e) {
        ((JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'end'}); window.scrollBy(0, 60);", e);
    }

    private static boolean noSidewaysScroll(Browser b) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    private static void screenshot(Browser b, String path) throws Exception {
        File shot = ((TakesScreenshot) b.driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), new File(path).toPath(), StandardCopyOption.REPLACE_EXISTING);
    }
}
