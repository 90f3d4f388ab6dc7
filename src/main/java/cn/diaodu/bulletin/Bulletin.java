package cn.diaodu.bulletin;

import java.math.BigDecimal;
import java.util.List;

/**
 * One monthly bulletin (月通报) as a sequence of blocks, independent of its format: {@link DocxBulletinWriter}
 * writes it as a DOCX and the page {@code /bulletins} shows the same blocks as HTML, so that both say the same.
 *
 * @param year the year
 * @param month the last month covered (1—M)
 * @param regionCode the root region of the scope (null: the whole system)
 * @param title the title, e.g. 2024年1—7月青岚市重点项目建设情况通报
 * @param overview the overview paragraph (also the first {@link Para} of {@code blocks})
 * @param blocks the body: paragraphs, headings, tables and the chart, in order
 * @param issuer the issuing office, e.g. 青岚市重点项目建设指挥部办公室
 * @param issued the date of issue in Chinese, e.g. 2024年7月15日
 */
public record Bulletin(int year, int month, String regionCode, String title, String overview, List<Block> blocks,
        String issuer, String issued) {

    /** The period of the bulletin, "YYYY-MM". */
    public String period() {
        return String.format("%04d-%02d", year, month);
    }

    /** A part of the body. {@code kind()} names the record for templates. */
    public sealed interface Block permits Para, Heading, Table, Chart {
        String kind();
    }

    /** A body paragraph; {@code note} marks a remark in brackets (e.g. a list that is not available yet). */
    public record Para(String text, boolean note) implements Block {
        public Para(String text) {
            this(text, false);
        }

        @Override
        public String kind() {
            return "para";
        }
    }

    /** A heading: level 1 "一、…" (黑体), level 2 "（一）…" (楷体). */
    public record Heading(int level, String text) implements Block {
        @Override
        public String kind() {
            return "heading";
        }
    }

    /**
     * A table: the header, the rows as printed, which columns are numbers (right-aligned) and the relative width of
     * each column; {@code totalRow} marks the last row as a total (合计).
     */
    public record Table(String id, List<String> header, List<List<String>> rows, List<Boolean> numeric,
            List<Integer> widths, boolean totalRow) implements Block {
        @Override
        public String kind() {
            return "table";
        }
    }

    /** The monthly chart: cumulative completion (bars) against the cumulative plan (line), in 亿元, months 1..M. */
    public record Chart(String caption, List<String> months, List<BigDecimal> completed, List<BigDecimal> planned)
            implements Block {
        @Override
        public String kind() {
            return "chart";
        }
    }
}
