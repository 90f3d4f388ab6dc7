package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * Suspension (停缓建, CONTRACT §11) from a phone at 390 × 844: the lead unit's reporter asks on the project's page, the
 * project office approves with an opinion and the reporter records the resumption; no page scrolls sideways.
 */
class SuspensionPhoneJourneyTest extends ApiTest {

    @Test
    void askDecideAndResumeOnAPhone() {
        World w = world();
        long p = created(as(w.dispatcher).post("/api/projects", project("青岚新能源电池材料产业园二期工程", w.countyA,
                w.unitA, w.leader1, "1200"))).id();
        try (Browser br = phone()) {
            br.login(w.reporterA, PASSWORD);
            br.go("/projects/" + p);
            br.noSidewaysScroll("the project page");
            br.type("suspension-reason", "因中央生态环境保护督察反馈问题停工整改，整改验收后复工");
            date(br, "suspension-from", "2024-06-01");
            date(br, "suspension-expected", "2024-09-30");
            br.click("suspension-request-button");
            br.waitFor("suspension-flash");
            assertThat(br.driver.findElement(By.cssSelector(".suspension-entry .suspension-badge")).getText())
                    .isEqualTo("待审批");
            br.noSidewaysScroll("the requested suspension");
        }
        long s = ok(as(w.reporterA).get("/api/projects/" + p + "/suspensions")).body().get(0).get("id").asLong();
        try (Browser br = phone()) {
            br.login(w.dispatcher, PASSWORD);
            br.go("/projects/" + p);
            br.type("suspension-note-" + s, "同意停工整改，请按督察要求限期整改到位");
            assertThat(br.driver.findElement(By.id("suspension-approve-" + s)).getSize().getHeight())
                    .as("a finger-sized button").isGreaterThanOrEqualTo(44);
            br.noSidewaysScroll("the decision form");
            scrollToSection(br);
            br.screenshot("suspension-decide-390");
            br.click("suspension-approve-" + s);
            br.waitFor("suspension-flash");
            assertThat(br.text("suspension-status-" + s)).isEqualTo("已批准停缓建");
            assertThat(br.text("badge-suspended")).isEqualTo("停缓建中");
            br.go("/suspensions");
            br.noSidewaysScroll("the list");
            assertThat(br.driver.findElement(By.id("suspension-row-" + s)).getText()).contains("已批准停缓建");
        }
        try (Browser br = phone()) {
            br.login(w.reporterA, PASSWORD);
            br.go("/projects/" + p);
            date(br, "suspension-date-" + s, "2024-07-10");
            br.click("suspension-resume-button-" + s);
            br.waitFor("suspension-flash");
            assertThat(br.text("suspension-status-" + s)).isEqualTo("已复工");
            br.noSidewaysScroll("the resumed suspension");
            scrollToSection(br);
            br.screenshot("suspension-resumed-390");
        }
        assertThat(ok(as(w.reporterA).get("/api/projects/" + p + "/suspensions")).body().get(0).get("resumedOn")
                .asText()).isEqualTo("2024-07-10");
    }

    private static void scrollToSection(Browser br) {
        ((JavascriptExecutor) br.driver)
                .executeScript("document.getElementById('project-suspensions').scrollIntoView()");
    }

    private Browser phone() {
        Browser br = Browser.open("http://localhost:" + port);
        br.driver.manage().window().setSize(new Dimension(390, 844));
        return br;
    }

    /** A date field's value, set as the browser would after picking it (typing depends on the locale's format). */
    private static void date(Browser br, String id, String value) {
        ((JavascriptExecutor) br.driver).executeScript("arguments[0].value = arguments[1]",
                br.driver.findElement(By.id(id)), value);
    }

}
