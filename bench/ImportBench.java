import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The driver of bench/import-50k, run from source with the jar's own libraries on the class path
 * ({@code java -cp 'lib/*' bench/ImportBench.java …}):
 * <ul>
 * <li>{@code seed <jdbc-url> <user> <rows> <previousMonth:true|false>}: writes a region, 50 units and
 * {@code rows} projects of 2024 straight into the (stopped) application's database, and optionally a June report
 * for every project (a database "in July");</li>
 * <li>{@code pg-create|pg-drop <admin-url> <name>}: a throw-away PostgreSQL database for BENCH_DB=postgresql;</li>
 * <li>{@code file <path> <rows>}: writes the 50 000-row file in the template's layout, streaming (SXSSF, shared
 * strings as Excel saves them);</li>
 * <li>{@code import <base-url> <admin-password> <period> <path>}: logs in and posts the file, printing the elapsed
 * time and the answer.</li>
 * </ul>
 */
public class ImportBench {
    static final String PREFIX = "BM2024-";

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "seed" -> seed(args[1], args[2], Integer.parseInt(args[3]), Boolean.parseBoolean(args[4]));
            case "pg-create" -> pg(args[1], "CREATE DATABASE " + args[2] + " ENCODING 'UTF8' TEMPLATE template0");
            case "pg-drop" -> pg(args[1], "DROP DATABASE IF EXISTS " + args[2] + " WITH (FORCE)");
            case "file" -> file(Path.of(args[1]), Integer.parseInt(args[2]));
            case "import" -> importFile(args[1], args[2], args[3], Path.of(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static String code(int i) {
        return PREFIX + String.format("%06d", i);
    }

    static void pg(String adminUrl, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(adminUrl, "postgres", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void seed(String url, String user, int rows, boolean previousMonth) throws Exception {
        long start = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("insert into region(code, name, region_level, parent_code) values ('990000','基准省','PROVINCE',null)");
                s.execute("insert into region(code, name, region_level, parent_code) values ('990100','基准市','CITY','990000')");
            }
            List<Long> units = new ArrayList<>();
            try (PreparedStatement u = c.prepareStatement("insert into unit(name, kind, region_code) values (?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 1; i <= 50; i++) {
                    u.setString(1, "基准单位" + i);
                    u.setString(2, "DEPARTMENT");
                    u.setString(3, "990100");
                    u.executeUpdate();
                    try (ResultSet k = u.getGeneratedKeys()) {
                        k.next();
                        units.add(k.getLong(1));
                    }
                }
            }
            Timestamp now = new Timestamp(System.currentTimeMillis());
            try (PreparedStatement p = c.prepareStatement("insert into project(code, name, plan_year, category, "
                    + "project_level, region_code, lead_unit_id, total_investment, annual_plan, actual_start, "
                    + "has_monthly_plan, version, updated_at) values (?,?,2024,'INDUSTRY','CITY','990100',?,?,?,?,false,0,?)")) {
                for (int i = 0; i < rows; i++) {
                    p.setString(1, code(i));
                    p.setString(2, "基准项目" + i + "号（厂房及配套设施建设）");
                    p.setLong(3, units.get(i % units.size()));
                    p.setBigDecimal(4, new BigDecimal("30000.00"));
                    p.setBigDecimal(5, new BigDecimal("12000.00"));
                    p.setDate(6, Date.valueOf(LocalDate.of(2024, 1, 10)));
                    p.setTimestamp(7, now);
                    p.addBatch();
                    if (i % 1000 == 999) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            if (previousMonth) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("insert into monthly_report(project_id, report_year, report_month, investment, "
                            + "progress, workers_on_site, status, late, zero, updated_at, updated_by) "
                            + "select id, 2024, 6, 900.00, '六月：主体结构施工', 80, 'APPROVED', false, false, "
                            + "current_timestamp, 'bench' from project where code like '" + PREFIX + "%'");
                }
            }
            c.commit();
        }
        System.out.printf("seeded %d projects in 50 units%s in %d ms%n", rows,
                previousMonth ? " with a June report each" : "", (System.nanoTime() - start) / 1_000_000);
    }

    static void file(Path path, int rows) throws IOException {
        long start = System.nanoTime();
        String[] headers = {"项目编号", "项目名称", "牵头单位", "年度计划（万元）", "截至上月累计完成（万元）", "本月完成投资（万元）", "形象进度",
            "施工人数"};
        SXSSFWorkbook wb = new SXSSFWorkbook(null, 200, true, true);
        try (OutputStream out = Files.newOutputStream(path)) {
            SXSSFSheet s = wb.createSheet("月报");
            s.createRow(0).createCell(0).setCellValue("填报说明：基准测试文件");
            Row h = s.createRow(1);
            for (int i = 0; i < headers.length; i++) {
                h.createCell(i).setCellValue(headers[i]);
            }
            for (int i = 0; i < rows; i++) {
                Row r = s.createRow(i + 2);
                r.createCell(0).setCellValue(code(i));
                r.createCell(1).setCellValue("基准项目" + i + "号（厂房及配套设施建设）");
                r.createCell(2).setCellValue("基准单位" + (i % 50 + 1));
                r.createCell(3).setCellValue(12000);
                r.createCell(4).setCellValue(5400);
                r.createCell(5).setCellValue(i % 1000 + 0.25);
                r.createCell(6).setCellValue("七月：第" + i + "号项目主体结构施工，完成" + (i % 100) + "%");
                r.createCell(7).setCellValue(i % 200);
            }
            wb.write(out);
        } finally {
            wb.close();
        }
        System.out.printf("wrote %s: %d rows, %d bytes in %d ms%n", path, rows, Files.size(path),
                (System.nanoTime() - start) / 1_000_000);
    }

    static void importFile(String base, String password, String period, Path file) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login: " + login.statusCode() + " " + login.body());
        }
        String token = login.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        String boundary = "----bench" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/periods/" + period + "/import"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(60))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long ms = (System.nanoTime() - start) / 1_000_000;
        String body = r.body().length() > 300 ? r.body().substring(0, 300) + "…" : r.body();
        System.out.printf("import: HTTP %d in %d ms: %s%n", r.statusCode(), ms, body);
        System.out.printf("RESULT elapsed_ms=%d status=%d%n", ms, r.statusCode());
        if (r.statusCode() != 200) {
            System.exit(1);
        }
    }
}
