package cn.diaodu.procedure;

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

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.PageSignIn;

/**
 * The pages of the procedures over HTTP with the login form and CSRF: the project page's section (who sees the
 * forms, a save, a refusal that writes nothing), {@code /procedures}, the ledger's filters 手续齐备待开工 and 手续逾期,
 * the bulletin's sentence and the admin page of the kinds (last: a new kind changes what is ready).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProcedurePagesTest extends ProcedureCity {

    final class Session {
        private final HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf;

        Session(String username) {
            HttpResponse<String> r = PageSignIn.login(http, "http://localhost:" + port, username, PASSWORD);
            assertThat(r.statusCode()).as("login of %s", username).isEqualTo(302);
        }

        HttpResponse<String> get(String path) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).GET());
            Matcher m = Pattern.compile("name=\"_csrf\" (?:content|value)=\"([^\"]+)\"").matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        String page(String path) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as("%s", path).isEqualTo(200);
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

        /** POSTs the form and follows its redirect. */
        String submit(String path, Map<String, String> form) {
            HttpResponse<String> r = post(path, form);
            assertThat(r.statusCode()).as("%s: %s", path, r.body()).isEqualTo(302);
            URI to = URI.create(r.headers().firstValue("Location").orElseThrow());
            return page(to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()));
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

    private JsonNode item(City c, long project, String code) {
        return ProcedureApiTest.item(ok(as(c.w().dispatcher).get("/api/projects/" + project + "/procedures")), code);
    }

    @Test
    @Order(1)
    void theProjectPageShowsEveryKindAndTheFormsToThoseWhoMayRecord() {
        City c = city();
        Session rep = new Session(c.w().reporterA);
        String page = rep.page("/projects/" + c.c());
        assertThat(page).contains("id=\"procedures\"", "前期手续", "立项（审批/核准/备案）", "环评", "征地拆迁",
                "id=\"procedure-overdue-LAND\"", "id=\"procedure-overdue-SITE\"", "id=\"pf-save-EIA\"",
                "id=\"procedures-overdue\"", "2 项逾期", "办理中", "未办理", "已办结");
        assertThat(page).doesNotContain("id=\"procedure-overdue-EIA\"", "id=\"procedures-ready\"");
        String ready = rep.page("/projects/" + c.b());
        assertThat(ready).contains("id=\"procedures-ready\"", "手续齐备待开工", "青发改审批〔2024〕03号", "无需办理");
        Session leader = new Session(c.w().leaderUser);
        String read = leader.page("/projects/" + c.c());
        assertThat(read).contains("id=\"procedures\"", "环评").doesNotContain("id=\"pf-save-EIA\"", "procedure-form");

        // a refusal writes nothing and says why at the row
        String refused = rep.submit("/projects/" + c.c() + "/procedures/PERMIT",
                Map.of("status", "DONE", "documentNo", "青建施许〔2024〕7号"));
        assertThat(refused).contains("id=\"procedure-errors\"", "批复日期", "已办结的手续须填写批复日期");
        assertThat(item(c, c.c(), "PERMIT").get("status").asText()).isEqualTo("PENDING");
        String badDate = rep.submit("/projects/" + c.c() + "/procedures/PERMIT",
                Map.of("status", "DONE", "actualDate", "2024-7-1"));
        assertThat(badDate).contains("id=\"procedure-errors\"", "YYYY-MM-DD");
        assertThat(item(c, c.c(), "PERMIT").get("status").asText()).isEqualTo("PENDING");

        String saved = rep.submit("/projects/" + c.c() + "/procedures/PERMIT", Map.of("status", "DONE",
                "actualDate", "2024-07-12", "appliedDate", "2024-07-01", "documentNo", "青建施许〔2024〕7号",
                "approvingUnitId", String.valueOf(c.unitC()), "note", ""));
        assertThat(saved).contains("id=\"procedure-saved\"", "青建施许〔2024〕7号");
        JsonNode permit = item(c, c.c(), "PERMIT");
        assertThat(permit.get("status").asText()).isEqualTo("DONE");
        assertThat(permit.get("actualDate").asText()).isEqualTo("2024-07-12");
        assertThat(permit.get("approvingUnitId").asLong()).isEqualTo(c.unitC());

        // another unit's reporter may not post
        Session other = new Session(c.w().reporterB);
        other.page("/projects/" + c.d());
        assertThat(other.post("/projects/" + c.c() + "/procedures/PERMIT", Map.of("status", "PENDING"))
                .statusCode()).isEqualTo(403);
        assertThat(item(c, c.c(), "PERMIT").get("status").asText()).isEqualTo("DONE");
    }

    @Test
    @Order(2)
    void theProjectOfficePageShowsTheOverviewTheReadyProjectsTheOverdueListAndTheApprovers() {
        City c = city();
        Session disp = new Session(c.w().dispatcher);
        String page = disp.page("/procedures?ym=2024-07");
        assertThat(page).contains("2024年截至7月前期手续办理情况", "id=\"kpi-projects\">4<", "id=\"kpi-not-started\">3<",
                "id=\"kpi-not-started-rate\">75.00%<", "id=\"kpi-ready\">2<",
                "id=\"ready-" + c.b() + "\"", "id=\"ready-" + c.d() + "\"", "id=\"kind-EIA\"",
                "id=\"overdue-procedures\"", "办理中项目", "用地预审", "规划选址", "共 2 条",
                "id=\"approver-" + c.w().unitB + "\"", "20.00");
        assertThat(page).doesNotContain("id=\"ready-" + c.a() + "\"", "id=\"ready-" + c.c() + "\"");
        String searched = disp.page("/procedures?ym=2024-07&q=" + enc("规划选址"));
        String rows = searched.substring(searched.indexOf("id=\"overdue-procedures\""));
        rows = rows.substring(0, rows.indexOf("</table>"));
        assertThat(searched).contains("共 1 条");
        assertThat(rows).contains("规划选址").doesNotContain("用地预审");
        String august = disp.page("/procedures?ym=2024-08");
        assertThat(august).contains("id=\"kpi-ready\">1<").doesNotContain("id=\"ready-" + c.d() + "\"");
        assertThat(disp.page("/procedures")).contains("前期手续办理情况");
        assertThat(disp.page("/procedures?ym=2024-07&lang=en")).contains("Environmental impact assessment",
                "Projects ready to start (2)", "Overdue procedures");
        disp.page("/procedures?lang=zh_CN");
        assertThat(disp.page("/dashboard")).contains("href=\"/procedures\"");
        assertThat(new Session(c.w().reporterA).get("/procedures").statusCode()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void theLedgerFiltersReadyAndOverdueProjects() {
        City c = city();
        Session disp = new Session(c.w().dispatcher);
        String ready = disp.page("/projects?ym=2024-07&procedures=READY");
        assertThat(ready).contains("待开工项目", "八月开工项目").doesNotContain("已开工项目", "办理中项目");
        assertThat(ready).contains("<option value=\"READY\" selected=\"selected\">手续齐备待开工</option>");
        String august = disp.page("/projects?ym=2024-08&procedures=READY");
        assertThat(august).contains("待开工项目").doesNotContain("八月开工项目", "办理中项目");
        String overdue = disp.page("/projects?ym=2024-07&procedures=OVERDUE");
        assertThat(overdue).contains("办理中项目").doesNotContain("待开工项目", "八月开工项目", "已开工项目");
        String all = disp.page("/projects?ym=2024-07");
        assertThat(all).contains("待开工项目", "八月开工项目", "已开工项目", "办理中项目", "手续逾期");
    }

    @Test
    @Order(4)
    void theBulletinStatesTheProcedures() {
        City c = city();
        Session disp = new Session(c.w().dispatcher);
        String bulletin = disp.page("/bulletins?ym=2024-07");
        assertThat(bulletin).contains("尚在办理前期手续1个，占项目总数的25.0%；手续齐备待开工2个。");
    }

    @Test
    @Order(5)
    void theDashboardHasTheProceduresCard() {
        City c = city();
        Session disp = new Session(c.w().dispatcher);
        String dash = disp.page("/dashboard?ym=2024-07&regionCode=" + c.w().city);
        assertThat(dash).contains("id=\"procedure-card\"", "id=\"proc-not-started\">3<", "占项目总数 75.00%");
        // the two counts lead to the ledger filtered the same way
        assertThat(dash).containsPattern("id=\"proc-ready\" href=\"/projects\\?ym=2024-07&amp;procedures=READY\">2<")
                .containsPattern("id=\"proc-overdue\" href=\"/projects\\?ym=2024-07&amp;procedures=OVERDUE\">1<");
    }

    @Test
    @Order(99)
    void anAdminListsAndAddsKinds() {
        City c = city();
        Session adm = new Session(c.w().adminOnly);
        String page = adm.page("/admin/procedure-kinds");
        assertThat(page).contains("id=\"kind-EIA\"", "环评", "Environmental impact assessment", "id=\"kind-form\"");
        String refused = adm.submit("/admin/procedure-kinds", Map.of("code", "bad code", "name", "坏代码"));
        assertThat(refused).contains("id=\"flash-error\"", "代码");
        String code = "SOIL_" + c.w().province.substring(0, 2);
        String added = adm.submit("/admin/procedure-kinds", Map.of("code", code, "name", "水土保持", "nameEn", "Soil"));
        assertThat(added).contains("id=\"flash\"", "id=\"kind-" + code + "\"", "水土保持");
        assertThat(ProcedureApiTest.codes(ok(as(c.w().reporterA).get("/api/procedures/kinds")))).contains(code);
        assertThat(new Session(c.w().dispatcher).get("/admin/procedure-kinds").statusCode()).isEqualTo(403);
        assertThat(adm.page("/admin/procedure-kinds")).contains("nav-procedure-kinds");
    }
}
