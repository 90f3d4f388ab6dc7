package cn.diaodu.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;

import cn.diaodu.support.ApiTest;
import cn.diaodu.support.PageSignIn;

/**
 * The page /bulletins under a signed-in session: the HTML preview says what the DOCX says (one model rendered
 * twice), the downloads work under the session, and only dispatchers and leaders see it.
 */
class BulletinPagesTest extends ApiTest {

    /** A browser-like session: cookies, the login form with its CSRF token. */
    final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session(String username) throws Exception {
            HttpResponse<String> r = PageSignIn.login(http, "http://localhost:" + port, username, PASSWORD);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<byte[]> bytes(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void previewSaysWhatTheDocxSays() throws Exception {
        World w = world();
        var disp = as(w.dispatcher);
        var b1 = project("甲县光伏组件项目", w.countyA, w.unitA, w.leader1, "60000");
        long p1 = created(disp.post("/api/projects", b1)).id();
        var b2 = project("乙区综合管廊", w.countyB, w.unitB, w.leader2, "40000");
        b2.put("actualStart", null);
        b2.put("plannedStart", "2024-02-01");
        created(disp.post("/api/projects", b2));
        ok(as(w.reporterA).put("/api/projects/" + p1 + "/reports/2024-05", report("21000")));

        Session s = new Session(w.dispatcher);
        HttpResponse<String> page = s.get("/bulletins?ym=2024-06&regionCode=" + w.city);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = HtmlUtils.htmlUnescape(page.body());
        assertThat(html).contains("id=\"download-docx\"").contains("id=\"download-xlsx\"")
                .contains("/bulletins/2024-06.docx?regionCode=" + w.city);

        HttpResponse<byte[]> docx = s.bytes("/bulletins/2024-06.docx?regionCode=" + w.city);
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            // the main text (the 版头, 主送 and 版记 are the document's letterhead, not shown on the page)
            var ps = cn.diaodu.support.OfficialDocs.main(doc);
            // the same title, overview and lists in both
            assertThat(html).contains(cn.diaodu.support.OfficialDocs.titleText(doc)).contains(ps.get(1).getText());
            assertThat(ps.get(1).getText()).startsWith("1—6月，全市2个重点项目");
            for (var p : ps) {
                if (!p.getText().isBlank()) {
                    assertThat(html).contains(p.getText().replace("\n", ""));
                }
            }
            for (var t : doc.getTables()) {
                for (var row : t.getRows()) {
                    for (var cell : row.getTableCells()) {
                        assertThat(html).contains(">" + cell.getText() + "<");
                    }
                }
            }
        }
        assertThat(html).contains("乙区综合管廊").contains("（一）红色预警项目");
        HttpResponse<byte[]> xlsx = s.bytes("/bulletins/2024-06.xlsx?regionCode=" + w.city);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
    }

    @Test
    void onlyForDispatchersAndLeaders() throws Exception {
        World w = world();
        assertThat(new Session(w.leaderUser).get("/bulletins").statusCode()).isEqualTo(200);
        assertThat(new Session(w.reporterA).get("/bulletins").statusCode()).isEqualTo(403);
        assertThat(new Session(w.supervisor).get("/bulletins").statusCode()).isEqualTo(403);
        assertThat(new Session(w.reporterA).bytes("/bulletins/2024-06.docx").statusCode()).isEqualTo(403);
        // the nav shows the item to those who may open it
        assertThat(new Session(w.dispatcher).get("/dashboard").body()).contains("href=\"/bulletins\"");
        assertThat(new Session(w.supervisor).get("/dashboard").body()).doesNotContain("href=\"/bulletins\"");
    }
}
