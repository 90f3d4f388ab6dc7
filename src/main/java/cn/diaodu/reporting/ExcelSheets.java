package cn.diaodu.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writing spreadsheets: streaming workbooks (SXSSF, 200 rows in memory, the rest in compressed temporary files),
 * a small set of shared cell styles, text that can never become a formula, and the download's file name.
 */
final class ExcelSheets {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** Rows kept in memory while writing; older rows are flushed to a temporary file. */
    static final int WINDOW = 200;
    static final String MONEY_FORMAT = "#,##0.00";

    private ExcelSheets() {
    }

    static SXSSFWorkbook workbook() {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        return wb;
    }

    /** Writes the workbook and removes its temporary files. */
    static void finish(SXSSFWorkbook wb, OutputStream out) throws IOException {
        try {
            wb.write(out);
            out.flush();
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    /**
     * True for text that Excel or WPS could take for a formula or a command when it is edited or exported again:
     * starting with = + - @, a tab or a carriage return (CSV/formula injection).
     */
    static boolean formulaLike(String s) {
        return cn.diaodu.common.ListExport.formulaLike(s);
    }

    /**
     * The attachment header with the name in UTF-8 (RFC 5987 / 6266) and an ASCII fallback for old clients.
     */
    static String attachment(String utf8Name, String asciiName) {
        return cn.diaodu.common.ListExport.attachment(utf8Name, asciiName);
    }

    /** The cell styles of one workbook, made once each and shared (a workbook holds at most 64 000). */
    static final class Styles {
        private final SXSSFWorkbook wb;
        private final Map<String, CellStyle> made = new HashMap<>();
        private Font bold;
        private Font red;

        Styles(SXSSFWorkbook wb) {
            this.wb = wb;
        }

        private Font bold() {
            if (bold == null) {
                bold = wb.createFont();
                bold.setBold(true);
            }
            return bold;
        }

        private Font red() {
            if (red == null) {
                red = wb.createFont();
                red.setColor(IndexedColors.RED.getIndex());
            }
            return red;
        }

        /** A data cell: locked or not, with a number format or none, quote-prefixed text or not, greyed or not. */
        CellStyle cell(boolean locked, String format, boolean quoted, boolean grey) {
            String key = "cell|" + locked + "|" + format + "|" + quoted + "|" + grey;
            return made.computeIfAbsent(key, k -> {
                CellStyle s = wb.createCellStyle();
                s.setLocked(locked);
                if (format != null) {
                    s.setDataFormat(wb.createDataFormat().getFormat(format));
                }
                s.setQuotePrefixed(quoted);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                borders(s);
                if (grey) {
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return s;
            });
        }

        CellStyle header() {
            return made.computeIfAbsent("header", k -> {
                CellStyle s = wb.createCellStyle();
                s.setFont(bold());
                s.setWrapText(true);
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                s.setLocked(true);
                borders(s);
                return s;
            });
        }

        CellStyle note() {
            return made.computeIfAbsent("note", k -> {
                CellStyle s = wb.createCellStyle();
                s.setWrapText(true);
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setLocked(true);
                return s;
            });
        }

        CellStyle error() {
            return made.computeIfAbsent("error", k -> {
                CellStyle s = wb.createCellStyle();
                s.setWrapText(true);
                s.setFont(red());
                s.setVerticalAlignment(VerticalAlignment.TOP);
                return s;
            });
        }

        CellStyle errorHeader() {
            return made.computeIfAbsent("errorHeader", k -> {
                CellStyle s = wb.createCellStyle();
                Font f = wb.createFont();
                f.setBold(true);
                f.setColor(IndexedColors.RED.getIndex());
                s.setFont(f);
                s.setWrapText(true);
                return s;
            });
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
    }

    /** Text as a plain string; text that looks like a formula gets the quote-prefix style as well. */
    static Cell text(Row row, int col, String value, CellStyle plain, CellStyle quoted) {
        Cell c = row.createCell(col);
        if (value == null) {
            c.setCellStyle(plain);
            return c;
        }
        c.setCellValue(value);
        c.setCellStyle(formulaLike(value) ? quoted : plain);
        return c;
    }

    static Cell number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
        return c;
    }

    static Cell number(Row row, int col, Integer value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }

    static Cell dateTime(Row row, int col, LocalDateTime value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }
}
