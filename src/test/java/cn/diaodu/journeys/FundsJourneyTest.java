package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * Higher-level funds (issue 13 point 4): the project office enters a policy project on {@code /funds/new}, is refused
 * a date before the reserve stage in place, moves it to 已下达 with the funds granted, and finds it in the figures of
 * {@code /funds/analysis} (the row of 已下达 and the sentence); the list and the analysis page fit a phone.
 */
class FundsJourneyTest extends ApiTest {

    @Test
    void aDispatcherEntersAnApplicationAdvancesItToGrantedAndSeesItInTheAnalysis() {
        World w = world();
        try (Browser br = Browser.open("http://localhost:" + port)) {
            br.login(w.dispatcher, PASSWORD);
            br.go("/funds?year=2024");
            assertThat(br.driver.findElements(By.id("funds-empty"))).hasSize(1);
            ProblemJourneyTest.press(br, "funds-new");
            br.waitFor("fund-form");
            br.type("name", "城东污水管网改造工程");
            new Select(br.driver.findElement(By.id("programme"))).selectByValue("CENTRAL_BUDGET");
            br.type("totalInvestment", "12000");
            br.type("requested", "-5");
            new Select(br.driver.findElement(By.id("responsibleUnitId"))).selectByValue(String.valueOf(w.unitA));
            setDate(br, "date", "2024-03-01");
            ProblemJourneyTest.press(br, "fund-save");
            br.waitFor("fund-form");
            assertThat(br.driver.findElement(By.id("requested")).getAttribute("class")).contains("is-invalid");
            assertThat(br.driver.findElement(By.id("name")).getAttribute("value")).isEqualTo("城东污水管网改造工程");
            br.type("requested", "3000");
            ProblemJourneyTest.press(br, "fund-save");
            br.waitFor("fund-advance");
            assertThat(br.text("fund-stage")).isEqualTo("储备（开展前期）");

            // a date before the reserve stage is refused in place; then straight to 已下达 with the amount
            new Select(br.driver.findElement(By.id("stage"))).selectByValue("APPROVED");
            setDate(br, "date", "2024-02-01");
            br.type("obtained", "2500");
            ProblemJourneyTest.press(br, "fund-advance-submit");
            br.waitFor("fund-advance");
            assertThat(br.driver.findElement(By.id("date")).getAttribute("class")).contains("is-invalid");
            assertThat(br.text("fund-stage")).isEqualTo("储备（开展前期）");
            new Select(br.driver.findElement(By.id("stage"))).selectByValue("APPROVED");
            setDate(br, "date", "2024-06-30");
            br.type("obtained", "2500");
            ProblemJourneyTest.press(br, "fund-advance-submit");
            br.waitFor("funds-flash");
            assertThat(br.text("fund-stage")).isEqualTo("已下达");
            assertThat(br.text("fund-obtained")).isEqualTo("2,500.00");
            assertThat(br.text("fund-stage-SUBMITTED")).contains("2024-06-30");
            assertThat(br.driver.findElements(By.id("fund-advance-done"))).hasSize(1);
            br.screenshot("funds-detail-1600");

            br.go("/funds/analysis?year=2024");
            assertThat(br.text("stage-APPROVED")).contains("1").contains("3,000.00").contains("2,500.00");
            assertThat(br.text("funds-sentence")).contains("已下达1项，争取资金0.25亿元");
            br.screenshot("funds-analysis-1600");

            br.driver.manage().window().setSize(new Dimension(390, 844));
            br.go("/funds?year=2024");
            assertThat(br.text("funds-list")).contains("城东污水管网改造工程");
            br.noSidewaysScroll("the funds list");
            br.screenshot("funds-list-390");
            br.go("/funds/analysis?year=2024");
            br.noSidewaysScroll("the funds analysis");
            br.screenshot("funds-analysis-390");
        }
        Api d = as(w.dispatcher);
        JsonNode list = ok(d.get("/api/fund-applications?year=2024&unitId=" + w.unitA)).body();
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).get("stage").asText()).isEqualTo("APPROVED");
        List<String> stages = new java.util.ArrayList<>();
        list.get(0).get("stages").forEach(s -> stages.add(s.get("stage").asText() + "=" + s.get("date").asText()));
        assertThat(stages).containsExactly("RESERVE=2024-03-01", "READY=2024-06-30", "SUBMITTED=2024-06-30",
                "APPROVED=2024-06-30");
    }

    private static void setDate(Browser br, String id, String value) {
        ((JavascriptExecutor) br.driver).executeScript("arguments[0].value = arguments[1]",
                br.driver.findElement(By.id(id)), value);
    }
}
