package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;

/**
 * Reporting from a phone (issue 11 point 2) at 390 × 844: the grid's rows are labelled cards without sideways
 * scrolling; the period's deadline and the returned reports are announced at the top; a save that cannot be taken
 * (the period closed, a row approved or changed by someone else meanwhile) comes back to the grid with the typed
 * values and the reason, and writes nothing; the problem and task pages fit the width too. Each test has a month of
 * 2021 of its own, so that the periods it opens and closes touch no other test; a period it opens, it closes again.
 */
class PhoneGridJourneyTest extends ApiTest {

    @Test
    void reporterFillsLabelledCardsAndSeesTheReturnedReportAnnounced() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        created(dispatcher.post("/api/periods", Map.of("period", "2021-03", "opensAt", "2021-03-25T00:00:00+08:00",
                "deadline", "2024-07-20T18:00:00+08:00")));
        try {
            long a = project2021(dispatcher, w, "青岚新能源电池材料产业园二期工程", "1200");
            long b = project2021(dispatcher, w, "国道G205改扩建工程", "600");
            ok(dispatcher.put("/api/projects/" + b + "/reports/2021-03", report("40")));
            ok(dispatcher.post("/api/projects/" + b + "/reports/2021-03/return",
                    Map.of("reason", "投资额与支付凭证不符，请核实")));

            try (Browser br = phone()) {
                br.login(w.reporterA, PASSWORD);
                br.go("/reports/grid?period=2021-03");
                assertThat(br.driver.findElements(By.cssSelector("#report-grid tbody tr"))).hasSize(2);
                br.noSidewaysScroll("the grid");
                assertThat(br.driver.findElement(By.cssSelector("#report-grid thead")).isDisplayed())
                        .as("cards, not a table").isFalse();
                // every figure and input of a card carries its visible label; inputs are named for screen readers
                WebElement investment = br.driver.findElement(By.id("investment-" + a));
                assertThat(label(br, investment)).isEqualTo("本月完成投资（万元）");
                assertThat(label(br, br.driver.findElement(By.id("progress-" + a)))).isEqualTo("形象进度");
                assertThat(label(br, br.driver.findElement(By.id("workers-" + a)))).isEqualTo("施工人数");
                assertThat(label(br, br.driver.findElement(By.id("raise-problem-" + a)))).isEqualTo("遇到的问题");
                assertThat(label(br, br.driver.findElement(By.id("problems-" + a)))).isEqualTo("遇到的问题");
                assertThat(label(br, br.driver.findElement(By.id("nextPlan-" + a)))).isEqualTo("下月计划");
                assertThat(investment.getAttribute("aria-label")).contains("青岚新能源电池材料产业园二期工程")
                        .contains("本月完成投资");
                List<String> figureLabels = br.driver.findElements(By.cssSelector("#row-" + a + " td.num")).stream()
                        .map(td -> before(br, td)).toList();
                assertThat(figureLabels).containsExactly("年度计划投资（万元）", "本年累计完成（截至上月，万元）");
                assertThat(investment.getSize().getHeight()).as("a finger-sized input").isGreaterThanOrEqualTo(44);

                // announced at the top: the deadline with the days left, the returned report with its reason
                assertThat(br.text("period-deadline")).contains("2024-07-20 18:00");
                assertThat(br.text("period-days")).isEqualTo("还剩5天");
                assertThat(br.text("grid-returned")).contains("1份月报被退回，请修改后重新报送")
                        .contains("国道G205改扩建工程").contains("投资额与支付凭证不符，请核实");
                WebElement returned = br.driver.findElement(By.id("row-" + b));
                assertThat(returned.getAttribute("class")).contains("grid-returned");
                assertThat(returned.getCssValue("border-left-width")).isEqualTo("4px");
                assertThat(returned.getCssValue("border-left-color")).isEqualTo("rgba(220, 53, 69, 1)");
                assertThat(br.driver.findElement(By.id("row-" + a)).getCssValue("border-left-width"))
                        .isNotEqualTo("4px");
                assertThat(br.text("reason-" + b)).contains("投资额与支付凭证不符，请核实");
                br.screenshot("grid-390");

                br.type("investment-" + a, "200.5");
                br.type("progress-" + a, "主体结构施工至第8层\n二次结构进场");
                br.type("workers-" + a, "120");
                br.type("problems-" + a, "临时用电增容未批复");
                br.type("nextPlan-" + a, "主体结构封顶");
                br.type("investment-" + b, "35.5");
                ProblemJourneyTest.press(br, "grid-save");
                br.waitFor("grid-saved");
                assertThat(br.text("status-" + a)).isEqualTo("已报送");
                assertThat(br.text("status-" + b)).isEqualTo("已报送");
                assertThat(br.driver.findElements(By.id("grid-returned"))).as("nothing returned any more").isEmpty();
                br.noSidewaysScroll("the saved grid");

                br.driver.manage().window().setSize(new Dimension(1600, 1000));
                br.go("/reports/grid?period=2021-03");
                assertThat(br.driver.findElement(By.cssSelector("#report-grid thead")).isDisplayed())
                        .as("a table at 1600 px").isTrue();
                br.screenshot("grid-1600");
            }
            var saved = ok(dispatcher.get("/api/projects/" + a + "/reports/2021-03"));
            assertThat(saved.get("investment").decimalValue()).isEqualByComparingTo("200.5");
            assertThat(saved.get("problems").asText()).isEqualTo("临时用电增容未批复");
            assertThat(saved.get("nextPlan").asText()).isEqualTo("主体结构封顶");
            // a textarea sends its line breaks as CRLF (HTML form submission), stored as sent
            assertThat(saved.get("progress").asText().replace("\r\n", "\n")).isEqualTo("主体结构施工至第8层\n二次结构进场");
            assertThat(saved.get("workersOnSite").asInt()).isEqualTo(120);
            assertThat(ok(dispatcher.get("/api/projects/" + b + "/reports/2021-03")).get("status").asText())
                    .isEqualTo("SUBMITTED");
        } finally {
            dispatcher.post("/api/periods/2021-03/close", null);
        }
    }

    @Test
    void aSaveAfterThePeriodWasClosedComesBackWithTheTypedValuesAndTheReason() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        created(dispatcher.post("/api/periods", Map.of("period", "2021-05", "opensAt", "2021-05-25T00:00:00+08:00",
                "deadline", "2024-07-12T18:00:00+08:00")));
        long a = project2021(dispatcher, w, "市第二人民医院新院区建设项目", "900");
        try (Browser br = phone()) {
            br.login(w.reporterA, PASSWORD);
            br.go("/reports/grid?period=2021-05");
            assertThat(br.text("period-days")).isEqualTo("已逾期3天，现在报送将记为迟报");
            br.type("investment-" + a, "80");
            br.type("progress-" + a, "桩基施工完成60%");
            br.type("workers-" + a, "45");
            ok(dispatcher.post("/api/periods/2021-05/close", null));
            ProblemJourneyTest.press(br, "grid-save");
            br.waitFor("grid-refused");
            assertThat(br.text("grid-refused")).contains("未保存任何数据").contains("2021-05").contains("关闭");
            assertThat(br.text("period-closed")).startsWith("本期填报已于2024-07-15").contains("关闭");
            assertThat(br.driver.findElement(By.id("investment-" + a)).getAttribute("value")).isEqualTo("80");
            assertThat(br.driver.findElement(By.id("progress-" + a)).getAttribute("value")).isEqualTo("桩基施工完成60%");
            assertThat(br.driver.findElement(By.id("workers-" + a)).getAttribute("value")).isEqualTo("45");
            assertThat(br.driver.findElement(By.id("investment-" + a)).getAttribute("readonly")).isNotNull();
            assertThat(br.driver.findElements(By.id("grid-save"))).as("a closed period has no save").isEmpty();
            assertThat(br.driver.findElements(By.id("grid-zero"))).isEmpty();
            br.noSidewaysScroll("the refused grid");
            br.screenshot("grid-closed-390");

            // a period not open yet is read-only too, with its opening announced
            created(dispatcher.post("/api/periods", Map.of("period", "2021-06", "opensAt",
                    "2099-01-01T09:00:00+08:00", "deadline", "2099-02-01T00:00:00+08:00")));
            br.go("/reports/grid?period=2021-06");
            assertThat(br.text("period-not-open")).contains("2099-01-01 09:00");
            assertThat(br.driver.findElement(By.id("investment-" + a)).getAttribute("readonly")).isNotNull();
            assertThat(br.driver.findElements(By.id("grid-save"))).isEmpty();
        }
        assertThat(dispatcher.get("/api/projects/" + a + "/reports/2021-05").status()).as("nothing written")
                .isEqualTo(404);
    }

    @Test
    void aSaveOverARowApprovedOrChangedMeanwhileIsRefusedAsAWhole() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long a = project2021(dispatcher, w, "滨江综合管廊一期工程", "800");
        long b = project2021(dispatcher, w, "高新区污水处理厂扩建工程", "500");
        long c = project2021(dispatcher, w, "城东职业教育园区", "300");
        ok(dispatcher.put("/api/projects/" + a + "/reports/2021-07", report("60")));
        ok(dispatcher.put("/api/projects/" + b + "/reports/2021-07", report("30")));
        try (Browser br = phone()) {
            br.login(w.reporterA, PASSWORD);
            br.go("/reports/grid?period=2021-07");
            assertThat(br.text("period-none")).contains("尚未设置填报周期");
            br.type("investment-" + a, "66");
            br.type("investment-" + b, "33");
            br.type("investment-" + c, "12");
            ok(dispatcher.post("/api/projects/" + a + "/reports/2021-07/approve", null));
            ok(dispatcher.put("/api/projects/" + b + "/reports/2021-07", report("31")));
            ProblemJourneyTest.press(br, "grid-save");
            br.waitFor("grid-refused");
            assertThat(br.text("conflict-" + a)).contains("滨江综合管廊一期工程").contains("已审核锁定");
            assertThat(br.text("conflict-" + b)).contains("高新区污水处理厂扩建工程").contains("已被" + w.dispatcher)
                    .contains("31");
            assertThat(br.text("grid-refused")).contains("滨江综合管廊一期工程").contains("高新区污水处理厂扩建工程");
            assertThat(br.driver.findElements(By.id("conflict-" + c))).isEmpty();
            for (long id : new long[] {a, b}) {
                assertThat(br.driver.findElement(By.id("row-" + id)).getAttribute("class")).contains("grid-conflict");
            }
            assertThat(br.driver.findElement(By.id("investment-" + a)).getAttribute("value")).isEqualTo("66");
            assertThat(br.driver.findElement(By.id("investment-" + b)).getAttribute("value")).isEqualTo("33");
            assertThat(br.driver.findElement(By.id("investment-" + c)).getAttribute("value")).isEqualTo("12");
            br.noSidewaysScroll("the refused grid");

            // nothing was written; having read the reason, the reporter saves again: B and C are taken, A stays
            assertThat(dispatcher.get("/api/projects/" + c + "/reports/2021-07").status()).isEqualTo(404);
            assertThat(ok(dispatcher.get("/api/projects/" + b + "/reports/2021-07")).get("investment")
                    .decimalValue()).isEqualByComparingTo("31");
            ProblemJourneyTest.press(br, "grid-save");
            br.waitFor("grid-saved");
        }
        assertThat(ok(dispatcher.get("/api/projects/" + a + "/reports/2021-07")).get("investment").decimalValue())
                .isEqualByComparingTo("60");
        assertThat(ok(dispatcher.get("/api/projects/" + b + "/reports/2021-07")).get("investment").decimalValue())
                .isEqualByComparingTo("33");
        assertThat(ok(dispatcher.get("/api/projects/" + c + "/reports/2021-07")).get("investment").decimalValue())
                .isEqualByComparingTo("12");
    }

    @Test
    void theProblemAndTaskPagesDoNotScrollSidewaysOnAPhone() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long project = created(dispatcher.post("/api/projects", project("青岚大道东延工程（含跨江大桥及两岸接线道路）",
                w.countyA, w.unitA, w.leader1, "700"))).id();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("projectId", project);
        p.put("title", "管线迁改未完成，影响路基施工，需协调供电、燃气、通信等多家单位同步迁改");
        p.put("category", "OTHER");
        p.put("description", "沿线110kV高压线、DN400燃气管道及通信管线共计12处迁改未完成，路基施工无法推进。");
        p.put("assigneeUnitId", w.unitA);
        p.put("dueWorkingDays", 5);
        long problem = created(dispatcher.post("/api/problems", p)).id();
        long meeting = created(as(w.supervisor).post("/api/meetings", Map.of("title", "7月份重点项目调度会", "type",
                "SPECIAL", "date", "2024-07-12"))).id();
        long task = created(dispatcher.post("/api/meetings/" + meeting + "/decisions", Map.of("content",
                "7月20日前完成土地组卷报批，并将批复文件报送市重点项目办公室备案", "responsibleUnitId", w.unitA,
                "responsiblePerson", "张三", "dueDate", "2024-07-20"))).id();
        ok(as(w.reporterA).post("/api/tasks/" + task + "/feedback", Map.of("note", "已完成组卷，待省厅批复")));
        try (Browser br = phone()) {
            br.login(w.dispatcher, PASSWORD);
            for (String page : List.of("/problems/" + problem, "/problems/new", "/tasks/" + task, "/tasks")) {
                br.go(page);
                br.noSidewaysScroll(page);
                br.screenshot("phone" + page.replace('/', '-'));
            }
        }
    }

    private long project2021(Api dispatcher, World w, String name, String plan) {
        Map<String, Object> body = project(name, w.countyA, w.unitA, w.leader1, plan);
        body.put("year", 2021);
        body.put("actualStart", "2021-01-10");
        return created(dispatcher.post("/api/projects", body)).id();
    }

    private Browser phone() {
        Browser br = Browser.open("http://localhost:" + port);
        br.driver.manage().window().setSize(new Dimension(390, 844));
        return br;
    }

    /** The visible label of the card field holding {@code e}: its cell's {@code ::before} text. */
    private static String label(Browser br, WebElement e) {
        return before(br, e.findElement(By.xpath("ancestor::td[1]")));
    }

    private static String before(Browser br, WebElement td) {
        String content = (String) ((JavascriptExecutor) br.driver)
                .executeScript("return getComputedStyle(arguments[0], '::before').content", td);
        return content.replaceAll("^\"|\"$", "");
    }

}
