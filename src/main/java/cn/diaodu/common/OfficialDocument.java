package cn.diaodu.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A DOCX in the layout of official documents, GB/T 9704-2012 (党政机关公文格式), for every document the application
 * writes (the bulletin, the meeting's agenda and briefs, the warning notice): A4; margins top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm (a text area of 156 × 225 mm); 22 lines of 28 characters (fixed line spacing 28.95 pt and a
 * line-and-character grid); the title in 2号 (22 pt) 方正小标宋简体, centred; the body in 3号 (16 pt) 仿宋_GB2312 with a
 * first-line indent of two characters; first-level headings in 黑体, second-level in 楷体_GB2312; tables in 小四
 * (12 pt) with a 黑体 header; page numbers "— 1 —" in 4号 (14 pt) 宋体 at the foot, right on odd pages and left on
 * even pages, one character from the edge of the text area; the issuer and the date at the end (GB/T 9704 7.3.5).
 *
 * <p>Fonts are named in every run (ascii, eastAsia, hAnsi, cs) and in the font table with an alternative name and
 * the GB2312 character set, so that a PC without 方正小标宋简体 or 仿宋_GB2312 falls back to 宋体 or 仿宋.
 *
 * <p>Blocks are added in reading order; {@link #write} or {@link #bytes} then adds the page setup and the footers.
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
    /** Set by {@link #pageBreak()}: the next block starts a page. */
    private boolean newPage;

    public OfficialDocument() {
        defaults();
        try {
            fontTable();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the font table could not be written", e);
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

    /** The title: 2号 方正小标宋简体, centred, a blank line after it. */
    public void title(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        spacing(p, LINE, LINE, 0);
        run(p, text, TITLE_FONT, TITLE_SIZE);
    }

    /** A body paragraph: justified, first line indented two characters. */
    public void body(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        spacing(p, LINE, 0, 0);
        firstLineIndent(p);
        run(p, text, BODY_FONT, BODY_SIZE);
    }

    /** A body line without indent: the addressee (主送机关), labels such as "会议时间：…", list items. */
    public void line(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        spacing(p, LINE, 0, 0);
        run(p, text, BODY_FONT, BODY_SIZE);
    }

    /** A heading "一、…" (level 1, 黑体) or "（一）…" (level 2, 楷体), kept with what follows. */
    public void heading(int level, String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        spacing(p, LINE, 0, 0);
        firstLineIndent(p);
        keepNext(p);
        run(p, text, level == 1 ? HEADING1_FONT : HEADING2_FONT, BODY_SIZE);
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
            spacing(paragraph(), 240, 0, 0);
        }
        int cols = widths.size();
        int first = header == null ? 0 : 1;
        XWPFTable table = doc.createTable(rows.size() + first, cols);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        CTTblWidth w = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setTableAlignment(TableRowAlign.CENTER);
        // narrow cell margins (1 mm) so that the figures fit their columns
        table.setCellMargins(0, 57, 0, 57);
        int totalWeight = widths.stream().mapToInt(Integer::intValue).sum();
        int[] twips = new int[cols];
        for (int c = 0; c < cols; c++) {
            twips[c] = TEXT_WIDTH * widths.get(c) / totalWeight;
        }
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < cols; c++) {
            if (c < grid.sizeOfGridColArray()) {
                grid.getGridColArray(c).setW(BigInteger.valueOf(twips[c]));
            } else {
                grid.addNewGridCol().setW(BigInteger.valueOf(twips[c]));
            }
        }
        if (header != null) {
            XWPFTableRow head = table.getRow(0);
            head.setRepeatHeader(true);
            head.setCantSplitRow(true);
            for (int c = 0; c < cols; c++) {
                cell(head.getCell(c), header.get(c), twips[c], ParagraphAlignment.CENTER, HEADING1_FONT);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + first);
            row.setCantSplitRow(true);
            boolean total = totalRow && r == rows.size() - 1;
            List<String> values = rows.get(r);
            for (int c = 0; c < cols; c++) {
                ParagraphAlignment align = numeric.get(c) ? ParagraphAlignment.RIGHT
                        : total ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                cell(row.getCell(c), values.get(c), twips[c], align, total ? HEADING1_FONT : BODY_FONT);
            }
        }
        // a table is followed by a paragraph so that the next block does not join it
        XWPFParagraph after = doc.createParagraph();
        spacing(after, 240, 0, 0);
        ppr(after).addNewSnapToGrid().setVal(STOnOff1.OFF);
    }

    private static void cell(XWPFTableCell cell, String text, int width, ParagraphAlignment align, String font) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        (tcPr.isSetVAlign() ? tcPr.getVAlign() : tcPr.addNewVAlign()).setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        spacing(p, 320, 0, 0);
        ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
        run(p, text == null ? "" : text, font, TABLE_SIZE);
    }

    /**
     * The issuing office and the date, the date four characters from the right edge (GB/T 9704 7.3.5); the
     * signature never stands alone on a page: it keeps with what precedes it (7.3.5.1).
     */
    public void signature(String issuer, String date) {
        XWPFParagraph blank = paragraph();
        spacing(blank, LINE, 0, 0);
        keepNext(blank);
        XWPFParagraph by = doc.createParagraph();
        keepNext(by);
        by.setAlignment(ParagraphAlignment.RIGHT);
        spacing(by, LINE, 0, 0);
        rightIndent(by, 2 * CHAR);
        run(by, issuer, BODY_FONT, BODY_SIZE);
        XWPFParagraph on = doc.createParagraph();
        on.setAlignment(ParagraphAlignment.RIGHT);
        spacing(on, LINE, 0, 0);
        rightIndent(on, 4 * CHAR);
        run(on, date, BODY_FONT, BODY_SIZE);
    }

    /** A centred paragraph off the grid, for a drawing (the chart's holder); kept with what follows. */
    public XWPFParagraph figureParagraph() {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        keepNext(p);
        spacing(p, 240, 0, 0);
        ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
        return p;
    }

    /** A centred body line: a figure's caption, kept with what follows. */
    public void caption(String text) {
        XWPFParagraph p = paragraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        keepNext(p);
        spacing(p, LINE, 0, 0);
        run(p, text, BODY_FONT, BODY_SIZE);
    }

    // ---- writing -------------------------------------------------------------------------------------------------

    /** Adds the page setup and the page numbers, then writes the document. */
    public void write(OutputStream out) throws IOException {
        section();
        footers();
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

    // ---- document defaults ---------------------------------------------------------------------------------------

    /** The Normal style: 仿宋_GB2312 16 pt, Chinese; the grid's character pitch is measured from this size. */
    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(rpr, BODY_FONT);
        rpr.addNewSz().setVal(BigInteger.valueOf(BODY_SIZE));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(BODY_SIZE));
        var lang = rpr.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        lang.setBidi("ar-SA");
        doc.createStyles().setStyles(styles);
    }

    /**
     * The font table: each font with the GB2312 character set (86) and an alternative that every Chinese Windows
     * has, so that Word substitutes sensibly where the official fonts are not installed.
     */
    private void fontTable() throws IOException, InvalidFormatException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        font(xml, TITLE_FONT, "宋体", "script", "02010601030101010101");
        font(xml, BODY_FONT, "仿宋", "modern", "02010609030101010101");
        font(xml, HEADING1_FONT, "SimHei", "modern", "02010609060101010101");
        font(xml, HEADING2_FONT, "楷体", "modern", "02010609030101010101");
        font(xml, PAGE_NUMBER_FONT, "SimSun", "auto", "02010600030101010101");
        font(xml, "Times New Roman", null, "roman", "02020603050405020304");
        xml.append("</w:fonts>");
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
        try (OutputStream os = part.getOutputStream()) {
            os.write(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
        doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
    }

    private static void font(StringBuilder xml, String name, String alt, String family, String panose) {
        xml.append("<w:font w:name=\"").append(name).append("\">");
        if (alt != null) {
            xml.append("<w:altName w:val=\"").append(alt).append("\"/>");
        }
        xml.append("<w:panose1 w:val=\"").append(panose).append("\"/>")
                .append("<w:charset w:val=\"").append(alt == null ? "00" : "86").append("\"/>")
                .append("<w:family w:val=\"").append(family).append("\"/>")
                .append("<w:pitch w:val=\"").append(alt == null ? "variable" : "fixed").append("\"/>")
                .append("</w:font>");
    }

    /** A4, the margins of GB/T 9704, a line-and-character grid of 22 × 28. */
    private void section() {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(HEADER));
        mar.setFooter(BigInteger.valueOf(FOOTER));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(LINE));
        grid.setCharSpace(BigInteger.valueOf(charSpace()));
    }

    /** "— 1 —" in 4号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
    private void footers() {
        doc.setEvenAndOddHeadings(true);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
    }

    private static void pageNumber(XWPFFooter footer, boolean odd) {
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setAlignment(odd ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
        CTPPr ppr = ppr(p);
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        int oneChar = PAGE_NUMBER_SIZE * 10;
        if (odd) {
            ind.setRight(BigInteger.valueOf(oneChar));
        } else {
            ind.setLeft(BigInteger.valueOf(oneChar));
        }
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(240));
        sp.setLineRule(STLineSpacingRule.AUTO);
        ppr.addNewSnapToGrid().setVal(STOnOff1.OFF);
        run(p, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        field(p, STFldCharType.BEGIN);
        var it = run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewInstrText();
        it.setStringValue(" PAGE ");
        it.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        field(p, STFldCharType.SEPARATE);
        run(p, "1", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        field(p, STFldCharType.END);
        run(p, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(type);
    }

    // ---- paragraph and run properties ----------------------------------------------------------------------------

    private static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** Exact line spacing when {@code line} is the grid's line, else at least {@code line}. */
    private static void spacing(XWPFParagraph p, int line, int after, int before) {
        CTPPr ppr = ppr(p);
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(line));
        sp.setLineRule(line == LINE ? STLineSpacingRule.EXACT : STLineSpacingRule.AT_LEAST);
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
    }

    /** Keeps the paragraph on the page of the next one. */
    private static void keepNext(XWPFParagraph p) {
        CTPPr ppr = ppr(p);
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    /** Two characters (首行缩进2字符). */
    private static void firstLineIndent(XWPFParagraph p) {
        CTPPr ppr = ppr(p);
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(2 * CHAR));
    }

    private static void rightIndent(XWPFParagraph p, int twips) {
        CTPPr ppr = ppr(p);
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setRight(BigInteger.valueOf(twips));
    }

    /** A run in the given font (every character range) and size in half-points. */
    public static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
        XWPFRun r = p.createRun();
        CTR ctr = r.getCTR();
        CTRPr rpr = ctr.isSetRPr() ? ctr.getRPr() : ctr.addNewRPr();
        fonts(rpr, font);
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        if (text != null) {
            r.setText(text);
        }
        return r;
    }

    private static void fonts(CTRPr rpr, String font) {
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(font);
        f.setEastAsia(font);
        f.setHAnsi(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
    }
}
