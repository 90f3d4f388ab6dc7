package cn.diaodu.bulletin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import cn.diaodu.analysis.Summary;
import cn.diaodu.common.Money;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;

/**
 * The wording of the bulletin, as the project office writes it (CONTRACT §8; the seeds' speeches): the overview
 * sentence generated from the figures, the spans of months ("1—7月", "1月"), amounts in 亿元 and rates with one
 * decimal.
 *
 * <p>Every number comes from {@link cn.diaodu.analysis.AnalysisService}; nothing here computes a figure. The overview's
 * rates and gap are rounded once, half-up, to one decimal from the exact amounts ({@code Summary.Total#gap1} and
 * friends, defined in {@code Figures}), never from the API's two-decimal values; amounts are 万元 / 10 000 with one
 * decimal, half-up.
 */
public final class BulletinText {
    private BulletinText() {
    }

    /** "1—7月", or "1月" for January. */
    public static String span(int month) {
        return month == 1 ? "1月" : "1—" + month + "月";
    }

    /** A rate or a gap with one decimal, half-up (away from zero on a tie, as BigDecimal's HALF_UP). */
    public static BigDecimal oneDecimal(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP);
    }

    /** 万元 → 亿元 with one decimal: "208.2". */
    public static String yi1(BigDecimal wan) {
        return Money.toYi(wan, 1).toPlainString();
    }

    /** 万元 → 亿元 with two decimals, for tables: "208.24". */
    public static String yi2(BigDecimal wan) {
        return Money.toYi(wan, 2).toPlainString();
    }

    /** A rate as the API shows it (two decimals). */
    public static String pct2(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A rate with one decimal: "68.0". */
    public static String pct1(BigDecimal v) {
        return oneDecimal(v).toPlainString();
    }

    /**
     * "高于序时进度2.2个百分点", "低于序时进度13.1个百分点", or "与序时进度持平（相差0.0个百分点）" when the gap rounds to 0.0:
     * the gap is rounded once, half-up, to one decimal, and the wording follows the rounded value, so that the words
     * and the number agree (−0.04 is level, 0.0; −0.05 is behind by 0.1). Pass the gap unrounded, or rounded once to
     * one decimal from the exact amounts ({@code Summary.Total#gap1}), never the API's two-decimal value (rounding
     * twice: 0.049 → 0.05 → 0.1).
     */
    public static String gapPhrase(BigDecimal gap) {
        BigDecimal g = oneDecimal(gap);
        if (g.signum() == 0) {
            return "与序时进度持平（相差" + g.abs().toPlainString() + "个百分点）";
        }
        return (g.signum() > 0 ? "高于" : "低于") + "序时进度" + g.abs().toPlainString() + "个百分点";
    }

    /**
     * The overview sentence: "1—7月，全市141个重点项目累计完成投资208.2亿元，占年度计划的68.0%，低于序时进度13.1个百分点；
     * 已开工121个，开工率85.8%。" (level: "…占年度计划的50.0%，与序时进度持平（相差0.0个百分点）；…")
     *
     * @param month the last month covered
     * @param subject who: 全市, 全县, 全区, 全省
     * @param projects the number of projects
     * @param completed the investment completed (万元)
     * @param completionRate completed / annual plan in percent, exact or rounded once to one decimal
     * @param gap completion rate − time-elapsed rate in percentage points, exact or rounded once to one decimal
     * @param started the projects started
     * @param startRate started / projects in percent, exact or rounded once to one decimal
     */
    public static String overview(int month, String subject, int projects, BigDecimal completed,
            BigDecimal completionRate, BigDecimal gap, int started, BigDecimal startRate) {
        if (projects == 0) {
            return span(month) + "，" + subject + "暂无纳入调度的重点项目。";
        }
        return span(month) + "，" + subject + projects + "个重点项目累计完成投资" + yi1(completed) + "亿元，占年度计划的"
                + pct1(completionRate) + "%，" + gapPhrase(gap) + "；已开工" + started + "个，开工率" + pct1(startRate)
                + "%。";
    }

    /** The overview of a summary's total. */
    public static String overview(int month, String subject, Summary.Total t) {
        return overview(month, subject, t.projects(), t.completed(), t.completionRate1(), t.gap1(), t.started(),
                t.startRate1());
    }

    /** The warnings after the overview: "其中，红色预警项目2个、黄色预警项目3个。" */
    public static String warnings(int red, int yellow) {
        if (red == 0 && yellow == 0) {
            return "所有项目均未触发预警。";
        }
        return "按序时进度衡量，红色预警项目" + red + "个、黄色预警项目" + yellow + "个。";
    }

    /** 全市, 全县, 全区, 全省… for the overview, from the root region of the scope (null: 全市). */
    public static String subject(Region root) {
        if (root == null) {
            return "全市";
        }
        String n = root.name();
        if (root.level() == RegionLevel.PROVINCE) {
            return n.endsWith("自治区") || n.endsWith("区") ? "全区" : n.endsWith("市") ? "全市" : "全省";
        }
        if (root.level() == RegionLevel.CITY) {
            return n.endsWith("州") ? "全州" : n.endsWith("盟") ? "全盟" : n.endsWith("地区") ? "全地区" : "全市";
        }
        if (root.level() == RegionLevel.COUNTY) {
            return n.endsWith("区") ? "全区" : n.endsWith("市") ? "全市" : n.endsWith("旗") ? "全旗" : "全县";
        }
        if (root.level() == RegionLevel.TOWN) {
            return n.endsWith("乡") ? "全乡" : n.endsWith("街道") ? "全街道" : "全镇";
        }
        return "全村";
    }

    /** The date of issue: 2024年7月15日. */
    public static String date(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** A planned date in a table: 2024年5月15日, or 未明确. */
    public static String dateOrUnknown(LocalDate d) {
        return d == null ? "未明确" : date(d);
    }

    /** The Chinese numbers of headings: 一 … 十. */
    public static String numeral(int n) {
        List<String> n10 = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十");
        return n >= 1 && n <= 10 ? n10.get(n - 1) : String.valueOf(n);
    }

    /** Names joined with 、: "甲县、乙区". */
    public static String names(List<String> names) {
        return String.join("、", names);
    }

    /** "尚在办理前期手续12个，占27.9%；手续齐备待开工3个。" (the share of all the bulletin's projects, one decimal). */
    public static String procedures(ProcedureOverview.Overview o) {
        BigDecimal share = o.projects() == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(o.inProcedures() * 100L).divide(BigDecimal.valueOf(o.projects()), 1,
                        RoundingMode.HALF_UP);
        return "尚在办理前期手续" + o.inProcedures() + "个，占项目总数的" + share.toPlainString() + "%；手续齐备待开工"
                + o.ready() + "个。";
    }
}
