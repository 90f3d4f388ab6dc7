package cn.diaodu.funds;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;

/**
 * An uploaded list of fund applications, read once with {@link XlsxSheetReader}: the header row (the first row that
 * names a known column, whatever the order; spaces and full- or half-width parentheses alike, and a few aliases) and
 * the data rows below it, blank rows left out, each numbered as the spreadsheet numbers it. The cells are read as text,
 * amounts (numbers or numeric text with thousands separators) and dates (Excel dates or text YYYY-MM-DD).
 */
final class FundSheet {
    static final int MAX_ROWS = 5_000;

    /** The columns, by key: the template's header and its aliases. */
    enum Col {
        NAME("项目名称", "名称", "政策项目名称"),
        PROGRAMME("资金类别", "资金类型", "争取资金类别", "资金渠道"),
        TOTAL("总投资（万元）", "总投资"),
        REQUESTED("申请资金（万元）", "申请资金", "拟申请资金（万元）"),
        UNIT("责任单位", "牵头单位"),
        PROJECT("关联重点项目", "重点项目"),
        STAGE("阶段", "当前阶段", "进展阶段"),
        OBTAINED("下达资金（万元）", "下达资金", "争取资金（万元）"),
        DATE("日期", "阶段日期");

        final String header;
        final String[] aliases;

        Col(String header, String... aliases) {
            this.header = header;
            this.aliases = aliases;
        }
    }

    static final List<Col> REQUIRED = List.of(Col.NAME, Col.PROGRAMME, Col.TOTAL, Col.REQUESTED, Col.UNIT);

    record Line(int row, Map<Col, XlsxSheetReader.Cell> cells) {
        XlsxSheetReader.Cell cell(Col c) {
            return cells.get(c);
        }
    }

    final List<Line> lines = new ArrayList<>();
    final Map<Col, String> headers = new LinkedHashMap<>();
    final boolean date1904;

    private FundSheet(boolean date1904) {
        this.date1904 = date1904;
    }

    static String normal(String header) {
        return header == null ? "" : header.replaceAll("\\s", "").replace('（', '(').replace('）', ')');
    }

    private static final Map<String, Col> BY_HEADER = new HashMap<>();
    static {
        for (Col c : Col.values()) {
            BY_HEADER.put(normal(c.header), c);
            for (String a : c.aliases) {
                BY_HEADER.put(normal(a), c);
            }
        }
    }

    /** Reads the file; 422 on {@code file} without a header row, with a required column missing or too many rows. */
    static FundSheet read(Path file) {
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            FundSheet sheet = new FundSheet(reader.date1904());
            Map<Integer, Col> colOf = new HashMap<>();
            reader.read((rowNum, cells) -> {
                if (colOf.isEmpty()) {
                    for (XlsxSheetReader.Cell c : cells) {
                        Col key = c.kind() == XlsxSheetReader.Kind.TEXT ? BY_HEADER.get(normal(c.value())) : null;
                        if (key != null && !sheet.headers.containsKey(key)) {
                            colOf.put(c.col(), key);
                            sheet.headers.put(key, c.value().strip());
                        }
                    }
                    return;
                }
                Map<Col, XlsxSheetReader.Cell> kept = new HashMap<>();
                for (XlsxSheetReader.Cell c : cells) {
                    Col key = colOf.get(c.col());
                    if (key != null && !text(c).isEmpty()) {
                        kept.put(key, c);
                    }
                }
                if (!kept.isEmpty()) {
                    if (sheet.lines.size() >= MAX_ROWS) {
                        throw new XlsxSheetReader.Refused(ValidationException.of("file", "funds.import.too-many-rows",
                                String.valueOf(MAX_ROWS)));
                    }
                    sheet.lines.add(new Line(rowNum, kept));
                }
            });
            List<FieldError> missing = new ArrayList<>();
            for (Col c : REQUIRED) {
                if (!sheet.headers.containsKey(c)) {
                    missing.add(FieldError.of("file", "funds.import.missing-column", c.header));
                }
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            return sheet;
        }
    }

    /** The header of a column as written in the file, else the template's. */
    String header(Col c) {
        return headers.getOrDefault(c, c.header);
    }

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    /** The stored value (a formula's cached result), or "" for none or an error cell. */
    static String text(XlsxSheetReader.Cell c) {
        if (c == null || c.kind() == XlsxSheetReader.Kind.ERROR) {
            return "";
        }
        String v = c.kind() == XlsxSheetReader.Kind.FORMULA ? c.shown() : c.value();
        v = v == null ? "" : v.strip();
        if (c.kind() == XlsxSheetReader.Kind.NUMBER && NUMBER.matcher(v).matches()) {
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        }
        return v;
    }

    /** An amount, or null when the cell holds no number. */
    static BigDecimal amount(XlsxSheetReader.Cell c) {
        if (c == null || c.kind() == XlsxSheetReader.Kind.DATE || c.kind() == XlsxSheetReader.Kind.BOOLEAN) {
            return null;
        }
        String v = text(c).replace(",", "").replace("，", "").replace(" ", "");
        if (!NUMBER.matcher(v).matches()) {
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        return d.scale() > 2 ? d.round(new java.math.MathContext(15)).stripTrailingZeros() : d;
    }

    /** A date, or null when the cell holds none. */
    LocalDate date(XlsxSheetReader.Cell c) {
        if (c == null) {
            return null;
        }
        String v = c.kind() == XlsxSheetReader.Kind.FORMULA ? c.shown() : c.value();
        v = v == null ? "" : v.strip();
        if (c.kind() == XlsxSheetReader.Kind.DATE && NUMBER.matcher(v).matches()) {
            double serial = Double.parseDouble(v);
            return DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, date1904).toLocalDate() : null;
        }
        if (c.kind() == XlsxSheetReader.Kind.NUMBER) {
            return null;
        }
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
