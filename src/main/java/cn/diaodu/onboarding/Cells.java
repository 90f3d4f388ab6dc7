package cn.diaodu.onboarding;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.diaodu.common.XlsxSheetReader;

/**
 * What a cell of an onboarding list means: a text (a number typed in a text column, such as a region code, as its
 * digits), an amount (a number, or a numeric text with thousands separators), a date (an Excel date or a text
 * YYYY-MM-DD, also with "/" or "."). A formula counts by the value Excel stored with it. Null: the cell does not hold
 * that kind of value.
 */
final class Cells {
    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
    /** Excel shows 15 significant digits: 1234.5600000000001 is 1234.56. */
    private static final MathContext EXCEL = new MathContext(15);

    private Cells() {
    }

    /** The stored value (a formula's cached result), or "" for none or an error cell. */
    static String raw(XlsxSheetReader.Cell c) {
        if (c == null || c.kind() == XlsxSheetReader.Kind.ERROR) {
            return "";
        }
        String v = c.kind() == XlsxSheetReader.Kind.FORMULA ? c.shown() : c.value();
        return v == null ? "" : v.trim();
    }

    static String text(XlsxSheetReader.Cell c) {
        String v = raw(c);
        if (c != null && c.kind() == XlsxSheetReader.Kind.NUMBER && NUMBER.matcher(v).matches()) {
            return new BigDecimal(v).round(EXCEL).stripTrailingZeros().toPlainString();
        }
        if (c != null && c.kind() == XlsxSheetReader.Kind.DATE) {
            LocalDate d = date(c, false);
            return d == null ? v : d.toString();
        }
        return v;
    }

    static BigDecimal amount(XlsxSheetReader.Cell c) {
        if (c == null || c.kind() == XlsxSheetReader.Kind.DATE || c.kind() == XlsxSheetReader.Kind.BOOLEAN) {
            return null;
        }
        String v = raw(c).replace(",", "").replace("，", "").replace(" ", "");
        if (!NUMBER.matcher(v).matches()) {
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        return d.scale() > 2 ? d.round(EXCEL).stripTrailingZeros() : d;
    }

    static LocalDate date(XlsxSheetReader.Cell c, boolean date1904) {
        if (c == null) {
            return null;
        }
        String v = raw(c);
        if (c.kind() == XlsxSheetReader.Kind.DATE && NUMBER.matcher(v).matches()) {
            double serial = Double.parseDouble(v);
            return DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904).toLocalDate() : null;
        }
        if (c.kind() == XlsxSheetReader.Kind.NUMBER) {
            return null;
        }
        return dateOf(v);
    }

    /** A date written as text: 2026-03-01, 2026/3/1, 2026.3.1 or 2026年3月1日; null when it is none. */
    static LocalDate dateOf(String v) {
        Matcher m = DATE.matcher(v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v);
        if (!m.matches()) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
