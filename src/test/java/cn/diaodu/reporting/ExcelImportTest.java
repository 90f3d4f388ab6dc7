package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.diaodu.support.Api;

/**
 * POST /api/periods/{period}/import: files made here with Apache POI, hostile ones included. Every refused file is a
 * 422 that lists every bad row with its row and column, and nothing is written. The month is 2024-03 (today is
 * 2024-07-15), one that other tests leave unopened.
 */
class ExcelImportTest extends ExcelTestSupport {
    private static final String PERIOD = "2024-03";
    private static final String IMPORT = "/api/periods/" + PERIOD + "/import";
    private static World w;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        if (w == null) {
            w = world();
        }
    }

    private Api dispatcher() {
        return as(w.dispatcher);
    }

    private long projectA(String code) {
        return project(dispatcher(), code, "甲县项目" + code, w.countyA, w.unitA, "1200");
    }

    private Api.Res report(long id) {
        return as(w.reporterA).get("/api/projects/" + id + "/reports/" + PERIOD);
    }

    @Test
    void aValidFileIsImported() {
        String c1 = code("IMP"), c2 = code("IMP"), c3 = code("IMP");
        long p1 = projectA(c1), p2 = projectA(c2), p3 = projectA(c3);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        dataRow(s, 0, c1, 120.5, "主体结构施工", 80);
        dataRow(s, 1, c2, " 1,234.56 ", "设备安装", "35");   // numbers stored as text
        dataRow(s, 2, c3, 0, null, null);
        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "月报.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(3);
        assertThat(new BigDecimal(report(p1).get("investment").asText())).isEqualByComparingTo("120.50");
        assertThat(report(p1).get("progress").asText()).isEqualTo("主体结构施工");
        assertThat(report(p1).get("workersOnSite").asInt()).isEqualTo(80);
        assertThat(new BigDecimal(report(p2).get("investment").asText())).isEqualByComparingTo("1234.56");
        assertThat(report(p2).get("workersOnSite").asInt()).isEqualTo(35);
        assertThat(new BigDecimal(report(p3).get("investment").asText())).isEqualByComparingTo("0");

        // the same file again: taken, nothing changed
        Bin again = upload(tokenOf(w.reporterA), IMPORT, bytes(rebuild(c1, c2, c3)), "月报.xlsx");
        assertThat(again.status()).as("%s", again).isEqualTo(200);
        assertThat(again.json().get("imported").asInt()).isEqualTo(3);
        assertThat(again.json().get("written").asInt()).isZero();
    }

    private static XSSFWorkbook rebuild(String c1, String c2, String c3) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        dataRow(s, 0, c1, 120.5, "主体结构施工", 80);
        dataRow(s, 1, c2, 1234.56, "设备安装", 35);
        dataRow(s, 2, c3, 0, null, null);
        return wb;
    }

    @Test
    void everyBadRowIsListedWithRowAndColumnAndNothingIsWritten() {
        List<String> codes = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            codes.add(code("BAD"));
            ids.add(projectA(codes.get(i)));
        }
        String otherUnit = code("BADB");
        project(dispatcher(), otherUnit, "乙区项目", w.countyB, w.unitB, "500");

        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        dataRow(s, 0, codes.get(0), 100, "正常", 10);               // row 3: fine
        dataRow(s, 1, codes.get(1), null, "施工中", null);           // row 4: empty investment
        dataRow(s, 2, codes.get(2), "一百", null, null);             // row 5: not a number
        dataRow(s, 3, codes.get(3), -5, null, null);                 // row 6: negative
        dataRow(s, 4, codes.get(4), 1.234, null, null);              // row 7: more than 2 decimals
        dataRow(s, 5, "NO-SUCH-CODE", 1, null, null);                // row 8: unknown code
        dataRow(s, 6, otherUnit, 1, null, null);                     // row 9: another unit's project
        dataRow(s, 7, codes.get(0), 2, null, null);                  // row 10: duplicate of row 3
        dataRow(s, 8, null, 5, "没有编号", null);                     // row 11: no code
        dataRow(s, 9, codes.get(5), null, null, null).createCell(5).setCellFormula("1+1");  // row 12: formula
        Row dated = dataRow(s, 10, codes.get(6), null, null, null);  // row 13: a date
        Cell d = dated.createCell(5);
        d.setCellValue(LocalDate.of(2024, 3, 15));
        d.setCellStyle(dateStyle);
        dataRow(s, 11, codes.get(7), 3, null, 12.5);                 // row 14: workers not whole
        dataRow(s, 12, codes.get(8), 4, null, null);                 // row 15: fine
        s.createRow(15);                                             // an empty row is skipped

        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "bad.xlsx");
        assertThat(errorKeys(r)).containsExactly(
                "4|" + INV + "|investment",
                "5|" + INV + "|investment",
                "6|" + INV + "|investment",
                "7|" + INV + "|investment",
                "8|项目编号|code",
                "9|项目编号|code",
                "10|项目编号|code",
                "11|项目编号|code",
                "12|" + INV + "|investment",
                "13|" + INV + "|investment",
                "14|施工人数|workersOnSite");
        assertThat(messageAt(r, 5, "investment")).contains("应为数字");
        assertThat(messageAt(r, 6, "investment")).contains("负数");
        assertThat(messageAt(r, 7, "investment")).contains("两位小数");
        assertThat(messageAt(r, 8, "code")).contains("不存在");
        assertThat(messageAt(r, 9, "code")).contains("范围");
        assertThat(messageAt(r, 10, "code")).contains("重复").contains("3");
        assertThat(messageAt(r, 12, "investment")).contains("不接受公式，请粘贴为数值");
        assertThat(messageAt(r, 13, "investment")).contains("应为数字，不是日期");
        assertThat(messageAt(r, 14, "workersOnSite")).contains("整数");
        for (long id : ids) {
            assertThat(report(id).status()).as("project %d", id).isEqualTo(404);
        }
    }

    @Test
    void formulaLikeTextRoundTripsAsPlainText() throws IOException {
        String c1 = code("TXT"), c2 = code("TXT"), c3 = code("TXT");
        long p1 = projectA(c1);
        projectA(c2);
        projectA(c3);
        String hyperlink = "=HYPERLINK(\"http://evil.example/\",\"点击查看\")";
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        dataRow(s, 0, c1, 10, hyperlink, 5);   // a string cell that looks like a formula: it is text
        dataRow(s, 1, c2, 20, "+1 主体", 5);
        dataRow(s, 2, c3, 30, "@SUM(A1)", 5);
        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "t.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(report(p1).get("progress").asText()).isEqualTo(hyperlink);

        Bin ledger = download(tokenOf(w.reporterA), "/api/periods/" + PERIOD + "/reports.xlsx");
        assertThat(ledger.status()).as("%s", ledger).isEqualTo(200);
        try (XSSFWorkbook back = read(ledger.body())) {
            Sheet sheet = back.getSheetAt(0);
            Map<String, Row> byCode = new LinkedHashMap<>();
            for (Row row : sheet) {
                for (Cell c : row) {
                    assertThat(c.getCellType()).as("cell %s", c.getAddress()).isNotEqualTo(CellType.FORMULA);
                }
                if (row.getRowNum() > 0) {
                    byCode.put(row.getCell(0).getStringCellValue(), row);
                }
            }
            Cell progress = byCode.get(c1).getCell(7);
            assertThat(progress.getCellType()).isEqualTo(CellType.STRING);
            assertThat(progress.getStringCellValue()).isEqualTo(hyperlink);
            assertThat(progress.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(byCode.get(c2).getCell(7).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(byCode.get(c3).getCell(7).getStringCellValue()).isEqualTo("@SUM(A1)");
            assertThat(byCode.get(c1).getCell(9).getStringCellValue()).isEqualTo("已报送");
        }
        // the template of the month shows it the same way
        Bin template = download(tokenOf(w.reporterA), "/api/periods/" + PERIOD + "/template.xlsx");
        try (XSSFWorkbook back = read(template.body())) {
            for (Row row : back.getSheetAt(0)) {
                if (row.getRowNum() > 1 && c1.equals(row.getCell(0).getStringCellValue())) {
                    assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.STRING);
                    assertThat(row.getCell(6).getStringCellValue()).isEqualTo(hyperlink);
                    assertThat(row.getCell(6).getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
        }
    }

    @Test
    void hiddenSheetsAreIgnoredAndASheetNamed月报IsPreferred() {
        String c1 = code("HID");
        long p1 = projectA(c1);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet hidden = templateSheet(wb, "旧数据");
        dataRow(hidden, 0, c1, "不是数字", null, null);
        dataRow(hidden, 1, "NO-SUCH", 1, null, null);
        Sheet notes = wb.createSheet("说明");
        notes.createRow(0).createCell(0).setCellValue("这是说明页");
        Sheet data = templateSheet(wb, "月报");
        dataRow(data, 0, c1, 66.6, "可见工作表", 3);
        wb.setSheetHidden(0, true);
        wb.setActiveSheet(1);
        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "hidden.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(report(p1).get("progress").asText()).isEqualTo("可见工作表");

        // without a 月报 sheet: the first visible one
        String c2 = code("HID");
        long p2 = projectA(c2);
        XSSFWorkbook wb2 = new XSSFWorkbook();
        Sheet hidden2 = templateSheet(wb2, "隐藏");
        dataRow(hidden2, 0, c2, -1, null, null);
        Sheet first = templateSheet(wb2, "Sheet2");
        dataRow(first, 0, c2, 7, "第一张可见", 1);
        wb2.setSheetHidden(0, true);
        wb2.setActiveSheet(1);
        Bin r2 = upload(tokenOf(w.reporterA), IMPORT, bytes(wb2), "hidden2.xlsx");
        assertThat(r2.status()).as("%s", r2).isEqualTo(200);
        assertThat(report(p2).get("progress").asText()).isEqualTo("第一张可见");
    }

    @Test
    void extraAndReorderedColumnsAndTitleRowsAreFine() {
        String c1 = code("ORD"), c2 = code("ORD");
        long p1 = projectA(c1), p2 = projectA(c2);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = wb.createSheet("数据");
        s.createRow(0).createCell(0).setCellValue("甲县重点项目2024年3月月报");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        s.createRow(1).createCell(3).setCellValue("填报单位：甲县发改局");
        Row h = s.createRow(3);
        String[] headers = {"施工人数", "备注", "本月完成投资\n（万元）", "序号", "项目编号*", "形象进度", "其他"};
        for (int i = 0; i < headers.length; i++) {
            h.createCell(i).setCellValue(headers[i]);
        }
        Row a = s.createRow(4);
        a.createCell(0).setCellValue(12);
        a.createCell(1).setCellValue("备注文字");
        a.createCell(2).setCellValue(88.8);
        a.createCell(3).setCellValue(1);
        a.createCell(4).setCellValue(c1);
        a.createCell(5).setCellValue("桩基完成");
        a.createCell(6).setCellValue("x");
        Row b = s.createRow(5);
        b.createCell(2).setCellValue("0");
        b.createCell(4).setCellValue(c2);
        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "order.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(new BigDecimal(report(p1).get("investment").asText())).isEqualByComparingTo("88.8");
        assertThat(report(p1).get("workersOnSite").asInt()).isEqualTo(12);
        assertThat(report(p1).get("progress").asText()).isEqualTo("桩基完成");
        assertThat(new BigDecimal(report(p2).get("investment").asText())).isEqualByComparingTo("0");

        // errors name the file's own header text and its row
        XSSFWorkbook bad = new XSSFWorkbook();
        Sheet bs = bad.createSheet("数据");
        Row bh = bs.createRow(0);
        bh.createCell(0).setCellValue("本月完成投资（万元）");
        bh.createCell(1).setCellValue("项目编号");
        Row br = bs.createRow(1);
        br.createCell(0).setCellValue(-3);
        br.createCell(1).setCellValue(c1);
        Bin refused = upload(tokenOf(w.reporterA), IMPORT, bytes(bad), "bad.xlsx");
        assertThat(errorKeys(refused)).containsExactly("2|本月完成投资（万元）|investment");
    }

    @Test
    void mergedCellsAreHandled() {
        String c1 = code("MRG"), c2 = code("MRG"), c3 = code("MRG");
        long p1 = projectA(c1), p2 = projectA(c2), p3 = projectA(c3);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 7));             // the instructions across the columns
        dataRow(s, 0, c1, 1, "统一进度：场地平整", 10);
        dataRow(s, 1, c2, 2, null, 20);
        dataRow(s, 2, c3, 3, "单独进度", 30);
        s.getRow(2).createCell(2).setCellValue("甲县发改局");
        s.addMergedRegion(new CellRangeAddress(2, 4, 2, 2));             // 牵头单位 across three rows
        s.addMergedRegion(new CellRangeAddress(2, 3, 6, 6));             // 形象进度 across two rows
        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "merged.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(report(p1).get("progress").asText()).isEqualTo("统一进度：场地平整");
        assertThat(report(p2).get("progress").asText()).isEqualTo("统一进度：场地平整");
        assertThat(report(p3).get("progress").asText()).isEqualTo("单独进度");

        // one amount merged across two projects is refused on both rows
        String c4 = code("MRG"), c5 = code("MRG");
        long p4 = projectA(c4);
        projectA(c5);
        XSSFWorkbook bad = new XSSFWorkbook();
        Sheet bs = templateSheet(bad, "月报");
        dataRow(bs, 0, c4, 100, null, null);
        dataRow(bs, 1, c5, null, null, null);
        bs.addMergedRegion(new CellRangeAddress(2, 3, 5, 5));
        Bin refused = upload(tokenOf(w.reporterA), IMPORT, bytes(bad), "merged-bad.xlsx");
        assertThat(errorKeys(refused)).containsExactly("3|" + INV + "|investment", "4|" + INV + "|investment");
        assertThat(messageAt(refused, 3, "investment")).contains("合并单元格");
        assertThat(report(p4).status()).isEqualTo(404);
    }

    @Test
    void filesThatAreNotSpreadsheetsAreRefused() throws IOException {
        String token = tokenOf(w.reporterA);
        Bin text = upload(token, IMPORT, "项目编号,本月完成投资\nA,1\n".getBytes(StandardCharsets.UTF_8), "fake.xlsx");
        assertThat(errorKeys(text)).containsExactly("-|-|file");
        assertThat(text.json().get("errors").get(0).get("message").asText()).contains("不是 Excel");

        Bin empty = upload(token, IMPORT, new byte[0], "empty.xlsx");
        assertThat(errorKeys(empty)).containsExactly("-|-|file");
        assertThat(empty.json().get("errors").get(0).get("message").asText()).contains("文件为空");

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("hello.txt"));
            z.write("not a workbook".getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Bin notWorkbook = upload(token, IMPORT, zip.toByteArray(), "zip.xlsx");
        assertThat(errorKeys(notWorkbook)).containsExactly("-|-|file");

        HSSFWorkbook xls = new HSSFWorkbook();
        xls.createSheet("月报").createRow(0).createCell(0).setCellValue("项目编号");
        Bin old = upload(token, IMPORT, bytes(xls), "old.xls");
        assertThat(errorKeys(old)).containsExactly("-|-|file");
        assertThat(old.json().get("errors").get(0).get("message").asText()).contains(".xls");

        XSSFWorkbook noHeader = new XSSFWorkbook();
        noHeader.createSheet("月报").createRow(0).createCell(0).setCellValue("随便写点什么");
        Bin headerless = upload(token, IMPORT, bytes(noHeader), "no-header.xlsx");
        assertThat(errorKeys(headerless)).containsExactly("-|-|file");
        assertThat(headerless.json().get("errors").get(0).get("message").asText()).contains("表头");

        assertThat(upload(null, IMPORT, bytes(rebuild("A", "B", "C")), "x.xlsx").status()).isEqualTo(401);
        assertThat(upload(tokenOf(w.leaderUser), IMPORT, bytes(rebuild("A", "B", "C")), "x.xlsx").status())
                .isEqualTo(403);
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        dataRow(templateSheet(wb, "月报"), 0, "X", 1, null, null);
        byte[] normal = bytes(wb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(normal)); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    z.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] spaces = new byte[1 << 20];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        z.write(spaces);   // 64 MB of nothing, a few dozen KB zipped
                    }
                    z.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        assertThat(out.size()).isLessThan(1_000_000);
        Bin r = upload(tokenOf(w.reporterA), IMPORT, out.toByteArray(), "bomb.xlsx");
        assertThat(errorKeys(r)).containsExactly("-|-|file");
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("压缩炸弹");
    }

    @Test
    void approvedReportsAreLocked() {
        String c1 = code("LCK");
        long p1 = projectA(c1);
        ok(as(w.reporterA).put("/api/projects/" + p1 + "/reports/" + PERIOD, report("50.00")));
        ok(dispatcher().post("/api/projects/" + p1 + "/reports/" + PERIOD + "/approve", null));

        XSSFWorkbook same = new XSSFWorkbook();
        dataRow(templateSheet(same, "月报"), 0, c1, 50, "主体施工", 50);
        Bin unchanged = upload(tokenOf(w.reporterA), IMPORT, bytes(same), "same.xlsx");
        assertThat(unchanged.status()).as("%s", unchanged).isEqualTo(200);
        assertThat(report(p1).get("status").asText()).isEqualTo("APPROVED");

        XSSFWorkbook changed = new XSSFWorkbook();
        dataRow(templateSheet(changed, "月报"), 0, c1, 60, "主体施工", 50);
        Bin refused = upload(tokenOf(w.reporterA), IMPORT, bytes(changed), "changed.xlsx");
        assertThat(errorKeys(refused)).containsExactly("3|" + INV + "|investment");
        assertThat(messageAt(refused, 3, "investment")).contains("锁定");

        XSSFWorkbook progress = new XSSFWorkbook();
        dataRow(templateSheet(progress, "月报"), 0, c1, 50, "改了进度", 50);
        Bin refused2 = upload(tokenOf(w.reporterA), IMPORT, bytes(progress), "progress.xlsx");
        assertThat(errorKeys(refused2)).containsExactly("3|形象进度|progress");
        assertThat(report(p1).get("investment").decimalValue()).isEqualByComparingTo("50");
        assertThat(report(p1).get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void periodRulesOfReportServiceComeBackWithRowAndColumn() {
        String c1 = code("PER"), c2 = code("PER");
        long p1 = projectA(c1);
        Map<String, Object> old = project("去年的项目", w.countyA, w.unitA, null, "100");
        old.put("year", 2023);
        old.put("actualStart", "2023-01-10");
        old.put("code", c2);
        created(dispatcher().post("/api/projects", old));
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        dataRow(s, 0, c1, 5, null, null);
        dataRow(s, 1, c2, 5, null, null);
        Bin r = upload(tokenOf(w.reporterA), IMPORT, bytes(wb), "years.xlsx");
        assertThat(errorKeys(r)).containsExactly("4|项目编号|period");
        assertThat(messageAt(r, 4, "period")).contains("2023");
        assertThat(report(p1).status()).isEqualTo(404);

        XSSFWorkbook future = new XSSFWorkbook();
        dataRow(templateSheet(future, "月报"), 0, c1, 5, null, null);
        Bin later = upload(tokenOf(w.reporterA), "/api/periods/2024-08/import", bytes(future), "future.xlsx");
        assertThat(errorKeys(later)).containsExactly("3|项目编号|period");
    }

    @Test
    void theRefusedFileComesBackWithAnErrorColumn() throws IOException {
        String c1 = code("ERR"), c2 = code("ERR");
        projectA(c1);
        projectA(c2);
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        dataRow(s, 0, c1, 10, "好的", 1);
        dataRow(s, 1, c2, -10, "=1+1 文字", 1).createCell(7).setCellFormula("2*3");
        byte[] file = bytes(wb);

        Bin viaImport = upload(tokenOf(w.reporterA), IMPORT + "?errorsFile=true", file, "e.xlsx");
        assertThat(viaImport.status()).isEqualTo(422);
        assertThat(viaImport.contentType()).startsWith(XLSX);
        Bin viaCheck = upload(tokenOf(w.reporterA), IMPORT + "/errors.xlsx", file, "e.xlsx");
        assertThat(viaCheck.status()).isEqualTo(200);
        for (Bin b : List.of(viaImport, viaCheck)) {
            assertThat(b.disposition()).contains("filename*=UTF-8''");
            try (XSSFWorkbook back = read(b.body())) {
                Sheet sheet = back.getSheetAt(0);
                assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).startsWith("错误说明");
                assertThat(sheet.getRow(2).getCell(8)).isNull();
                String why = sheet.getRow(3).getCell(8).getStringCellValue();
                assertThat(why).contains("本月完成投资（万元）").contains("负数").contains("施工人数").contains("公式");
                assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo(c2);
                assertThat(sheet.getRow(3).getCell(5).getNumericCellValue()).isEqualTo(-10.0);
                Cell text = sheet.getRow(3).getCell(6);
                assertThat(text.getCellType()).isEqualTo(CellType.STRING);
                assertThat(text.getCellStyle().getQuotePrefixed()).isTrue();
                Cell formula = sheet.getRow(3).getCell(7);
                assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
                assertThat(formula.getStringCellValue()).isEqualTo("=2*3");
            }
        }
    }

    @Test
    void aDispatcherImportsForEveryUnitOfTheRegion() {
        String a = code("DSP"), b = code("DSP");
        long pa = projectA(a);
        long pb = project(dispatcher(), b, "乙区项目", w.countyB, w.unitB, "300");
        XSSFWorkbook wb = new XSSFWorkbook();
        Sheet s = templateSheet(wb, "月报");
        dataRow(s, 0, a, 1.5, null, null);
        dataRow(s, 1, b, 2.25, null, null);
        Bin r = upload(tokenOf(w.dispatcher), IMPORT, bytes(wb), "d.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(report(pa).get("investment").decimalValue()).isEqualByComparingTo("1.5");
        assertThat(as(w.reporterB).get("/api/projects/" + pb + "/reports/" + PERIOD).get("investment").decimalValue())
                .isEqualByComparingTo("2.25");
    }

    /** A unit of its own with {@code n} projects written straight into the table, and its reporter. */
    private String bulkUnit(int n, String prefix) {
        Api admin = admin();
        long unit = created(admin.post("/api/units", Map.of("name", "批量单位" + prefix, "kind", "DEPARTMENT",
                "regionCode", w.countyA))).id();
        String reporter = user(admin, "bulk" + prefix.toLowerCase(), List.of("REPORTER"), unit, null);
        OffsetDateTime now = OffsetDateTime.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Object[] {prefix + "-" + String.format("%06d", i), "批量项目" + i, 2024, "INDUSTRY", "CITY",
                    w.countyA, unit, new BigDecimal("3000.00"), new BigDecimal("1200.00"), LocalDate.of(2024, 1, 2),
                    now});
        }
        jdbc.batchUpdate("insert into project(code, name, plan_year, category, project_level, region_code, "
                + "lead_unit_id, total_investment, annual_plan, actual_start, has_monthly_plan, version, updated_at) "
                + "values (?,?,?,?,?,?,?,?,?,?,false,0,?)", rows);
        return reporter;
    }

    @Test
    void tenThousandRowsAreImported() throws IOException {
        String prefix = "TK" + w.province.substring(0, 2);
        String reporter = bulkUnit(10_000, prefix);
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        SXSSFSheet s = wb.createSheet("月报");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("项目编号");
        h.createCell(1).setCellValue("本月完成投资（万元）");
        h.createCell(2).setCellValue("形象进度");
        h.createCell(3).setCellValue("施工人数");
        for (int i = 0; i < 10_000; i++) {
            Row r = s.createRow(i + 1);
            r.createCell(0).setCellValue(prefix + "-" + String.format("%06d", i));
            r.createCell(1).setCellValue(i % 100 + 0.25);
            r.createCell(2).setCellValue("进度" + i);
            r.createCell(3).setCellValue(i % 50);
        }
        byte[] file = bytes(wb);
        wb.dispose();
        long start = System.nanoTime();
        Bin r = upload(tokenOf(reporter), IMPORT, file, "10k.xlsx");
        System.out.printf("[excel-test] 10 000-row import: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(10_000);
        Long id = jdbc.queryForObject("select id from project where code = ?", Long.class, prefix + "-009999");
        Api.Res last = as(reporter).get("/api/projects/" + id + "/reports/" + PERIOD);
        assertThat(last.get("investment").decimalValue()).isEqualByComparingTo("99.25");
        assertThat(last.get("progress").asText()).isEqualTo("进度9999");

        Bin template = download(tokenOf(reporter), "/api/periods/" + PERIOD + "/template.xlsx");
        try (XSSFWorkbook back = read(template.body())) {
            assertThat(back.getSheetAt(0).getLastRowNum()).isEqualTo(10_001);
        }
    }

    @Test
    void moreThanAHundredThousandRowsAreRefused() {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        SXSSFSheet s = wb.createSheet("月报");
        Row h = s.createRow(0);
        h.createCell(0).setCellValue("项目编号");
        h.createCell(1).setCellValue("本月完成投资（万元）");
        for (int i = 0; i <= 100_000; i++) {
            Row r = s.createRow(i + 1);
            r.createCell(0).setCellValue("R" + i);
            r.createCell(1).setCellValue(1);
        }
        byte[] file = bytes(wb);
        wb.dispose();
        Bin r = upload(tokenOf(w.reporterA), IMPORT, file, "huge.xlsx");
        assertThat(errorKeys(r)).containsExactly("-|-|file");
        assertThat(r.json().get("errors").get(0).get("message").asText()).contains("100000");
    }
}
