package cn.diaodu.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * A DOCX in the layout of official documents, GB/T 9704-2012 (党政机关公文格式), for every document the application
 * writes (the bulletin, the meeting's agenda and briefs, the warning notice): A4; margins top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm (a text area of 156 × 225 mm); 22 lines of 28 characters (fixed line spacing 28.95 pt and a
 * line-and-character grid); the title in 2号 (22 pt) 方正小标宋简体, centred, broken at sense boundaries
 * ({@link TitleLines}); the body in 3号 (16 pt) 仿宋_GB2312 with a first-line indent of two characters; first-level
 * headings in 黑体, second-level in 楷体_GB2312; tables in 小四 (12 pt) with a 黑体 header; page numbers "— 1 —" in
 * 4号 (14 pt) 宋体 at the foot, right on odd pages and left on even pages, one character from the edge of the text
 * area; the issuer and the date at the end (GB/T 9704 7.3.5).
 *
 * <p>With a {@link DocumentHeader}: the 版头 (the authority's mark in red, the document number, the red separator
 * line) before the title, the addressee (主送机关) after it, and the 版记 (抄送, 印发机关 and 印发日期) at the end
 * ({@link DocumentHeadParts}).
 *
 * <p>The page and fonts are set up by {@link DocumentPage}, tables drawn by {@link DocumentTables}. Blocks are added
 * in reading order; {@link #write} or {@link #bytes} then adds the 版记, the page setup and the footers.
 * {@link #poi()} gives the underlying document for what this class does not draw (the bulletin's native chart).
 */
public final class OfficialDocument implements AutoCloseable {
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING1_FONT = "黑体";
    public static final String HEADING2_FONT = "楷体_GB2312";
    public static final String PAGE_NUMBER_FONT = "宋体";

    /** Font sizes in half-points: 2号 22 pt, 3号 16 pt (body, headings), 4号 14 pt, tables 小四 12 pt. */
    public static final int TITLE_SIZE = 44;
    public static final int BODY_SIZE = 32;
    public static final int PAGE_NUMBER_SIZE = 28;
    public static final int TABLE_SIZE = 24;

    /** A4 in twips (1/20 pt; 1 mm = 1440 / 25.4 twips). */
    public static final int PAGE_WIDTH = 11906;
    public static final int PAGE_HEIGHT = 16838;
    public static final int MARGIN_TOP = twips(37);
    public static final int MARGIN_BOTTOM = twips(35);
    public static final int MARGIN_LEFT = twips(28);
    public static final int MARGIN_RIGHT = twips(26);
    /** The footer's distance from the bottom edge: the number's line sits about 7 mm below the text area. */
    public static final int FOOTER = twips(22);
    public static final int HEADER = twips(15);
    /** 28.95 pt: 22 lines in the text area's 225 mm. */
    public static final int LINE = 579;
    public static final int LINES_PER_PAGE = 22;
    public static final int CHARS_PER_LINE = 28;
    /** One character of the body (16 pt) in twips, for indents. */
    public static final int CHAR = 320;
    public static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    private final XWPFDocument doc = new XWPFDocument();
    private final DocumentHeader header;
    /** Set by {@link #pageBreak()}: the next block starts a page. */
    private boolean newPage;
    private boolean addressed;
    /** The last paragraph of text, which {@link #figureParagraph()} keeps with the figure it introduces. */
    private XWPFParagraph lastText;

    /** A document without 版头 and 版记. */
    public OfficialDocument() {
        this(DocumentHeader.NONE);
    }

    /** A document with the 版头 of {@code header} (when it has a mark) and its addressee and 版记. */
    public OfficialDocument(DocumentHeader header) {
        this.header = header == null ? DocumentHeader.NONE : header;
        DocumentPage.setUp(doc);
        if (this.header.hasMark()) {
            DocumentHeadParts.head(doc, this.header);
        }
    }

    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /**
     * The grid's character pitch as Word stores it: the difference from the body size, in 1/4096 pt, so that 28
     * characters fill the text width.
     */
    public static int charSpace() {
        double pitch = TEXT_WIDTH / 20.0 / CHARS_PER_LINE;
        return (int) Math.round((pitch - BODY_SIZE / 2.0) * 4096);
    }

    /** "2024年7月15日". */
    public static String chineseDate(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** The underlying document, for what this class does not draw. */
    public XWPFDocument poi() {
        return doc;
    }

    // ---- blocks --------------------------------------------------------------------------------------------------

    /**
     * The title: 2号 方正小标宋简体, centred, broken into lines at sense boundaries, a blank line after it; the first
     * title is followed by the addressee (主送机关) when the header names one.
     */
    public void title(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocumentRuns.spacing(p, LINE, LINE, 0);
        DocumentRuns.keepNext(p);
        DocumentRuns.keepLines(p);
        List<String> lines = TitleLines.split(text);
        XWPFRun r = DocumentRuns.run(p, lines.get(0), TITLE_FONT, TITLE_SIZE);
        for (int i = 1; i < lines.size(); i++) {
            r.addBreak();
            r.setText(lines.get(i), i);
        }
        if (!addressed && header.hasAddressee()) {
            addressed = true;
            DocumentHeadParts.addressee(doc, header);
        }
    }

    /** A body paragraph: justified, first line indented two characters. */
    public void body(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        DocumentRuns.spacing(p, LINE, 0, 0);
        DocumentRuns.firstLineIndent(p);
        run(p, text, BODY_FONT, BODY_SIZE);
        lastText = p;
    }

    /** A body line without indent: labels such as "会议时间：…", list items. */
    public void line(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        DocumentRuns.spacing(p, LINE, 0, 0);
        run(p, text, BODY_FONT, BODY_SIZE);
        lastText = p;
    }

    /** A heading "一、…" (level 1, 黑体) or "（一）…" (level 2, 楷体), kept with what follows. */
    public void heading(int level, String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        DocumentRuns.spacing(p, LINE, 0, 0);
        DocumentRuns.firstLineIndent(p);
        DocumentRuns.keepNext(p);
        run(p, text, level == 1 ? HEADING1_FONT : HEADING2_FONT, BODY_SIZE);
        lastText = p;
    }

    /**
     * The next block starts a new page ("page break before" on its paragraph, so that a page that is already full
     * does not leave an empty one behind).
     */
    public void pageBreak() {
        newPage = true;
    }

    private XWPFParagraph paragraph() {
        XWPFParagraph p = doc.createParagraph();
        if (newPage) {
            p.setPageBreak(true);
            newPage = false;
        }
        return p;
    }

    /**
     * A table across the text width: columns in proportion to {@code widths}; a header row in 黑体 repeated on every
     * page ({@code header} may be null: a table of labels and values); numeric columns right-aligned; the last row in
     * 黑体 when it is a total.
     */
    public void table(List<String> header, List<List<String>> rows, List<Integer> widths, List<Boolean> numeric,
            boolean totalRow) {
        if (newPage) {
            DocumentRuns.spacing(paragraph(), 240, 0, 0);
        }
        DocumentTables.table(doc, header, rows, widths, numeric, totalRow);
        lastText = null;
    }

    /**
     * The issuing office and the date, the date four characters from the right edge (GB/T 9704 7.3.5); the
     * signature never stands alone on a page: it keeps with what precedes it (7.3.5.1).
     */
    public void signature(String issuer, String date) {
        XWPFParagraph blank = paragraph();
        DocumentRuns.spacing(blank, LINE, 0, 0);
        DocumentRuns.keepNext(blank);
        XWPFParagraph by = doc.createParagraph();
        DocumentRuns.keepNext(by);
        by.setAlignment(ParagraphAlignment.RIGHT);
        DocumentRuns.spacing(by, LINE, 0, 0);
        DocumentRuns.indent(by, 0, 2 * CHAR);
        run(by, issuer, BODY_FONT, BODY_SIZE);
        XWPFParagraph on = doc.createParagraph();
        on.setAlignment(ParagraphAlignment.RIGHT);
        DocumentRuns.spacing(on, LINE, 0, 0);
        DocumentRuns.indent(on, 0, 4 * CHAR);
        run(on, date, BODY_FONT, BODY_SIZE);
        lastText = null;
    }

    /**
     * A centred paragraph off the grid, for a drawing (the chart's holder); kept with what follows (its caption),
     * and the paragraph of text just before it — the one that introduces the figure — is kept with it, so that a
     * figure never stands alone at the top of a page after its introduction.
     */
    public XWPFParagraph figureParagraph() {
        if (lastText != null && !newPage) {
            DocumentRuns.keepNext(lastText);
            DocumentRuns.keepLines(lastText);
        }
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocumentRuns.keepNext(p);
        DocumentRuns.spacing(p, 240, 0, 0);
        DocumentRuns.offGrid(p);
        lastText = null;
        return p;
    }

    /** A photo (JPEG) centred in its own paragraph, {@code widthMm} wide with its proportions kept, then its caption. */
    public void photo(byte[] jpeg, int widthPx, int heightPx, double widthMm, String caption) {
        XWPFParagraph p = figureParagraph();
        double heightMm = widthMm * heightPx / Math.max(1, widthPx);
        try {
            p.createRun().addPicture(new java.io.ByteArrayInputStream(jpeg), org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_JPEG,
                    "photo.jpg", org.apache.poi.util.Units.toEMU(widthMm * 72 / 25.4),
                    org.apache.poi.util.Units.toEMU(heightMm * 72 / 25.4));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | IOException e) {
            throw new IllegalStateException(e);
        }
        caption(caption);
    }

    /** A centred body line: a figure's caption. */
    public void caption(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        DocumentRuns.spacing(p, LINE, 0, 0);
        run(p, text, BODY_FONT, BODY_SIZE);
        lastText = p;
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /** Adds the 版记 (when the header has one), the page setup and the page numbers, then writes the document. */
    public void write(OutputStream out) throws IOException {
        if (header.hasImprint()) {
            DocumentHeadParts.imprint(doc, header);
        }
        DocumentPage.finish(doc);
        doc.write(out);
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    /** A run in the given font (every character range) and size in half-points. */
    public static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
        return DocumentRuns.run(p, text, font, halfPoints);
    }
}
