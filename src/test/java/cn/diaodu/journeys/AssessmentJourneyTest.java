package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * The assessment journey (issue 14): the organiser builds a quarter round from the template, three leaders score on
 * their phones (390 px, no sideways scroll), the organiser vetoes one county, publishes and downloads the ranking
 * notice.
 */
class AssessmentJourneyTest extends ApiTest {

    @Test
    void aQuarterRoundFromTemplateToNotice() throws Exception {
        World w = world();
        String pp = w.province.substring(0, 2);
        String leader2 = user(admin(), "leadb" + pp, List.of("LEADER"), null, w.province);
        String leader3 = user(admin(), "leadc" + pp, List.of("LEADER"), null, w.province);
        long pa = created(as(w.dispatcher).post("/api/projects", project("甲县产业园", w.countyA, w.unitA, w.leader1,
                "1200"))).id();
        created(as(w.dispatcher).post("/api/projects", project("乙区污水厂", w.countyB, w.unitB, w.leader1, "1000")));
        ok(as(w.reporterA).put("/api/projects/" + pa + "/reports/2024-02", report("240")));

        long id;
        try (Browser br = Browser.open("http://localhost:" + port)) {
            br.login(w.dispatcher, PASSWORD);
            br.go("/assessments");
            br.click("assessment-new");
            br.click("assessment-new-quarter");
            br.waitFor("assessment-form");
            assertThat(br.driver.findElement(By.id("indicators3.source")).getAttribute("value")).isEqualTo("MANUAL");
            br.type("name", "2024年第一季度县区重点项目考核");
            br.click("assessment-create");
            br.waitFor("assessment-flash");
            id = Long.parseLong(br.driver.getCurrentUrl().replaceAll(".*/assessments/(\\d+).*", "$1"));
            assertThat(br.text("assessment-title")).isEqualTo("2024年第一季度县区重点项目考核");
        }

        int[] scores = {90, 85, 80};
        List<String> leaders = List.of(w.leaderUser, leader2, leader3);
        for (int i = 0; i < leaders.size(); i++) {
            try (Browser br = phone()) {
                br.login(leaders.get(i), PASSWORD);
                br.go("/assessments/" + id);
                br.noSidewaysScroll("the round on a phone");
                br.click("assessment-score-link");
                String card = "score-" + w.countyA + "-GM";
                br.waitFor(card);
                br.noSidewaysScroll("the scoring page");
                assertThat(br.driver.findElement(By.id(card + "-save")).getSize().getHeight())
                        .as("a finger-sized button").isGreaterThanOrEqualTo(44);
                br.type(card + "-value", String.valueOf(scores[i]));
                br.click(card + "-save");
                new WebDriverWait(br.driver, Duration.ofSeconds(15)).until(ExpectedConditions
                        .presenceOfElementLocated(By.cssSelector("#" + card + " .alert-success")));
                assertThat(br.driver.findElement(By.id(card)).getText()).contains("已评 " + scores[i] + ".00 分");
                if (i == 0) {
                    br.screenshot("assessment-score-390");
                }
            }
        }
        // each leader sees only their own score
        assertThat(ok(as(leader2).get("/api/assessments/" + id + "/scores")).body()).hasSize(1);

        try (Browser br = Browser.open("http://localhost:" + port)) {
            br.login(w.dispatcher, PASSWORD);
            br.go("/assessments/" + id);
            new Select(br.driver.findElement(By.id("veto-subject"))).selectByValue(w.countyB);
            br.type("veto-reason", "发生较大安全生产事故");
            br.click("veto-submit");
            br.waitFor("assessment-flash");
            assertThat(br.text("result-" + w.countyB)).contains("一票否决");
            br.click("assessment-publish");
            br.driver.switchTo().alert().accept();
            br.waitFor("assessment-flash");
            assertThat(br.text("assessment-state")).contains("已锁定");
            assertThat(br.driver.findElements(By.id("assessment-publish"))).isEmpty();
            br.screenshot("assessment-published-1600");
            assertThat(br.driver.findElement(By.id("assessment-notice")).getAttribute("href"))
                    .endsWith("/assessments/" + id + "/notice.docx");
        }

        JsonNode results = ok(as(w.dispatcher).get("/api/assessments/" + id + "/results")).body();
        assertThat(results.get("published").asBoolean()).isTrue();
        assertThat(results.get("results").get(0).get("subject").asText()).isEqualTo(w.countyA);
        assertThat(results.get("results").get(0).get("scores").get(3).get("score").decimalValue())
                .isEqualByComparingTo("85");
        assertThat(results.get("results").get(1).get("vetoed").asBoolean()).isTrue();
        Download notice = fetch(w.dispatcher, "/api/assessments/" + id + "/notice.docx");
        assertThat(notice.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(notice.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("县区重点项目考核结果的通报", "一、排名情况", "二、一票否决", "发生较大安全生产事故");
        }
    }

    private Browser phone() {
        Browser br = Browser.open("http://localhost:" + port);
        br.driver.manage().window().setSize(new Dimension(390, 844));
        return br;
    }
}
