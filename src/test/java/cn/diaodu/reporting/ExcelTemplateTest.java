package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;

/**
 * GET /api/periods/{period}/template.xlsx and /reports.xlsx, read back with Apache POI: the header, the protection,
 * the editable cells, one row per project in the caller's scope, the month's values filled in, and the 台账.
 */
class ExcelTemplateTest extends ExcelTestSupport {
    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate unitJdbc;

    /** A unit without a region, as older data may hold (the API now refuses to create one: issue 10). */
    private long legacyUnitWithoutRegion(String name) {
        unitJdbc.update("insert into unit(name, kind) values (?, 'DEPARTMENT')", name);
        return unitJdbc.queryForObject("select id from unit where name = ?", Long.class, name);
    }

    private static World w;
    private static String a1;
    private static String a2;
    private static String b1;
    private static long a1Id;
    private static long b1Id;

    @BeforeEach
    void setUp() {
        if (w != null) {
            return;
        }
        w = world();
        Api d = as(w.dispatcher);
        a1 = code("TPL");
        a2 = code("TPL");
        b1 = code("TPL");
        a1Id = project(d, a1, "=甲县一号项目", w.countyA, w.unitA, "1200");
        project(d, a2, "甲县二号项目", w.countyA, w.unitA, "600.50");
        b1Id = project(d, b1, "乙区一号项目", w.countyB, w.unitB, "800");
        Map<String, Object> old = project("甲县去年项目", w.countyA, w.unitA, null, "100");
        old.put("year", 2023);
        created(d.post("/api/projects", old));
        ok(as(w.reporterA).put("/api/projects/" + a1Id + "/reports/2024-06", report("100.00")));
        ok(as(w.reporterA).put("/api/projects/" + a1Id + "/reports/2024-07", Map.of("investment", 12.34,
                "progress", "主体施工", "workersOnSite", 42)));
        ok(as(w.reporterB).put("/api/projects/" + b1Id + "/reports/2024-07", report("1.00")));
        ok(as(w.dispatcher).post("/api/projects/" + b1Id + "/reports/2024-07/approve", null));
    }

    private static List<String> codes(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        for (Row r : sheet) {
            if (r.getRowNum() >= 2) {
                out.add(r.getCell(0).getStringCellValue());
            }
        }
        return out;
    }

    @Test
    void aReporterGetsTheOwnUnitsProjectsInAProtectedTemplate() throws Exception {
        Bin r = download(tokenOf(w.reporterA), "/api/periods/2024-07/template.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.contentType()).startsWith(XLSX);
        assertThat(r.disposition()).contains("attachment")
                .contains("filename*=UTF-8''%E6%9C%88%E6%8A%A5%E6%A8%A1%E6%9D%BF-2024-07.xlsx");
        try (XSSFWorkbook wb = read(r.body())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("月报");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).startsWith("填报说明");
            assertThat(s.getRow(0).getCell(0).getCellStyle().getWrapText()).isTrue();
            assertThat(s.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 7));
            assertThat(texts(s.getRow(1))).containsExactlyElementsOf(HEADERS);
            assertThat(s.getProtect()).isTrue();
            assertThat(s.getPaneInformation().isFreezePane()).isTrue();
            assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(s.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
            assertThat(s.getColumnWidth(1)).isGreaterThan(s.getColumnWidth(7));

            assertThat(codes(s)).containsExactly(a1, a2);   // not the other unit's, not last year's
            Row first = s.getRow(2);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("=甲县一号项目");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(first.getCell(2).getStringCellValue()).startsWith("甲县发改局");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(1200.0);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(100.0);   // completed up to June
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(12.34);    // the month's value
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("主体施工");
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(42.0);
            assertThat(first.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(first.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            for (int c = 0; c <= 4; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
            }
            for (int c = 5; c <= 7; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isFalse();
            }
            Row second = s.getRow(3);
            assertThat(second.getCell(5).getCellType()).isEqualTo(CellType.BLANK);
            assertThat(second.getCell(5).getCellStyle().getLocked()).isFalse();
            assertThat(s.getRow(1).getCell(0).getCellStyle().getLocked()).isTrue();
        }
    }

    @Test
    void aDispatcherGetsTheRegionOrTheUnitAsked() {
        try (XSSFWorkbook wb = read(download(tokenOf(w.dispatcher), "/api/periods/2024-07/template.xlsx").body())) {
            assertThat(codes(wb.getSheetAt(0))).containsExactly(a1, a2, b1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        Bin unit = download(tokenOf(w.dispatcher), "/api/periods/2024-07/template.xlsx?unitId=" + w.unitB);
        try (XSSFWorkbook wb = read(unit.body())) {
            assertThat(codes(wb.getSheetAt(0))).containsExactly(b1);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(download(tokenOf(w.dispatcher), "/api/periods/2024-07/template.xlsx?unitId=99999999").status())
                .isEqualTo(404);
    }

    @Test
    void otherUnitsAndRolesAreRefused() {
        assertThat(download(tokenOf(w.reporterA), "/api/periods/2024-07/template.xlsx?unitId=" + w.unitB).status())
                .isEqualTo(403);
        assertThat(download(tokenOf(w.leaderUser), "/api/periods/2024-07/template.xlsx").status()).isEqualTo(403);
        assertThat(download(tokenOf(w.auditor), "/api/periods/2024-07/reports.xlsx").status()).isEqualTo(403);
        assertThat(download(tokenOf(w.auditor), "/api/periods/2024-07/template.xlsx").status()).isEqualTo(403);
        // a dispatcher bounded to county A: county B's unit is outside the scope (403, not an empty template)
        String countyA = user(admin(), "tdispa" + w.province, List.of("DISPATCHER"), null, w.countyA);
        assertThat(download(tokenOf(countyA), "/api/periods/2024-07/template.xlsx?unitId=" + w.unitB).status())
                .as("a unit outside the dispatcher's region").isEqualTo(403);
        assertThat(download(tokenOf(countyA), "/api/periods/2024-07/template.xlsx?unitId=99999999").status())
                .isEqualTo(404);
        try (XSSFWorkbook wb = read(download(tokenOf(countyA), "/api/periods/2024-07/template.xlsx?unitId="
                + w.unitA).body())) {
            assertThat(codes(wb.getSheetAt(0))).containsExactly(a1, a2);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        // a unit without a region: within the scope of a user without a region only
        long noRegion = legacyUnitWithoutRegion("无区域单位T" + w.province);
        assertThat(download(tokenOf(w.dispatcher), "/api/periods/2024-07/template.xlsx?unitId=" + noRegion)
                .status()).isEqualTo(403);
        String everywhere = user(admin(), "tdispall" + w.province, List.of("DISPATCHER"), null, null);
        assertThat(download(tokenOf(everywhere), "/api/periods/2024-07/template.xlsx?unitId=" + noRegion)
                .status()).isEqualTo(200);
        assertThat(download(null, "/api/periods/2024-07/template.xlsx").status()).isEqualTo(401);
        Bin bad = download(tokenOf(w.reporterA), "/api/periods/2024-13/template.xlsx");
        assertThat(bad.status()).isEqualTo(422);
    }

    @Test
    void theLedgerListsTheMonthsReportsInTheCallersScope() throws Exception {
        Bin r = download(tokenOf(w.dispatcher), "/api/periods/2024-07/reports.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.disposition()).contains("filename*=UTF-8''%E6%9C%88%E6%8A%A5%E5%8F%B0%E8%B4%A6-2024-07.xlsx");
        try (XSSFWorkbook wb = read(r.body())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(texts(s.getRow(0))).containsExactly("项目编号", "项目名称", "所属区划", "牵头单位", "年度计划（万元）",
                    "本年累计完成（万元）", "本月完成投资（万元）", "形象进度", "施工人数", "状态", "迟报", "零报告", "更新人", "更新时间");
            assertThat(s.getLastRowNum()).isEqualTo(3);
            Row a = s.getRow(1);
            assertThat(a.getCell(0).getStringCellValue()).isEqualTo(a1);
            assertThat(a.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(a.getCell(2).getStringCellValue()).startsWith("甲县");
            assertThat(a.getCell(5).getNumericCellValue()).isEqualTo(112.34);
            assertThat(a.getCell(6).getNumericCellValue()).isEqualTo(12.34);
            assertThat(a.getCell(9).getStringCellValue()).isEqualTo("已报送");
            assertThat(a.getCell(10).getStringCellValue()).isEqualTo("否");
            assertThat(a.getCell(12).getStringCellValue()).isEqualTo(w.reporterA);
            assertThat(a.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
            Row notReported = s.getRow(2);
            assertThat(notReported.getCell(9).getStringCellValue()).isEqualTo("未报送");
            Row b = s.getRow(3);
            assertThat(b.getCell(0).getStringCellValue()).isEqualTo(b1);
            assertThat(b.getCell(9).getStringCellValue()).isEqualTo("已审核");
            for (Row row : s) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
        try (XSSFWorkbook wb = read(download(tokenOf(w.reporterB), "/api/periods/2024-07/reports.xlsx").body())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo(b1);
        }
        try (XSSFWorkbook wb = read(download(tokenOf(w.dispatcher), "/api/periods/2024-07/reports.xlsx?regionCode="
                + w.countyB).body())) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theTemplateFilledInIsImportedBack() throws Exception {
        byte[] template = download(tokenOf(w.reporterB), "/api/periods/2024-05/template.xlsx").body();
        try (XSSFWorkbook wb = read(template)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(codes(s)).containsExactly(b1);
            Row r = s.getRow(2);
            r.getCell(5).setCellValue(3);
            r.getCell(6).setCellValue("五月进度");
            r.getCell(7).setCellValue(9);
            Bin imported = upload(tokenOf(w.reporterB), "/api/periods/2024-05/import", bytes(wb), "filled.xlsx");
            assertThat(imported.status()).as("%s", imported).isEqualTo(200);
            assertThat(imported.json().get("imported").asInt()).isEqualTo(1);
        }
        Api.Res back = as(w.reporterB).get("/api/projects/" + b1Id + "/reports/2024-05");
        assertThat(back.get("investment").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(back.get("progress").asText()).isEqualTo("五月进度");
        assertThat(back.get("workersOnSite").asInt()).isEqualTo(9);
    }
}
