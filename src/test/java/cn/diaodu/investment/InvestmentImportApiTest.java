package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * The Excel round trip of the attraction pipeline: the template, an import whose columns come in any order (stages
 * by their Chinese names, dates as Excel dates or text) that sets every stage's date, funds and losses; a refused
 * file with every bad cell by row and column and nothing written; the export. Today is 2024-07-15.
 */
class InvestmentImportApiTest extends InvestmentCity {

    private static final List<String> HEADERS = List.of("阶段", "项目名称", "投资方", "投资方来源", "产业链",
            "计划投资（万元）", "所在地区", "责任单位", "第一信息人", "线索日期", "在谈日期", "签约日期", "签约金额（万元）",
            "协议类型", "开工日期", "到位资金（万元）", "到位日期", "终止日期", "终止原因");

    private static byte[] book(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet s = wb.createSheet("招商项目");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row h = s.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                h.createCell(i).setCellValue(HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row x = s.createRow(r + 1);
                List<Object> row = rows.get(r);
                for (int i = 0; i < row.size(); i++) {
                    Object v = row.get(i);
                    if (v instanceof Number n) {
                        x.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof java.time.LocalDate d) {
                        x.createCell(i).setCellValue(d);
                        x.getCell(i).setCellStyle(date);
                    } else if (v != null) {
                        x.createCell(i).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** A row in the order of {@link #HEADERS}. */
    private static List<Object> row(Object... cells) {
        List<Object> r = new ArrayList<>(java.util.Arrays.asList(cells));
        while (r.size() < HEADERS.size()) {
            r.add(null);
        }
        return r;
    }

    @Test
    void aGoodListSetsEveryStageWithItsDates() throws IOException {
        City c = city();
        String unitA = ok(admin().get("/api/units")).body().findValues("name").stream().map(JsonNode::asText)
                .filter(n -> n.startsWith("甲县发改局" + c.w().province.substring(0, 2))).findFirst().orElseThrow();
        byte[] file = book(List.of(
                row(null, "导入线索项目", "甲公司", "本地", "新材料", 1000, c.w().countyA, unitA, "钱某", "2024-02-01"),
                row("签约", "导入签约项目", "乙公司", "国内", "新能源", "20,000", c.w().countyA, unitA, null,
                        "2024-01-05", "2024-02-10", java.time.LocalDate.of(2024, 3, 1), 25000, "框架协议", null, 5000,
                        "2024-04-01"),
                row("开工", "导入开工项目", "丙公司", "境外", "装备制造", 9000, c.w().countyA, unitA, null, "2024-01-05",
                        null, "2024-03-01", 9000, null, "2024-05-20"),
                row("终止", "导入终止项目", "丁公司", "国内", null, 500, c.w().countyA, unitA, null, "2024-01-05",
                        "2024-02-01", null, null, null, null, null, null, "2024-06-30", "投资方退出")));
        Api.Res r = ok(upload(c.attraction(), "/api/investments/import", "file", "list.xlsx", file));
        assertThat(r.get("imported").asInt()).isEqualTo(4);

        JsonNode all = ok(as(c.attraction()).get("/api/investments?regionCode=" + c.w().province)).body();
        assertThat(all).hasSize(4);
        JsonNode lead = find(all, "导入线索项目");
        assertThat(lead.get("stage").asText()).isEqualTo("LEAD");
        assertThat(lead.get("date").asText()).isEqualTo("2024-02-01");
        assertThat(lead.get("origin").asText()).isEqualTo("LOCAL");
        JsonNode signed = find(all, "导入签约项目");
        assertThat(signed.get("stage").asText()).isEqualTo("SIGNED");
        assertThat(signed.get("stages").get("NEGOTIATING").asText()).isEqualTo("2024-02-10");
        assertThat(signed.get("signedDate").asText()).isEqualTo("2024-03-01");
        assertThat(signed.get("signedAmount").decimalValue()).isEqualByComparingTo("25000");
        assertThat(signed.get("plannedInvestment").decimalValue()).isEqualByComparingTo("20000");
        assertThat(signed.get("agreement").asText()).isEqualTo("FRAMEWORK");
        assertThat(signed.get("fundsInPlace").decimalValue()).isEqualByComparingTo("5000");
        JsonNode started = find(all, "导入开工项目");
        assertThat(started.get("stage").asText()).isEqualTo("STARTED");
        // skipped stages take the next stage's date: 在谈 the signing's, 落地 the start's
        assertThat(started.get("stages").get("NEGOTIATING").asText()).isEqualTo("2024-03-01");
        assertThat(started.get("stages").get("LANDED").asText()).isEqualTo("2024-05-20");
        assertThat(started.get("stages").get("STARTED").asText()).isEqualTo("2024-05-20");
        JsonNode lost = find(all, "导入终止项目");
        assertThat(lost.get("stage").asText()).isEqualTo("LOST");
        assertThat(lost.get("stages").get("NEGOTIATING").asText()).isEqualTo("2024-02-01");
        assertThat(lost.get("lostReason").asText()).isEqualTo("投资方退出");

        // the export opens as a workbook with a row per lead
        Download x = fetch(c.attraction(), "/api/investments/export.xlsx?regionCode=" + c.w().province);
        assertThat(x.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(x.body()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(5);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("项目名称");
        }
        Download t = fetch(c.attraction(), "/api/investments/template.xlsx");
        assertThat(t.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(t.body()))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目名称");
        }
    }

    @Test
    void everyBadCellIsListedByRowAndColumnAndNothingIsWritten() throws IOException {
        City c = city();
        byte[] file = book(List.of(
                row(null, "好的一行", "甲公司", "本地", null, 1000, c.w().countyA, "甲县发改局" + c.w().province.substring(0, 2)),
                row(null, "来源错", "乙公司", "火星", null, 1000, c.w().countyA, "甲县发改局" + c.w().province.substring(0, 2)),
                row("签约", "没有金额", "丙公司", "国内", null, 1000, c.w().countyA,
                        "甲县发改局" + c.w().province.substring(0, 2), null, "2024-01-01", null, "2024-03-01"),
                row("签约", "日期颠倒", "丁公司", "国内", null, 1000, c.w().countyA,
                        "甲县发改局" + c.w().province.substring(0, 2), null, "2024-01-01", "2024-04-01", "2024-03-01",
                        100),
                row(null, "未知单位", "戊公司", "国内", null, 1000, c.w().countyA, "不存在的单位"),
                row("在谈", "未来日期", "己公司", "国内", null, 1000, c.w().countyA,
                        "甲县发改局" + c.w().province.substring(0, 2), null, null, "2024-08-01"),
                row(null, "资金未签约", "庚公司", "国内", null, 1000, c.w().countyA,
                        "甲县发改局" + c.w().province.substring(0, 2), null, null, null, null, null, null, null, 100,
                        "2024-05-01")));
        Api.Res r = upload(c.attraction(), "/api/investments/import", "file", "list.xlsx", file);
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        List<String> cells = new ArrayList<>();
        r.get("errors").forEach(e -> cells.add(e.get("row").asInt() + ":" + e.get("column").asText()));
        assertThat(cells).contains("3:投资方来源", "4:签约金额（万元）", "5:签约日期", "6:责任单位", "7:在谈日期",
                "8:到位资金（万元）");
        assertThat(cells).noneMatch(s -> s.startsWith("2:"));
        assertThat(ok(as(c.attraction()).get("/api/investments?regionCode=" + c.w().province)).body())
                .as("nothing written").isEmpty();
        // a required column missing: the file is refused
        byte[] noName;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row h = wb.createSheet("x").createRow(0);
            h.createCell(0).setCellValue("投资方");
            wb.createSheet("y");
            wb.getSheetAt(0).createRow(1).createCell(0).setCellValue("甲公司");
            wb.write(out);
            noName = out.toByteArray();
        }
        invalid(upload(c.attraction(), "/api/investments/import", "file", "x.xlsx", noName), "file");
        assertThat(upload(c.w().leaderUser, "/api/investments/import", "file", "list.xlsx", file).status())
                .isEqualTo(403);
    }

    private static JsonNode find(JsonNode all, String name) {
        for (JsonNode n : all) {
            if (name.equals(n.get("name").asText())) {
                return n;
            }
        }
        throw new AssertionError("no lead " + name);
    }
}
