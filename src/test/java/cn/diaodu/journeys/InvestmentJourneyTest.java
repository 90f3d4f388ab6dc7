package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * The attraction office's journey (招商引资, issue 13): it enters a lead, moves it to 签约 with an amount (a missing
 * amount is refused in place first), records funds in place, starts it, converts it into a key project in one step
 * and finds the new project in the ledger, with the line "来自招商项目" leading back; the lead's page does not scroll
 * sideways on a phone. Today is 2024-07-15.
 */
class InvestmentJourneyTest extends ApiTest {

    @Test
    void enterSignFundStartConvertAndFindItInTheLedger() {
        World w = world();
        String office = user(admin(), "zsj" + w.province, List.of("ATTRACTION"), null, w.province);
        String name = "青岚智能终端产业园" + w.province;
        try (Browser br = Browser.open("http://localhost:" + port)) {
            br.driver.manage().window().setSize(new Dimension(1600, 1000));
            br.login(office, PASSWORD);
            br.click("nav-investments");
            br.waitFor("investment-new");
            br.click("investment-new");
            // nothing typed: the form comes back with the refused fields' messages in place
            br.type("inv-planned", "0");
            br.click("investment-save");
            br.waitFor("inv-name-error");
            assertThat(br.text("inv-name-error")).isNotEmpty();
            assertThat(br.text("inv-planned-error")).isNotEmpty();
            br.type("inv-name", name);
            br.type("inv-investor", "深圳智联电子有限公司");
            new Select(br.driver.findElement(By.id("inv-origin"))).selectByValue("DOMESTIC");
            br.type("inv-industry", "电子信息");
            br.type("inv-planned", "80000");
            new Select(br.driver.findElement(By.id("inv-region"))).selectByValue(w.countyA);
            new Select(br.driver.findElement(By.id("inv-unit"))).selectByValue(String.valueOf(w.unitA));
            br.type("inv-negotiator", "王洽谈");
            br.type("inv-informant", "赵信息");
            date(br, "inv-date", "2024-01-15");
            br.click("investment-save");
            br.waitFor("investment-flash");
            assertThat(br.text("investment-name")).isEqualTo(name);
            assertThat(br.text("investment-stage")).isEqualTo("线索");

            // to 签约 without an amount: refused in place, nothing written
            new Select(br.driver.findElement(By.id("advance-stage"))).selectByValue("SIGNED");
            date(br, "advance-date", "2024-03-01");
            br.click("advance-button");
            br.waitFor("advance-amount-error");
            assertThat(br.text("advance-amount-error")).isNotEmpty();
            assertThat(br.text("investment-stage")).isEqualTo("线索");
            // with the amount
            new Select(br.driver.findElement(By.id("advance-stage"))).selectByValue("SIGNED");
            date(br, "advance-date", "2024-03-01");
            br.type("advance-amount", "96000");
            new Select(br.driver.findElement(By.id("advance-agreement"))).selectByValue("CONTRACT");
            br.click("advance-button");
            br.waitFor("investment-flash");
            assertThat(br.text("investment-stage")).isEqualTo("签约");
            assertThat(br.text("investment-signed")).isEqualTo("96,000.00");

            // funds in place
            date(br, "funds-date", "2024-04-10");
            br.type("funds-amount", "24000");
            br.click("funds-button");
            br.waitFor("investment-flash");
            assertThat(br.text("investment-funds")).startsWith("24,000.00").contains("25.00%");

            // started (landed on the same day: the skipped stage takes the date)
            new Select(br.driver.findElement(By.id("advance-stage"))).selectByValue("STARTED");
            date(br, "advance-date", "2024-06-01");
            br.click("advance-button");
            br.waitFor("investment-flash");
            assertThat(br.text("investment-stage")).isEqualTo("开工");
            assertThat(br.text("inv-step-LANDED")).contains("2024-06-01");
            br.screenshot("investment-detail-1600");

            // one step into the ledger
            br.click("investment-convert");
            br.waitFor("investment-project-link");
            assertThat(br.text("investment-flash")).contains("重点项目");
            br.click("investment-project-link");
            br.waitFor("project-investment-origin");
            assertThat(br.text("project-investment-origin")).contains("来自招商项目").contains(name);
            br.screenshot("investment-project-1600");

            br.go("/projects?ym=2024-07&q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(br.driver.findElement(By.tagName("main")).getText()).contains(name);
            br.screenshot("investment-ledger-1600");

            // the lead's page on a phone
            br.driver.manage().window().setSize(new Dimension(390, 844));
            br.go("/investments");
            br.noSidewaysScroll("the list of leads");
            br.driver.findElement(By.linkText(name)).click();
            br.waitFor("investment-steps");
            br.noSidewaysScroll("the lead's page");
            br.screenshot("investment-detail-390");
        }
        JsonNode leads = ok(as(office).get("/api/investments?q=" + java.net.URLEncoder.encode(name,
                java.nio.charset.StandardCharsets.UTF_8))).body();
        assertThat(leads).hasSize(1);
        JsonNode lead = leads.get(0);
        assertThat(lead.get("stage").asText()).isEqualTo("STARTED");
        long pid = lead.get("projectId").asLong();
        JsonNode p = ok(as(w.dispatcher).get("/api/projects/" + pid)).body();
        assertThat(p.get("name").asText()).isEqualTo(name);
        assertThat(p.get("totalInvestment").decimalValue()).isEqualByComparingTo("96000");
        assertThat(p.get("actualStart").asText()).isEqualTo("2024-06-01");
        assertThat(p.get("leadUnitId").asLong()).isEqualTo(w.unitA);
    }

    /** A date field's value, set as the browser would after picking it (typing depends on the locale's format). */
    private static void date(Browser br, String id, String value) {
        ((JavascriptExecutor) br.driver).executeScript("arguments[0].value = arguments[1]",
                br.driver.findElement(By.id(id)), value);
    }
}
