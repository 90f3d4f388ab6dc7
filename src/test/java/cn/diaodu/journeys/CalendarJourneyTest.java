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
        String days = "/api/calendar/working-days?from=";
        invalid(as(w.dispatcher).get(days + "2045-02-10&days=1"), "from");
        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login("admin", ADMIN_PASSWORD);
            b.go("/admin/calendar?year=2024");
            assertThat(b.text("year-2024")).contains("2024").contains("内置");
            assertThat(b.text("day-2024-02-04")).contains("调休上班");

            b.type("cal-year", "2045");
            b.type("cal-holidays", "2045-01-01~2045-01-02 元旦\n2045-02-16~2045-02-22 春节");
            b.type("cal-workdays", "2045-02-17 春节");
            press(b, "year-save");
            b.waitFor("flash-error");
            assertThat(b.text("flash-error")).contains("2045-02-17");
            assertThat(b.driver.findElement(By.id("cal-holidays")).getAttribute("value")).contains("2045-02-16");

            b.type("cal-workdays", "2045-02-12 春节");
            press(b, "year-save");
            b.waitFor("flash");
            assertThat(b.text("year-2045")).contains("管理员添加");
            assertThat(b.text("day-2045-02-12")).contains("调休上班").contains("春节");
            assertThat(ok(as(w.reporterA).get(days + "2045-02-10&days=1")).get("date").asText())
                    .as("the Sunday 02-12 is worked").isEqualTo("2045-02-12");
            assertThat(ok(as(w.reporterA).get(days + "2045-02-12&days=1")).get("date").asText())
                    .isEqualTo("2045-02-13");

            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                    "document.getElementById('day-date').value = '2045-02-13'");
            new org.openqa.selenium.support.ui.Select(b.driver.findElement(By.id("day-kind"))).selectByValue("HOLIDAY");
            b.type("day-name", "春节延长");
            press(b, "day-save");
            b.waitFor("flash");
            assertThat(b.text("day-2045-02-13")).contains("放假").contains("春节延长");
            assertThat(ok(as(w.reporterA).get(days + "2045-02-12&days=1")).get("date").asText())
                    .isEqualTo("2045-02-14");

            press(b, "delete-year-2045");
            b.driver.switchTo().alert().accept();
            b.waitFor("flash");
            assertThat(b.driver.findElements(By.id("year-2045"))).isEmpty();
        }
        invalid(as(w.dispatcher).get(days + "2045-02-10&days=1"), "from");
    }
}
