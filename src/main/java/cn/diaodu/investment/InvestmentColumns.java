package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.diaodu.common.XlsxSheetReader;

/**
 * The columns of the list an attraction office already keeps (招商项目台账), declared once for the template and the
 * import: each with its key, the header the template writes, the API field its errors name and the other headers
 * that mean the same; and what a cell means (a text, an amount, a date, a stage or an origin by its Chinese name).
 */
final class InvestmentColumns {
    /** One column. */
    record Column(String key, String header, String field, boolean required, List<String> aliases) {
    }

    static final Map<String, Column> ALL = new LinkedHashMap<>();

    private static void add(String key, String header, String field, boolean required, String... aliases) {
        ALL.put(key, new Column(key, header, field, required, List.of(aliases)));
    }

    static {
        add("name", "项目名称", "name", true, "招商项目名称");
        add("investor", "投资方", "investor", true, "投资主体", "投资企业");
        add("origin", "投资方来源", "origin", true, "来源");
        add("industry", "产业链", "industry", false, "所属产业链", "产业");
        add("planned", "计划投资（万元）", "plannedInvestment", true, "计划总投资（万元）", "投资额（万元）");
        add("region", "所在地区", "regionCode", true, "地区", "县区");
        add("unit", "责任单位", "responsibleUnitId", true, "牵头单位");
        add("negotiator", "洽谈人", "negotiator", false, "谈判人");
        add("informant", "第一信息人", "informant", false, "信息提供人");
        add("stage", "阶段", "stage", false, "项目阶段", "进展阶段");
        add("LEAD", "线索日期", "date", false, "录入日期");
        add("NEGOTIATING", "在谈日期", "stages.NEGOTIATING", false, "洽谈日期");
        add("SIGNED", "签约日期", "stages.SIGNED", false);
        add("signedAmount", "签约金额（万元）", "signedAmount", false, "签约额（万元）");
        add("agreement", "协议类型", "agreement", false, "签约类型");
        add("LANDED", "落地日期", "stages.LANDED", false);
        add("registration", "企业注册", "registration", false, "注册情况");
        add("site", "选址", "site", false, "项目选址");
        add("STARTED", "开工日期", "stages.STARTED", false);
        add("OPERATING", "投产日期", "stages.OPERATING", false);
        add("LOST", "终止日期", "stages.LOST", false);
        add("lostReason", "终止原因", "reason", false);
        add("funds", "到位资金（万元）", "amount", false, "资金到位（万元）");
        add("fundsDate", "到位日期", "fundsDate", false, "资金到位日期");
    }

    static final Map<String, InvestmentStage> STAGES = new LinkedHashMap<>();
    static final Map<String, InvestmentOrigin> ORIGINS = new LinkedHashMap<>();
    static final Map<String, Agreement> AGREEMENTS = new LinkedHashMap<>();

    static {
        String[] stageNames = {"线索", "在谈", "签约", "落地", "开工", "投产", "终止"};
        for (InvestmentStage s : InvestmentStage.values()) {
            STAGES.put(stageNames[s.ordinal()], s);
        }
        STAGES.put("洽谈", InvestmentStage.NEGOTIATING);
        STAGES.put("已签约", InvestmentStage.SIGNED);
        STAGES.put("已落地", InvestmentStage.LANDED);
        STAGES.put("已开工", InvestmentStage.STARTED);
        STAGES.put("已投产", InvestmentStage.OPERATING);
        ORIGINS.put("本地", InvestmentOrigin.LOCAL);
        ORIGINS.put("国内", InvestmentOrigin.DOMESTIC);
        ORIGINS.put("境外", InvestmentOrigin.FOREIGN);
        ORIGINS.put("外资", InvestmentOrigin.FOREIGN);
        AGREEMENTS.put("意向协议", Agreement.INTENT);
        AGREEMENTS.put("意向", Agreement.INTENT);
        AGREEMENTS.put("框架协议", Agreement.FRAMEWORK);
        AGREEMENTS.put("框架", Agreement.FRAMEWORK);
        AGREEMENTS.put("正式合同", Agreement.CONTRACT);
        AGREEMENTS.put("合同", Agreement.CONTRACT);
    }

    private InvestmentColumns() {
    }

    /** The header text reduced to what matters: no spaces or asterisks, parentheses half-width. */
    static String normal(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char ch : header.toCharArray()) {
            if (Character.isWhitespace(ch) || Character.isSpaceChar(ch) || ch == '*' || ch == '＊') {
                continue;
            }
            b.append(ch == '（' ? '(' : ch == '）' ? ')' : ch);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Normalised header (and alias) → column key. */
    static Map<String, String> lookup() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Column c : ALL.values()) {
            out.put(normal(c.header()), c.key());
            c.aliases().forEach(a -> out.putIfAbsent(normal(a), c.key()));
        }
        return out;
    }

    /** An enum value by its Chinese name or its code, or null. */
    static <E extends Enum<E>> E named(String text, Map<String, E> names, Class<E> type) {
        String t = text.strip();
        if (names.containsKey(t)) {
            return names.get(t);
        }
        try {
            return Enum.valueOf(type, t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    // ---- cells ---------------------------------------------------------------------------------------------

    private static final Pattern DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

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
            return new BigDecimal(v).stripTrailingZeros().toPlainString();
        }
        return v;
    }

    /** An amount: a number, or a numeric text with thousands separators; null when it is not one. */
    static BigDecimal amount(XlsxSheetReader.Cell c) {
        if (c == null || c.kind() == XlsxSheetReader.Kind.DATE || c.kind() == XlsxSheetReader.Kind.BOOLEAN) {
            return null;
        }
        String v = raw(c).replace(",", "").replace("，", "").replace(" ", "");
        if (!NUMBER.matcher(v).matches()) {
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        return d.scale() > 2 ? d.round(new java.math.MathContext(15)).stripTrailingZeros() : d;
    }

    /** A date: an Excel date, or a text YYYY-MM-DD (also with "/" or "."); null when it is not one. */
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
