package cn.diaodu.onboarding;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An onboarding template as Excel and WPS open it (POI's XSSF): the first sheet with one header row (frozen, bold,
 * date and text columns formatted), the second, 填写说明, with the instructions and the code lists side by side, and
 * drop-downs on the first sheet that pick from those lists.
 */
final class TemplateBook {
    static final String HELP = "填写说明";
    /** Data rows the drop-downs and formats cover. */
    private static final int ROWS = 5000;

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final XSSFSheet data;
    private final XSSFSheet help;
    private final List<String> headers;
    private int nextListColumn;
    private int listRow;

    TemplateBook(String sheetName, List<String> headers) {
        this.headers = headers;
        data = wb.createSheet(sheetName);
        help = wb.createSheet(HELP);
        CellStyle head = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setBorderBottom(BorderStyle.THIN);
        head.setWrapText(true);
        Row r = data.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            r.createCell(i).setCellValue(headers.get(i));
            r.getCell(i).setCellStyle(head);
            data.setColumnWidth(i, Math.max(10, Math.min(40, headers.get(i).length() * 3 + 4)) * 256);
        }
        data.createFreezePane(0, 1);
    }

    int column(String header) {
        return headers.indexOf(header);
    }

    TemplateBook width(String header, int chars) {
        data.setColumnWidth(column(header), chars * 256);
        return this;
    }

    /** Columns shown as dates (yyyy-mm-dd): a typed date becomes an Excel date. */
    TemplateBook dates(String... columns) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        for (String c : columns) {
            data.setDefaultColumnStyle(column(c), s);
        }
        return this;
    }

    /** Columns kept as text (codes, telephone numbers): leading zeros and long digits stay as typed. */
    TemplateBook texts(String... columns) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat("@"));
        for (String c : columns) {
            data.setDefaultColumnStyle(column(c), s);
        }
        return this;
    }

    /** Amount columns: two decimals. */
    TemplateBook amounts(List<String> columns) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        for (String c : columns) {
            data.setDefaultColumnStyle(column(c), s);
        }
        return this;
    }

    /** The instructions at the top of 填写说明, one line each; the code lists follow below them. */
    TemplateBook instructions(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            help.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        listRow = lines.size() + 1;
        return this;
    }

    /**
     * A code list on 填写说明 (a title, then one row per entry: its columns), and, when {@code dropDownFor} names a
     * column of the first sheet, a drop-down there picking the entry's first column; {@code strict}: nothing else
     * may be typed (the category, the level), else any text is taken too (a region's code instead of its name).
     */
    TemplateBook list(String title, List<String> titles, List<List<String>> entries, String dropDownFor,
            boolean strict) {
        int col = nextListColumn;
        nextListColumn += titles.size() + 1;
        Row head = row(listRow);
        head.createCell(col).setCellValue(title);
        Row sub = row(listRow + 1);
        for (int i = 0; i < titles.size(); i++) {
            sub.createCell(col + i).setCellValue(titles.get(i));
            help.setColumnWidth(col + i, 22 * 256);
        }
        for (int e = 0; e < entries.size(); e++) {
            Row r = row(listRow + 2 + e);
            List<String> entry = entries.get(e);
            for (int i = 0; i < entry.size(); i++) {
                r.createCell(col + i).setCellValue(entry.get(i) == null ? "" : entry.get(i));
            }
        }
        if (dropDownFor != null && !entries.isEmpty() && column(dropDownFor) >= 0) {
            String letters = CellReference.convertNumToColString(col);
            String range = "'" + HELP + "'!$" + letters + "$" + (listRow + 3) + ":$" + letters + "$"
                    + (listRow + 2 + entries.size());
            XSSFDataValidationHelper dv = new XSSFDataValidationHelper(data);
            DataValidationConstraint constraint = dv.createFormulaListConstraint(range);
            int target = column(dropDownFor);
            DataValidation v = dv.createValidation(constraint, new CellRangeAddressList(1, ROWS, target, target));
            v.setSuppressDropDownArrow(true);
            v.setShowErrorBox(true);
            v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.INFO);
            v.setEmptyCellAllowed(true);
            data.addValidationData(v);
        }
        return this;
    }

    private Row row(int i) {
        Row r = help.getRow(i);
        return r == null ? help.createRow(i) : r;
    }

    void write(OutputStream out) throws IOException {
        help.setColumnWidth(0, Math.max(help.getColumnWidth(0), 24 * 256));
        try (wb) {
            wb.write(out);
        }
    }
}
