package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * 工作日历 in a real browser: the administrator sees the covered years, pastes the next year's arrangement as the State
 * Council's notice gives it, corrects a date, and withdraws the year again. Year 2041 belongs to this test only.
 */
class CalendarJourneyTest extends ApiTest {

    /** Clicks after scrolling the element into the middle at once (Bootstrap scrolls smoothly, clicks would miss). */
    static void press(Browser b, String id) {
        org.openqa.selenium.WebElement e = b.driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }

    @Test
    void anAdministratorPastesAYearsArrangement() {
        World w = world();
        invalid(as(w.dispatcher).get("/api/calendar/working-days?from=2041-01-31&days=1"), "from");
        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login("admin", ADMIN_PASSWORD);
            b.go("/admin/calendar?year=2024");
            assertThat(b.text("year-2024")).contains("2024").contains("内置");
            assertThat(b.text("day-2024-02-04")).contains("调休上班");

            b.type("cal-year", "2041");
            b.type("cal-holidays", "2041-01-01 元旦\n2041-01-31~2041-02-06 春节");
            b.type("cal-workdays", "2041-02-05 春节");
            press(b, "year-save");
            b.waitFor("flash-error");
            assertThat(b.text("flash-error")).contains("2041-02-05");
            assertThat(b.driver.findElement(By.id("cal-holidays")).getAttribute("value")).contains("2041-01-31");

            b.type("cal-workdays", "2041-02-09 春节");
            press(b, "year-save");
            b.waitFor("flash");
            assertThat(b.text("year-2041")).contains("管理员添加");
            assertThat(b.text("day-2041-02-09")).contains("调休上班").contains("春节");
            assertThat(ok(as(w.reporterA).get("/api/calendar/working-days?from=2041-01-30&days=1")).get("date")
                    .asText()).isEqualTo("2041-02-07");

            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "document.getElementById('day-date').value = '2041-02-07'");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("day-kind"))).selectByValue("HOLIDAY");
            b.type("day-name", "春节延长");
            press(b, "day-save");
            b.waitFor("flash");
            assertThat(ok(as(w.reporterA).get("/api/calendar/working-days?from=2041-01-30&days=1")).get("date")
                    .asText()).isEqualTo("2041-02-08");

            b.driver.findElement(By.cssSelector("#year-2041 button")).click();
            b.driver.switchTo().alert().accept();
            b.waitFor("flash");
            assertThat(b.driver.findElements(By.id("year-2041"))).isEmpty();
        }
        invalid(as(w.dispatcher).get("/api/calendar/working-days?from=2041-01-31&days=1"), "from");
    }
}
