package cn.diaodu.reporting;

import cn.diaodu.support.PageSignIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The page /reports/excel over a real session: login form, CSRF tokens, the multipart upload with its error table
 * or success message, and the downloads.
 */
class ExcelPagesTest extends ExcelTestSupport {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** A browser-like session: cookies kept, redirects not followed. */
    private final class Session {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }

        String page(String path) throws IOException, InterruptedException {
            HttpResponse<byte[]> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            return new String(r.body(), StandardCharsets.UTF_8);
        }

        void login(String username) throws IOException, InterruptedException {
            HttpResponse<String> r = PageSignIn.login(http, "http://localhost:" + port, username, PASSWORD);
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
        }

        String upload(String csrf, String period, byte[] file) throws IOException, InterruptedException {
            String boundary = "----page" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"period\"\r\n\r\n" + period
                    + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"m.xlsx\""
                    + "\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/reports/excel/import"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            return new String(r.body(), StandardCharsets.UTF_8);
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token in the page").isTrue();
        return m.group(1);
    }

    @Test
    void aReporterDownloadsUploadsAndSeesEveryError() throws Exception {
        World w = world();
        String good = code("PG");
        String bad = code("PG");
        long goodId = project(as(w.dispatcher), good, "页面项目一", w.countyA, w.unitA, "100");
        project(as(w.dispatcher), bad, "页面项目二", w.countyA, w.unitA, "100");

        Session s = new Session();
        s.login(w.reporterA);
        String html = s.page("/reports/excel?period=2024-02");
        assertThat(html).contains("月报 Excel 导入导出", "下载 2024-02 月报模板", "导入 2024-02 月报", "下载 2024-02 月报台账",
                "enctype=\"multipart/form-data\"");
        String token = csrf(html);

        HttpResponse<byte[]> template = s.get("/reports/excel/template.xlsx?period=2024-02");
        assertThat(template.statusCode()).isEqualTo(200);
        assertThat(template.headers().firstValue("Content-Disposition").orElse("")).contains("filename*=UTF-8''");
        byte[] filled;
        try (XSSFWorkbook wb = read(template.body())) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            sheet.getRow(2).getCell(5).setCellValue(10);
            sheet.getRow(3).getCell(5).setCellValue(-1);
            sheet.getRow(3).getCell(7).setCellValue("很多");
            filled = bytes(wb);
        }

        String refused = s.upload(token, "2024-02", filled);
        assertThat(refused).contains("id=\"excel-error-table\"", "未导入任何数据", "本月完成投资（万元）", "施工人数",
                "不能为负数", "应为数字", "下载带“错误说明”列的文件");
        assertThat(refused).containsPattern("<td class=\"num\">4</td>");
        assertThat(as(w.reporterA).get("/api/projects/" + goodId + "/reports/2024-02").status()).isEqualTo(404);

        HttpResponse<byte[]> errors = s.get("/reports/excel/errors.xlsx");
        assertThat(errors.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = read(errors.body())) {
            assertThat(wb.getSheetAt(0).getRow(3).getCell(8).getStringCellValue()).contains("不能为负数");
        }

        byte[] fixed;
        try (XSSFWorkbook wb = read(filled)) {
            wb.getSheetAt(0).getRow(3).getCell(5).setCellValue(1);
            wb.getSheetAt(0).getRow(3).getCell(7).setCellValue(8);
            fixed = bytes(wb);
        }
        String ok = s.upload(csrf(refused), "2024-02", fixed);
        assertThat(ok).contains("id=\"excel-imported\"", "导入成功").doesNotContain("excel-error-table");
        assertThat(as(w.reporterA).get("/api/projects/" + goodId + "/reports/2024-02").status()).isEqualTo(200);

        HttpResponse<byte[]> ledger = s.get("/reports/excel/reports.xlsx?period=2024-02");
        assertThat(ledger.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = read(ledger.body())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }

        String english = s.page("/reports/excel?period=2024-02&lang=en");
        assertThat(english).contains("Monthly reports in Excel", "Download the 2024-02 template");

        Session leader = new Session();
        leader.login(w.leaderUser);
        assertThat(leader.get("/reports/excel").statusCode()).isEqualTo(403);
    }
}
