package cn.diaodu.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The Excel round trip of the funds pipeline (issue 13 point 5): the template, an import whose columns are in another
 * order with programmes and stages by their Chinese names and dates as Excel dates or text, a refused file whose every
 * bad cell is listed by row and column with nothing written, and the export. Today is 2024-07-15.
 */
class FundImportApiTest extends ApiTest {

    /** A workbook with the header row and the rows; a LocalDate is written as an Excel date, a Number as a number. */
    static byte[] book(List<String> headers, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("清单");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                h.createCell(i).setCellValue(headers.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final List<String> HEADERS = List.of("责任单位", "项目名称", "资金类别", "阶段", "总投资(万元)",
            "申请资金（万元）", "下达资金（万元）", "日期", "关联重点项目");

    @Test
    void importsEveryRowThroughTheStages() throws IOException {
        World w = world();
        Api d = as(w.dispatcher);
        long project = created(d.post("/api/projects", project("青岚智慧水务项目", w.countyA, w.unitA, w.leader1, "900")))
                .id();
        String a = "甲县发改局" + w.province.substring(0, 2);
        String b = "乙区住建局" + w.province.substring(0, 2);
        byte[] file = book(HEADERS, List.of(
                List.of(a, "城乡供水一体化", "中央预算内投资", "储备", 32000, 9000, "", LocalDate.of(2024, 2, 1),
                        "青岚智慧水务项目"),
                List.of(b, "棚户区改造", "专项债", "已下达", "56,000", 28000, 20000.5, "2024-05-20", ""),
                List.of(b, "水库除险加固", "TREASURY_BOND", "未获批", 26000, 15000, "", "2024/06/30", ""),
                List.of(a, "文旅示范区", "省级专项资金", "", 12000, 2000, "", "", "")));
        Api.Res r = upload(w.dispatcher, "/api/fund-applications/import?year=2024", "file", "清单.xlsx", file);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.get("imported").asInt()).isEqualTo(4);

        JsonNode list = ok(d.get("/api/fund-applications?year=2024&regionCode=" + w.province)).body();
        assertThat(list.size()).isEqualTo(4);
        JsonNode byName = null;
        List<String> seen = new ArrayList<>();
        for (JsonNode x : list) {
            seen.add(x.get("name").asText() + " " + x.get("stage").asText() + " " + x.get("date").asText());
            if (x.get("name").asText().equals("棚户区改造")) {
                byName = x;
            }
            if (x.get("name").asText().equals("城乡供水一体化")) {
                assertThat(x.get("projectId").asLong()).isEqualTo(project);
                assertThat(x.get("programme").asText()).isEqualTo("CENTRAL_BUDGET");
            }
        }
        assertThat(seen).containsExactlyInAnyOrder("城乡供水一体化 RESERVE 2024-02-01", "棚户区改造 APPROVED 2024-05-20",
                "水库除险加固 REJECTED 2024-06-30", "文旅示范区 RESERVE 2024-07-15");
        assertThat(byName).isNotNull();
        assertThat(byName.get("obtained").decimalValue()).isEqualByComparingTo("20000.5");
        assertThat(byName.get("totalInvestment").decimalValue()).isEqualByComparingTo("56000");
        assertThat(byName.get("programme").asText()).isEqualTo("SPECIAL_BOND");
    }

    @Test
    void everyBadCellIsListedAndNothingIsWritten() throws IOException {
        World w = world();
        String a = "甲县发改局" + w.province.substring(0, 2);
        byte[] file = book(HEADERS, List.of(
                List.of(a, "好的一行", "中央预算内投资", "储备", 100, 50, "", "2024-02-01", ""),
                List.of("不存在的单位", "坏单位", "中央预算内投资", "储备", 100, 50, "", "", ""),
                List.of(a, "负数", "彩票公益金", "已申报", -100, 50, "", "", ""),
                List.of(a, "阶段不明", "其他", "完成了", 100, "很多", "", "", "不存在的项目"),
                List.of(a, "缺下达资金", "其他", "已下达", 100, 50, "", "2024-08-01", ""),
                List.of(a, "", "其他", "储备", 100, 50, 10, "", "")));
        Api.Res r = upload(w.dispatcher, "/api/fund-applications/import?year=2024", "file", "清单.xlsx", file);
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        List<String> cells = new ArrayList<>();
        r.get("errors").forEach(e -> cells.add(e.get("row").asInt() + " " + e.get("column").asText() + " "
                + e.get("field").asText()));
        assertThat(cells).containsExactly(
                "3 责任单位 responsibleUnitId",
                "4 资金类别 programme",
                "4 总投资(万元) totalInvestment",
                "5 申请资金（万元） requested",
                "5 关联重点项目 projectId",
                "5 阶段 stage",
                "6 下达资金（万元） obtained",
                "6 日期 date",
                "7 项目名称 name",
                "7 下达资金（万元） obtained");
        r.get("errors").forEach(e -> assertThat(e.get("message").asText()).isNotBlank());
        assertThat(ok(as(w.dispatcher).get("/api/fund-applications?regionCode=" + w.province)).body().size())
                .isZero();

        // a file without a required column, a missing year, a role that does not enter applications
        byte[] noUnit = book(List.of("项目名称", "资金类别", "总投资（万元）", "申请资金（万元）"),
                List.of(List.of("x", "其他", 1, 1)));
        Api.Res missing = upload(w.dispatcher, "/api/fund-applications/import?year=2024", "file", "x.xlsx", noUnit);
        invalid(missing, "file");
        assertThat(missing.text()).contains("责任单位");
        invalid(upload(w.dispatcher, "/api/fund-applications/import", "file", "x.xlsx", file), "year");
        invalid(upload(w.dispatcher, "/api/fund-applications/import?year=2024", "file", "x.xlsx",
                "not a workbook".getBytes()), "file");
        assertThat(upload(w.leaderUser, "/api/fund-applications/import?year=2024", "file", "x.xlsx", file).status())
                .isEqualTo(403);
    }

    @Test
    void theTemplateAndTheExport() throws IOException {
        World w = world();
        Api d = as(w.dispatcher);
        created(d.post("/api/fund-applications", FundApiTest.body("导出的项目", "OTHER", "100", "50", w.unitA)));
        Download t = fetch(w.dispatcher, "/api/fund-applications/template.xlsx");
        assertThat(t.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(t.body()))) {
            Row h = wb.getSheetAt(0).getRow(0);
            List<String> headers = new ArrayList<>();
            h.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("项目名称", "资金类别", "总投资（万元）", "申请资金（万元）", "责任单位",
                    "关联重点项目", "阶段", "下达资金（万元）", "日期");
            assertThat(wb.getSheet("填写说明")).isNotNull();
        }
        Download x = fetch(w.dispatcher, "/api/fund-applications/export.xlsx?year=2024&unitId=" + w.unitA);
        assertThat(x.status()).isEqualTo(200);
        assertThat(x.header("Content-Type")).contains("spreadsheetml");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            StringBuilder all = new StringBuilder();
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all.toString()).contains("导出的项目").contains("储备");
        }
        assertThat(fetch(w.auditor, "/api/fund-applications/export.xlsx").status()).isEqualTo(403);
    }
}
