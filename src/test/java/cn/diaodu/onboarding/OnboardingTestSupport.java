package cn.diaodu.onboarding;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** What the onboarding tests share: sheets made with POI, multipart uploads, binary downloads. */
abstract class OnboardingTestSupport extends ApiTest {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final HttpClient http = HttpClient.newHttpClient();

    /** An answer with its bytes. */
    record Bin(int status, String contentType, byte[] body) {
        JsonNode json() {
            try {
                return body.length == 0 ? NullNode.instance : Api.json().readTree(body);
            } catch (IOException e) {
                return NullNode.instance;
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType != null && contentType.contains("json")
                    ? new String(body, StandardCharsets.UTF_8) : body.length + " bytes");
        }
    }

    String tokenOf(String username) {
        return token(username, passwordOf(username));
    }

    Bin download(String username, String path) {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET(), tokenOf(username));
    }

    Bin upload(String username, String path, byte[] file) {
        String boundary = "----diaodu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\""
                    + "\r\nContent-Type: " + XLSX + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(file);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), tokenOf(username));
    }

    private Bin send(HttpRequest.Builder b, String token) {
        b.header("Authorization", "Bearer " + token);
        try {
            HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Bin(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null), r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static XSSFWorkbook read(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A one-sheet workbook: the header row, then the rows; a LocalDate becomes an Excel date, a Number a number. */
    static byte[] sheet(List<String> headers, List<List<Object>> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("清单");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v == null) {
                        continue;
                    }
                    Cell c = row.createCell(i);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        c.setCellValue(d);
                        c.setCellStyle(date);
                    } else {
                        c.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Object> row(Object... values) {
        List<Object> out = new ArrayList<>();
        for (Object v : values) {
            out.add(v);
        }
        return out;
    }

    /** Every error of a 422 (or 403) as "row|column|field". */
    static List<String> errorKeys(Bin r) {
        List<String> out = new ArrayList<>();
        r.json().get("errors").forEach(e -> out.add((e.hasNonNull("row") ? e.get("row").asText() : "-") + "|"
                + (e.hasNonNull("column") ? e.get("column").asText() : "-") + "|" + e.get("field").asText()));
        return out;
    }

    static String messageAt(Bin r, int row, String column) {
        for (JsonNode e : r.json().get("errors")) {
            if (e.hasNonNull("row") && e.get("row").asInt() == row && e.get("column").asText().equals(column)) {
                return e.get("message").asText();
            }
        }
        return null;
    }
}
