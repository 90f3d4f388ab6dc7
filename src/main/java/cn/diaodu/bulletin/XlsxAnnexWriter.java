package cn.diaodu.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.diaodu.analysis.Figures;
import cn.diaodu.analysis.ProjectFigures;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.project.Project;

/**
 * The bulletin's annex (附件): every project of the scope with its figures, one row each under a header row, with
 * frozen panes, number formats and an autofilter. Written with SXSSF (rows are streamed to disk, 200 kept in
 * memory). Text that a spreadsheet would take for a formula (starting with = + - @) is written with the quote
 * prefix, so Excel and WPS show it as text and never run it.
 */
final class XlsxAnnexWriter {
    static final List<String> HEADER = List.of("项目编号", "项目名称", "所在区域", "牵头单位", "包抓领导", "项目类别",
            "项目级别", "年度计划（万元）", "累计完成（万元）", "完成率（%）", "序时进度（%）", "与序时进度差（百分点）",
            "是否开工", "预警等级", "预警原因");
    private static final int[] WIDTHS = {16, 36, 14, 24, 10, 12, 10, 16, 16, 12, 12, 18, 10, 12, 48};

    /** The names the rows print: units and leaders by id, the region tree. */
    record Names(Map<Long, String> units, Map<Long, String> leaders, RegionTree regions) {
    }

    void write(String title, List<ProjectFigures> figures, Names names, String note, OutputStream out)
            throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle head = wb.createCellStyle();
            head.setFont(bold);
            head.setAlignment(HorizontalAlignment.CENTER);
            head.setVerticalAlignment(VerticalAlignment.CENTER);
            head.setWrapText(true);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            border(head);
            CellStyle text = wb.createCellStyle();
            border(text);
            CellStyle quoted = wb.createCellStyle();
            border(quoted);
            quoted.setQuotePrefixed(true);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            border(money);
            CellStyle rate = wb.createCellStyle();
            rate.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            border(rate);
            Styles styles = new Styles(text, quoted);

            SXSSFSheet sheet = wb.createSheet("项目明细");
            Row h = sheet.createRow(0);
            h.setHeightInPoints(32);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(head);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int r = 1;
            for (ProjectFigures f : figures) {
                Project p = f.project();
                Row row = sheet.createRow(r++);
                Region region = names.regions().get(p.regionCode());
                text(row, 0, p.code(), styles);
                text(row, 1, p.name(), styles);
                text(row, 2, region == null ? p.regionCode() : region.name(), styles);
                text(row, 3, names.units().getOrDefault(p.leadUnitId(), ""), styles);
                text(row, 4, p.leaderId() == null ? "" : names.leaders().getOrDefault(p.leaderId(), ""), styles);
                text(row, 5, p.category().label(), styles);
                text(row, 6, p.level().label(), styles);
                number(row, 7, f.annualPlan(), money);
                number(row, 8, f.completed(), money);
                number(row, 9, f.completionRate(), rate);
                number(row, 10, f.expectedRate(), rate);
                number(row, 11, f.gap(), rate);
                text(row, 12, f.started() ? "是" : "否", styles);
                text(row, 13, f.warning().label(), styles);
                text(row, 14, String.join("；", f.reasons()), styles);
            }
            sheet.createFreezePane(2, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, HEADER.size() - 1));

            SXSSFSheet about = wb.createSheet("说明");
            about.setColumnWidth(0, 100 * 256);
            String[] lines = {title + "（附件：项目明细）", note,
                    "金额单位：万元；完成率 = 累计完成 ÷ 年度计划 × 100；序时进度 = 截至本月的计划 ÷ 年度计划 × 100；"
                            + "与序时进度差 = 完成率 − 序时进度（百分点）。",
                    "红色预警：低于序时进度" + Figures.RED_GAP.negate() + "个百分点及以上，或超过计划开工时间"
                            + Figures.RED_LATE_START_DAYS + "天仍未开工；黄色预警：低于序时进度" + Figures.YELLOW_GAP.negate()
                            + "个百分点及以上，或已过计划开工时间仍未开工。"};
            CellStyle plainQuoted = wb.createCellStyle();
            plainQuoted.setQuotePrefixed(true);
            Styles plain = new Styles(wb.createCellStyle(), plainQuoted);
            for (int i = 0; i < lines.length; i++) {
                text(about.createRow(i), 0, lines[i], plain);
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private record Styles(CellStyle text, CellStyle quoted) {
    }

    private static void border(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
    }

    /** True for text that Excel or WPS would take for a formula (CSV/formula injection). */
    static boolean formulaLike(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static void text(Row row, int col, String value, Styles styles) {
        Cell cell = row.createCell(col);
        String v = value == null ? "" : value;
        cell.setCellValue(v);
        cell.setCellStyle(formulaLike(v) ? styles.quoted() : styles.text());
    }

    private static void number(Row row, int col, java.math.BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(col);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }
}
