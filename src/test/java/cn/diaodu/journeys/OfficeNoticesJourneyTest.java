package cn.diaodu.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Browser;
import cn.diaodu.support.Eventually;

/**
 * The project office in a real browser (issue 11, points 6 and 9): the badge counts the unread notices of the office,
 * opening the list shows them (the unit's name, the office) and clears the badge at once; the navigation shows the
 * display name and links the own password; error pages (404, 403) stay inside the layout with its navigation and
 * never show a stack trace.
 */
class OfficeNoticesJourneyTest extends ApiTest {

    @Test
    void theDispatcherReadsWhatAwaitsItAndErrorPagesKeepTheNavigation() {
        World w = world();
        Api admin = admin();
        rename(admin, w.dispatcher, "项目办王调度");
        Api dispatcher = as(w.dispatcher);
        long project = created(dispatcher.post("/api/projects", project("乙区净水厂", w.countyB, w.unitB, null, "500")))
                .id();
        long problem = created(dispatcher.post("/api/problems", Map.of("projectId", project, "title", "电力接入滞后",
                "category", "OTHER", "description", "需协调供电公司", "assigneeUnitId", w.unitB, "dueWorkingDays", 5)))
                .id();
        Api reporterB = as(w.reporterB);
        ok(reporterB.post("/api/problems/" + problem + "/accept", Map.of("note", "已签收")));
        ok(reporterB.post("/api/problems/" + problem + "/resolve", Map.of("note", "已接入")));
        Eventually.assertThat(() -> assertThat(ok(dispatcher.get("/api/notifications/unread")).get("unread").asInt())
                .isEqualTo(1));

        try (Browser b = Browser.open("http://localhost:" + port)) {
            b.login(w.dispatcher, PASSWORD);
            b.go("/dashboard");
            assertThat(b.text("nav-user")).isEqualTo("项目办王调度");
            assertThat(b.driver.findElement(By.id("nav-password")).getAttribute("href")).endsWith("/account/password");
            new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("unread-count"))
                    .isEmpty());
            assertThat(b.text("unread-count")).isEqualTo("1");

            b.click("nav-notifications");
            b.waitFor("notifications");
            var item = b.driver.findElement(By.cssSelector("#notifications a"));
            assertThat(item.getText()).contains("【待核验】电力接入滞后", "项目办、督查室", "乙区住建局");
            assertThat(item.getAttribute("class")).as("unread before it was opened").contains("unread");
            assertThat(item.getAttribute("href")).endsWith("/problems/" + problem);
            sleepForBadge();
            assertThat(b.driver.findElements(By.id("unread-count"))).as("read once opened").isEmpty();
            assertThat(ok(dispatcher.get("/api/notifications/unread")).get("unread").asInt()).isZero();
            b.go("/problems");
            sleepForBadge();
            assertThat(b.driver.findElements(By.id("unread-count"))).isEmpty();
            b.go("/notifications");
            assertThat(b.driver.findElement(By.cssSelector("#notifications a")).getAttribute("class"))
                    .doesNotContain("unread");

            // error pages inside the layout
            b.go("/problems/99999999");
            b.waitFor("error-page");
            assertThat(b.text("error-page")).startsWith("404").contains("页面或数据不存在");
            assertThat(b.text("nav-user")).isEqualTo("项目办王调度");
            assertThat(b.driver.findElements(By.id("nav-notifications"))).isNotEmpty();
            b.go("/no-such-page");
            b.waitFor("error-page");
            assertThat(b.text("error-page")).startsWith("404");
            assertThat(b.driver.findElements(By.id("logout"))).isNotEmpty();
            b.go("/audit");
            b.waitFor("error-page");
            assertThat(b.text("error-page")).startsWith("403").contains("没有权限");
            assertThat(b.text("nav-user")).isEqualTo("项目办王调度");
            String page = b.driver.getPageSource();
            assertThat(page).doesNotContain("Exception", "at cn.diaodu", "Whitelabel");
        }
    }

    /** The badge is loaded by htmx once the page is there. */
    private static void sleepForBadge() {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void rename(Api admin, String username, String displayName) {
        for (var u : ok(admin.get("/api/users")).body()) {
            if (u.get("username").asText().equals(username)) {
                List<String> roles = new ArrayList<>();
                u.get("roles").forEach(r -> roles.add(r.asText()));
                Map<String, Object> body = new HashMap<>();
                body.put("roles", roles);
                body.put("regionCode", u.get("regionCode").asText());
                body.put("displayName", displayName);
                ok(admin.put("/api/users/" + u.get("id").asLong(), body));
                return;
            }
        }
        throw new AssertionError(username);
    }
}
