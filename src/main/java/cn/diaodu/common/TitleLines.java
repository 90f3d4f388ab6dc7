package cn.diaodu.common;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Breaks a long title into lines at sense boundaries (GB/T 9704 7.3.1: 回行时，要做到词意完整，排列对称): after
 * "关于", before "的通报", "的通知" and the like, after the date "2026年1—11月", after "、", before "及" — never inside a word or a number. Of the possible breaks, the one that gives the most even lines wins; a
 * title without a boundary is cut where it must, but not inside a run of Latin letters or digits.
 */
public final class TitleLines {
    /** 22 pt characters on the 156 mm text width. */
    public static final int TITLE_CHARS = 20;

    private static final Pattern AFTER = Pattern.compile("关于|、|[0-9０-９]+月(?!份)");
    private static final Pattern BEFORE = Pattern.compile(
            "的(?:预警通知|通报|通知|报告|意见|决定|请示|函|纪要|议题材料)|(?<!以)及|关于");
    /** Weaker boundaries, taken when no strong one gives lines that fit: around common words. */
    private static final Pattern WEAK_AFTER = Pattern.compile("季度|年度|会议");
    private static final Pattern WEAK_BEFORE = Pattern.compile("重点项目|的(?=..)|工作|情况");
    private static final double WEAK = 3;

    private TitleLines() {
    }

    public static List<String> split(String title) {
        return split(title, TITLE_CHARS);
    }

    public static List<String> split(String title, int max) {
        String t = title == null ? "" : title.strip();
        List<String> out = new ArrayList<>();
        while (t.length() > max) {
            int at = best(t, max);
            out.add(t.substring(0, at));
            t = t.substring(at);
        }
        if (!t.isEmpty() || out.isEmpty()) {
            out.add(t);
        }
        return out;
    }

    /**
     * Where to break {@code t}: the boundary within the first line, leaving a rest that fits the remaining lines,
     * that gives the most even lines (a weak boundary counts as {@value #WEAK} characters further off).
     */
    private static int best(String t, int max) {
        int lines = (t.length() + max - 1) / max;
        double ideal = (double) t.length() / lines;
        int best = -1;
        double score = Double.MAX_VALUE;
        TreeSet<Integer> strong = boundaries(t, AFTER, BEFORE);
        TreeSet<Integer> all = new TreeSet<>(strong);
        all.addAll(boundaries(t, WEAK_AFTER, WEAK_BEFORE));
        for (int at : all) {
            if (at < 2 || at > max || t.length() - at < 2 || t.length() - at > (lines - 1) * max) {
                continue;
            }
            double s = Math.abs(at - ideal) + (strong.contains(at) ? 0 : WEAK);
            if (s < score) {
                score = s;
                best = at;
            }
        }
        if (best > 0) {
            return best;
        }
        int at = Math.min(max, (int) Math.ceil(ideal));
        while (at > 1 && wordChar(t.charAt(at - 1)) && wordChar(t.charAt(at))) {
            at--;
        }
        return at > 1 ? at : max;
    }

    static TreeSet<Integer> boundaries(String t, Pattern after, Pattern before) {
        TreeSet<Integer> at = new TreeSet<>();
        Matcher a = after.matcher(t);
        while (a.find()) {
            at.add(a.end());
        }
        Matcher b = before.matcher(t);
        while (b.find()) {
            at.add(b.start());
        }
        return at;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && c < 0x3000 || c >= 0xFF10 && c <= 0xFF5A;
    }
}
