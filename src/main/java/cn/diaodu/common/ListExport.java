package cn.diaodu.common;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The XLSX export of what a list shows (every page, with its filters and sort): the columns are declared once, each
 * with its message key and how to read the value from a row; a title row, a frozen header, numbers as numbers (money
 * with two decimals), text that Excel or WPS can never take for a formula. Opens in Excel and WPS.
 */
public final class ListExport<T> {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One column: its header's message key, its width in characters and the value of a row. */
    public record Column<T>(String headerKey, int width, Function<T, Object> value) {
    }

    private final String titleKey;
    private final List<Object> titleArgs;
    private final List<Column<T>> columns = new ArrayList<>();

    private ListExport(String titleKey, List<Object> titleArgs) {
        this.titleKey = titleKey;
        this.titleArgs = titleArgs;
    }

    public static <T> ListExport<T> titled(String titleKey, Object... args) {
        return new ListExport<>(titleKey, List.of(args));
    }

    public ListExport<T> column(String headerKey, int width, Function<T, Object> value) {
        columns.add(new Column<>(headerKey, width, value));
        return this;
    }

    /** The download: the file is named after the title, in UTF-8 with an ASCII fallback. */
    public ResponseEntity<byte[]> download(List<T> rows, String asciiName) {
        String title = Messages.text(titleKey, titleArgs);
        List<String> headers = columns.stream().map(c -> Messages.text(c.headerKey())).toList();
        List<List<Object>> values = rows.stream().map(this::values).toList();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            write(title, headers, values, body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(title + ".xlsx", asciiName + ".xlsx"))
                .contentType(MediaType.parseMediaType(XLSX)).body(body.toByteArray());
    }

    void write(String title, List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            SXSSFSheet sheet = wb.createSheet(sheetName(title));
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle titleStyle = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            titleStyle.setFont(big);
            CellStyle header = bordered(wb.createCellStyle());
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = bordered(wb.createCellStyle());
            CellStyle quoted = bordered(wb.createCellStyle());
            quoted.setQuotePrefixed(true);
            CellStyle money = bordered(wb.createCellStyle());
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            CellStyle integer = bordered(wb.createCellStyle());
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));

            Row t = sheet.createRow(0);
            Cell tc = t.createCell(0);
            tc.setCellValue(title);
            tc.setCellStyle(titleStyle);
            if (columns.size() > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
            }
            Row h = sheet.createRow(1);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
            }
            sheet.createFreezePane(0, 2);
            int r = 2;
            for (List<Object> row : rows) {
                Row x = sheet.createRow(r++);
                for (int i = 0; i < row.size(); i++) {
                    cell(x.createCell(i), row.get(i), text, quoted, money, integer);
                }
            }
            wb.write(out);
            out.flush();
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private List<Object> values(T row) {
        List<Object> v = new ArrayList<>(columns.size());
        for (Column<T> c : columns) {
            v.add(c.value().apply(row));
        }
        return v;
    }

    private static void cell(Cell c, Object v, CellStyle text, CellStyle quoted, CellStyle money, CellStyle integer) {
        if (v instanceof BigDecimal d) {
            c.setCellValue(d.doubleValue());
            c.setCellStyle(d.scale() > 0 ? money : integer);
        } else if (v instanceof Integer || v instanceof Long) {
            c.setCellValue(((Number) v).doubleValue());
            c.setCellStyle(integer);
        } else {
            String s = v == null ? "" : v instanceof LocalDateTime t ? TIME.format(t)
                    : v instanceof LocalDate d ? d.toString() : v.toString();
            c.setCellValue(s);
            c.setCellStyle(formulaLike(s) ? quoted : text);
        }
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    /** A sheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ]. */
    static String sheetName(String title) {
        String s = title.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return s.isEmpty() ? "Sheet1" : s.length() > 31 ? s.substring(0, 31) : s;
    }

    /**
     * True for text that Excel or WPS could take for a formula or a command when it is edited or exported again:
     * starting with = + - @ (or their full-width forms), a tab or a carriage return.
     */
    public static boolean formulaLike(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\uFF1D'
                || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
    }

    /** The attachment header with the name in UTF-8 (RFC 5987 / 6266) and an ASCII fallback for old clients. */
    public static String attachment(String utf8Name, String asciiName) {
        StringBuilder b = new StringBuilder("attachment; filename=\"").append(asciiName).append("\"; filename*=UTF-8''");
        for (byte x : utf8Name.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}
