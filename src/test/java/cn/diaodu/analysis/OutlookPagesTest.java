package cn.diaodu.analysis;

import cn.diaodu.support.PageSignIn;
import static cn.diaodu.support.Exact.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The project page and the ledger list show the deeper figures (docs/figures.md) of the worked example, and the
 * project page's forms write milestones. Signed in through the login form, over HTTP, with the CSRF token of each
 * page.
 */
class OutlookPagesTest extends OutlookWorld {

    /** A browser-like session: cookies, the login form, pages and their forms. */
    final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        Session(String username) {
            HttpResponse<String> r = PageSignIn.login(http, "http://localhost:" + port, username, PASSWORD);
            assertThat(r.statusCode()).as("login of %s", username).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET());
            if (r.statusCode() == 200) {
                String t = token(r.body());
                if (t != null) {
                    csrf = t;
                }
            }
            return r;
        }

        String page(String path) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("_csrf", csrf);
            String body = all.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)));
        }

        private HttpResponse<String> send(HttpRequest.Builder b) {
            try {
                return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The CSRF token of a page: the meta tag of the layout or the hidden field of a form. */
    private static String token(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void theProjectPageShowsOutlookMilestonesAndTheBadge() {
        Example e = example();
        Session disp = new Session(e.w().dispatcher);

        String p1 = disp.page("/projects/" + e.p1() + "?ym=2024-06");
        assertThat(p1).contains("id=\"project-outlook\"", "预计与同比", "同比增长", "20.00%", "按编号", "720.00", "60.00%",
                "本项目月均完成");
        // the overdue milestone in red, with its days; the other one not due
        assertThat(p1).contains("table-danger milestone-overdue", "主体完工", "逾期15天", "设备安装", "未到期",
                "1个节点逾期");
        assertThat(p1).doesNotContain("id=\"badge-stalled\"");
        // the dispatcher may add milestones and set actual dates
        assertThat(p1).contains("id=\"milestone-form\"", "/milestones/");

        String p3 = disp.page("/projects/" + e.p3() + "?ym=2024-06");
        assertThat(p3).contains("id=\"badge-stalled\"", "开而不建", "无可比数据", "30.00", "6.00%", "按时间平均",
                "尚无时间节点");
        String p5 = disp.page("/projects/" + e.p5() + "?ym=2024-06");
        assertThat(p5).contains("300.00", "150.00%", "以总投资为上限");

        String en = disp.page("/projects/" + e.p3() + "?ym=2024-06&lang=en");
        assertThat(en).contains("Started, not building", "no comparable data");
    }

    @Test
    void theLedgerListShowsTheForecastRateAndTheBadges() {
        Example e = example();
        Session disp = new Session(e.w().dispatcher);
        String list = disp.page("/projects?ym=2024-06&regionCode=" + e.w().province);
        assertThat(list).contains("预计完成率", "提示", "59.21%", "150.00%", "stalled-badge",
                "overdue-badge", "1个节点逾期");
        // one 开而不建 badge (P3) and one overdue badge (P1)
        assertThat(count(list, "class=\"badge bg-danger stalled-badge\"")).isEqualTo(1);
        assertThat(count(list, "class=\"badge bg-warning text-dark overdue-badge\"")).isEqualTo(1);
        // a reporter's ledger shows its unit's projects with the same columns
        String rep = new Session(e.w().reporterA).page("/projects?ym=2024-06");
        assertThat(rep).contains("预计完成率", "60.00%", "80.00%", "150.00%");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void theFormsOfTheProjectPageWriteMilestones() {
        Example e = example();
        Session disp = new Session(e.w().dispatcher);
        disp.page("/projects/" + e.p3() + "?ym=2024-06");
        HttpResponse<String> r = disp.post("/projects/" + e.p3() + "/milestones",
                Map.of("name", "完成主体", "plannedDate", "2024-07-01", "note", "页面添加", "ym", "2024-06"));
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).endsWith("/projects/" + e.p3() + "?ym=2024-06");
        JsonNode ms = json(ok(as(e.w().dispatcher).get("/api/projects/" + e.p3() + "/milestones")));
        assertThat(ms).hasSize(1);
        assertThat(ms.get(0).get("name").asText()).isEqualTo("完成主体");
        assertThat(ms.get(0).get("note").asText()).isEqualTo("页面添加");
        assertThat(ms.get(0).get("overdue").asBoolean()).isTrue();
        String page = disp.page("/projects/" + e.p3() + "?ym=2024-06");
        assertThat(page).contains("时间节点已保存", "完成主体", "逾期14天");

        // refused: the page says why, nothing is written
        disp.post("/projects/" + e.p3() + "/milestones", Map.of("name", "", "plannedDate", "2024-07-01"));
        assertThat(disp.page("/projects/" + e.p3())).contains("id=\"milestone-errors\"", "必填");
        disp.post("/projects/" + e.p3() + "/milestones", Map.of("name", "x", "plannedDate", "01.07.2024"));
        assertThat(disp.page("/projects/" + e.p3())).contains("YYYY-MM-DD");
        assertThat(json(ok(as(e.w().dispatcher).get("/api/projects/" + e.p3() + "/milestones")))).hasSize(1);

        // the lead unit's reporter (unitB) sets the date it was reached, but cannot add
        long mid = ms.get(0).get("id").asLong();
        Session rep = new Session(e.w().reporterB);
        String repPage = rep.page("/projects/" + e.p3() + "?ym=2024-06");
        assertThat(repPage).doesNotContain("id=\"milestone-form\"");
        assertThat(repPage).contains("/milestones/" + mid + "/actual");
        HttpResponse<String> reached = rep.post("/projects/" + e.p3() + "/milestones/" + mid + "/actual",
                Map.of("actualDate", "2024-07-05"));
        assertThat(reached.statusCode()).isEqualTo(302);
        assertThat(rep.post("/projects/" + e.p3() + "/milestones", Map.of("name", "x", "plannedDate", "2024-08-01"))
                .statusCode()).isEqualTo(403);
        JsonNode after = json(ok(as(e.w().dispatcher).get("/api/projects/" + e.p3() + "/milestones"))).get(0);
        assertThat(after.get("actualDate").asText()).isEqualTo("2024-07-05");
        assertThat(after.get("overdue").asBoolean()).isFalse();
        // a reporter of another unit does not even read the project
        Session other = new Session(e.w().reporterA);
        other.page("/projects");
        assertThat(other.post("/projects/" + e.p3() + "/milestones/" + mid + "/actual",
                Map.of("actualDate", "2024-07-06")).statusCode()).isEqualTo(403);
    }
}
