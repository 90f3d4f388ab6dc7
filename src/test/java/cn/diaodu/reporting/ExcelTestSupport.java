package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** What the Excel tests share: multipart uploads, binary downloads, spreadsheets made and read with POI. */
abstract class ExcelTestSupport extends ApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADERS = List.of("项目编号", "项目名称", "牵头单位", "年度计划（万元）", "截至上月累计完成（万元）",
            "本月完成投资（万元）", "形象进度", "施工人数");
    static final String INV = "本月完成投资（万元）";
    private static final AtomicInteger CODES = new AtomicInteger(1);
    private final HttpClient http = HttpClient.newHttpClient();

    /** An HTTP answer with its bytes. */
    record Bin(int status, String contentType, String disposition, byte[] body) {
        JsonNode json() {
            try {
                return body.length == 0 ? NullNode.instance : Api.json().readTree(body);
            } catch (IOException e) {
                return NullNode.instance;
            }
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType != null && contentType.contains("json") ? text()
                    : body.length + " bytes");
        }
    }

    Bin download(String token, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), token);
    }

    Bin upload(String token, String path, byte[] file, String filename) {
        String boundary = "----diaodu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), token);
    }

    private Bin send(HttpRequest.Builder b, String token) {
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bin(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Content-Disposition").orElse(null), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    String tokenOf(String username) {
        return token(username, PASSWORD);
    }

    /** A fresh project code unique in this JVM. */
    static String code(String prefix) {
        return prefix + "-" + String.format("%05d", CODES.getAndIncrement());
    }

    /** Creates a 2024 project with the given code as the dispatcher; returns its id. */
    long project(Api dispatcher, String code, String name, String region, long unit, String annualPlan) {
        Map<String, Object> body = project(name, region, unit, null, annualPlan);
        body.put("code", code);
        return created(dispatcher.post("/api/projects", body)).id();
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(Workbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The texts of a row, blank cells as "". */
    static List<String> texts(Row row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell c = row.getCell(i);
            out.add(c == null ? "" : c.getCellType() == CellType.STRING ? c.getStringCellValue() : c.toString());
        }
        return out;
    }

    /** A sheet in the template's layout: an instructions row, the header row, then one row per {@code rows} entry. */
    static Sheet templateSheet(Workbook wb, String name) {
        Sheet s = wb.createSheet(name);
        s.createRow(0).createCell(0).setCellValue("填报说明");
        Row h = s.createRow(1);
        for (int i = 0; i < HEADERS.size(); i++) {
            h.createCell(i).setCellValue(HEADERS.get(i));
        }
        return s;
    }

    /** Fills data row {@code index} (0-based below the header) of a template-layout sheet; null leaves it blank. */
    static Row dataRow(Sheet s, int index, String code, Object investment, String progress, Object workers) {
        Row r = s.createRow(2 + index);
        if (code != null) {
            r.createCell(0).setCellValue(code);
        }
        r.createCell(1).setCellValue("项目");
        set(r, 5, investment);
        if (progress != null) {
            r.createCell(6).setCellValue(progress);
        }
        set(r, 7, workers);
        return r;
    }

    static void set(Row r, int col, Object value) {
        if (value == null) {
            return;
        }
        Cell c = r.createCell(col);
        if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else {
            c.setCellValue(value.toString());
        }
    }

    /** The (row, column, field) of every error of a 422, as "row|column|field". */
    static List<String> errorKeys(Bin r) {
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add((e.hasNonNull("row") ? e.get("row").asText() : "-") + "|"
                + (e.hasNonNull("column") ? e.get("column").asText() : "-") + "|" + e.get("field").asText()));
        return out;
    }

    static String messageAt(Bin r, int row, String field) {
        for (JsonNode e : r.json().get("errors")) {
            if (e.hasNonNull("row") && e.get("row").asInt() == row && e.get("field").asText().equals(field)) {
                return e.get("message").asText();
            }
        }
        return null;
    }
}
