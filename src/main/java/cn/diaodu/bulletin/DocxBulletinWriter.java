package cn.diaodu.bulletin;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
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
 * Writes a {@link Bulletin} as a DOCX in the layout of official documents, GB/T 9704-2012 (党政机关公文格式):
 * A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a text area of 156 × 225 mm); 22 lines of 28
 * characters (fixed line spacing 28.95 pt and a line-and-character grid); the title in 2号 (22 pt) 方正小标宋简体,
 * centred; the body in 3号 (16 pt) 仿宋_GB2312 with a first-line indent of two characters; first-level headings
 * "一、" in 黑体, second-level "（一）" in 楷体_GB2312; page numbers "— 1 —" in 4号 (14 pt) 宋体 at the foot, right on
 * odd pages and left on even pages, one character from the edge of the text area; the chart of section 七 as a
 * native chart (bars: cumulative completion; line: cumulative plan).
 *
 * <p>Fonts are named in every run (ascii, eastAsia, hAnsi, cs) and in the font table with an alternative name and
 * the GB2312 character set, so that a PC without 方正小标宋简体 or 仿宋_GB2312 falls back to 宋体 or 仿宋.
 */
final class DocxBulletinWriter {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String HEADING1_FONT = "黑体";
    static final String HEADING2_FONT = "楷体_GB2312";
    static final String PAGE_NUMBER_FONT = "宋体";

    /** Font sizes in half-points: 2号 22 pt, 3号 16 pt (body, headings, the chart's caption), 4号 14 pt, tables 小四 12 pt. */
    static final int TITLE_SIZE = 44;
    static final int BODY_SIZE = 32;
    static final int PAGE_NUMBER_SIZE = 28;
    static final int TABLE_SIZE = 24;

    /** A4 in twips (1/20 pt; 1 mm = 1440 / 25.4 twips). */
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = twips(37);
    static final int MARGIN_BOTTOM = twips(35);
    static final int MARGIN_LEFT = twips(28);
    static final int MARGIN_RIGHT = twips(26);
    /** The footer's distance from the bottom edge: the number's line sits about 7 mm below the text area. */
    static final int FOOTER = twips(22);
    static final int HEADER = twips(15);
    /** 28.95 pt: 22 lines in the text area's 225 mm. */
    static final int LINE = 579;
    static final int LINES_PER_PAGE = 22;
    static final int CHARS_PER_LINE = 28;
    /** One character of the body (16 pt) in twips, for indents. */
    static final int CHAR = 320;

    private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

    static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    /**
     * The grid's character pitch as Word stores it: the difference from the body size, in 1/4096 pt, so that 28
     * characters fill the text width.
     */
    static int charSpace() {
        double pitch = TEXT_WIDTH / 20.0 / CHARS_PER_LINE;
        return (int) Math.round((pitch - BODY_SIZE / 2.0) * 4096);
    }

    void write(Bulletin b, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            defaults(doc);
            fontTable(doc);

            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            spacing(title, LINE, LINE, 0);
            run(title, b.title(), TITLE_FONT, TITLE_SIZE);

            for (Bulletin.Block block : b.blocks()) {
                if (block instanceof Bulletin.Para p) {
                    body(doc, p.text());
                } else if (block instanceof Bulletin.Heading h) {
                    heading(doc, h);
                } else if (block instanceof Bulletin.Table t) {
                    table(doc, t);
                } else if (block instanceof Bulletin.Chart c) {
                    chart(doc, c);
                }
            }
            signature(doc, b);
            section(doc);
            footers(doc);
            doc.write(out);
        } catch (InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    // ---- document defaults -----------------------------------------------------------------------------------

    /** The Normal style: 仿宋_GB2312 16 pt, Chinese; the grid's character pitch is measured from this size. */
    private static void defaults(XWPFDocument doc) {
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
    private static void fontTable(XWPFDocument doc) throws IOException, InvalidFormatException {
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

    /** A4, the margins of GB/T 9704, a line-and-character grid of 22 × 28, odd and even footers. */
    private static void section(XWPFDocument doc) {
        CTSectPr sect = sectPr(doc);
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

    private static CTSectPr sectPr(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    }

    /** "— 1 —" in 4号 宋体: odd pages on the right, even pages on the left, one character in from the edge. */
    private static void footers(XWPFDocument doc) {
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
        XWPFRun begin = run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun instr = run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        var it = instr.getCTR().addNewInstrText();
        it.setStringValue(" PAGE ");
        it.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        XWPFRun separate = run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        run(p, "1", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        XWPFRun end = run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        run(p, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
    }

    // ---- blocks ----------------------------------------------------------------------------------------------

    private static void body(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        spacing(p, LINE, 0, 0);
        firstLineIndent(p);
        run(p, text, BODY_FONT, BODY_SIZE);
    }

    private static void heading(XWPFDocument doc, Bulletin.Heading h) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        spacing(p, LINE, 0, 0);
        firstLineIndent(p);
        keepNext(p);
        run(p, h.text(), h.level() == 1 ? HEADING1_FONT : HEADING2_FONT, BODY_SIZE);
    }

    private static void table(XWPFDocument doc, Bulletin.Table t) {
        int cols = t.header().size();
        XWPFTable table = doc.createTable(t.rows().size() + 1, cols);
        CTTblPr tblPr = table.getCTTbl().getTblPr();
        CTTblWidth w = tblPr.isSetTblW() ? tblPr.getTblW() : tblPr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        table.setTableAlignment(org.apache.poi.xwpf.usermodel.TableRowAlign.CENTER);
        // narrow cell margins (1 mm) so that the figures fit their columns
        table.setCellMargins(0, 57, 0, 57);
        int totalWeight = t.widths().stream().mapToInt(Integer::intValue).sum();
        int[] widths = new int[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = TEXT_WIDTH * t.widths().get(c) / totalWeight;
        }
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < cols; c++) {
            if (c < grid.sizeOfGridColArray()) {
                grid.getGridColArray(c).setW(BigInteger.valueOf(widths[c]));
            } else {
                grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
            }
        }
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < cols; c++) {
            cell(head.getCell(c), t.header().get(c), widths[c], ParagraphAlignment.CENTER, HEADING1_FONT);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            boolean total = t.totalRow() && r == t.rows().size() - 1;
            List<String> values = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                ParagraphAlignment align = t.numeric().get(c) ? ParagraphAlignment.RIGHT
                        : total ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT;
                cell(row.getCell(c), values.get(c), widths[c], align, total ? HEADING1_FONT : BODY_FONT);
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

    /** The chart of section 七: bars of cumulative completion, a line of the cumulative plan, months 1..M (万元). */
    private static void chart(XWPFDocument doc, Bulletin.Chart c) throws IOException, InvalidFormatException {
        int n = c.months().size();
        XWPFParagraph holder = doc.createParagraph();
        holder.setAlignment(ParagraphAlignment.CENTER);
        keepNext(holder);
        spacing(holder, 240, 0, 0);
        ppr(holder).addNewSnapToGrid().setVal(STOnOff1.OFF);
        XWPFRun run = run(holder, null, BODY_FONT, BODY_SIZE);
        long width = (long) TEXT_WIDTH * 635; // twips → EMU
        XWPFChart chart = doc.createChart(run, (int) width, (int) (width * 0.55));

        String[] months = c.months().toArray(String[]::new);
        Double[] done = c.completed().stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        Double[] plan = c.planned().stream().map(BigDecimal::doubleValue).toArray(Double[]::new);
        XDDFDataSource<String> cat = XDDFDataSourcesFactory.fromArray(months,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        XDDFNumericalDataSource<Double> doneData = XDDFDataSourcesFactory.fromArray(done,
                chart.formatRange(new CellRangeAddress(1, n, 1, 1)), 1);
        XDDFNumericalDataSource<Double> planData = XDDFDataSourcesFactory.fromArray(plan,
                chart.formatRange(new CellRangeAddress(1, n, 2, 2)), 2);

        XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
        left.setCrosses(AxisCrosses.AUTO_ZERO);
        left.setCrossBetween(AxisCrossBetween.BETWEEN);
        left.setTitle("亿元");

        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, bottom, left);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFChartData.Series doneSeries = bars.addSeries(cat, doneData);
        doneSeries.setTitle("累计完成", chart.setSheetTitle("累计完成", 1));
        doneSeries.setShapeProperties(fill(PresetColor.ROYAL_BLUE));
        chart.plot(bars);

        XDDFLineChartData line = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
        line.setVaryColors(false);
        XDDFLineChartData.Series planSeries = (XDDFLineChartData.Series) line.addSeries(cat, planData);
        planSeries.setTitle("累计计划", chart.setSheetTitle("累计计划", 2));
        planSeries.setMarkerStyle(MarkerStyle.CIRCLE);
        planSeries.setSmooth(false);
        XDDFShapeProperties lineShape = new XDDFShapeProperties();
        XDDFLineProperties lp = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(PresetColor.RED)));
        lp.setWidth(2.0);
        lineShape.setLineProperties(lp);
        planSeries.setShapeProperties(lineShape);
        chart.plot(line);

        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);

        XWPFParagraph caption = doc.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        keepNext(caption);
        spacing(caption, LINE, 0, 0);
        run(caption, c.caption(), BODY_FONT, BODY_SIZE);
    }

    private static XDDFShapeProperties fill(PresetColor color) {
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(color)));
        return shape;
    }

    /** The issuing office and the date, the date four characters from the right edge (GB/T 9704 7.3.5). */
    private static void signature(XWPFDocument doc, Bulletin b) {
        // the signature never stands alone on a page: it keeps with what precedes it (GB/T 9704 7.3.5.1)
        XWPFParagraph blank = doc.createParagraph();
        spacing(blank, LINE, 0, 0);
        keepNext(blank);
        XWPFParagraph issuer = doc.createParagraph();
        keepNext(issuer);
        issuer.setAlignment(ParagraphAlignment.RIGHT);
        spacing(issuer, LINE, 0, 0);
        rightIndent(issuer, 2 * CHAR);
        run(issuer, b.issuer(), BODY_FONT, BODY_SIZE);
        XWPFParagraph date = doc.createParagraph();
        date.setAlignment(ParagraphAlignment.RIGHT);
        spacing(date, LINE, 0, 0);
        rightIndent(date, 4 * CHAR);
        run(date, b.issued(), BODY_FONT, BODY_SIZE);
    }

    // ---- paragraph and run properties ------------------------------------------------------------------------

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

    private static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
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
