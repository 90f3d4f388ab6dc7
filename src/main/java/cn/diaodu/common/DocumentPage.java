package cn.diaodu.common;

import static cn.diaodu.common.OfficialDocument.BODY_FONT;
import static cn.diaodu.common.OfficialDocument.BODY_SIZE;
import static cn.diaodu.common.OfficialDocument.PAGE_NUMBER_FONT;
import static cn.diaodu.common.OfficialDocument.PAGE_NUMBER_SIZE;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The page of {@link OfficialDocument}: the default style and the font table with fallbacks (when the document is
 * created), and A4 with the margins, the 22 × 28 grid and the page numbers (when it is written).
 */
final class DocumentPage {
    private DocumentPage() {
    }

    /** The Normal style and the font table. */
    static void setUp(XWPFDocument doc) {
        defaults(doc);
        try {
            fontTable(doc);
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("the font table could not be written", e);
        }
    }

    /** The page setup and the page numbers, before writing. */
    static void finish(XWPFDocument doc) {
        section(doc);
        footers(doc);
    }

    /** The Normal style: 仿宋_GB2312 16 pt, Chinese; the grid's character pitch is measured from this size. */
    private static void defaults(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr rpr = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        DocumentRuns.fonts(rpr, BODY_FONT);
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
        font(xml, OfficialDocument.TITLE_FONT, "宋体", "script", "02010601030101010101");
        font(xml, BODY_FONT, "仿宋", "modern", "02010609030101010101");
        font(xml, OfficialDocument.HEADING1_FONT, "SimHei", "modern", "02010609060101010101");
        font(xml, OfficialDocument.HEADING2_FONT, "楷体", "modern", "02010609030101010101");
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
    private static void section(XWPFDocument doc) {
        var body = doc.getDocument().getBody();
        CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(OfficialDocument.PAGE_WIDTH));
        size.setH(BigInteger.valueOf(OfficialDocument.PAGE_HEIGHT));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(OfficialDocument.MARGIN_TOP));
        mar.setBottom(BigInteger.valueOf(OfficialDocument.MARGIN_BOTTOM));
        mar.setLeft(BigInteger.valueOf(OfficialDocument.MARGIN_LEFT));
        mar.setRight(BigInteger.valueOf(OfficialDocument.MARGIN_RIGHT));
        mar.setHeader(BigInteger.valueOf(OfficialDocument.HEADER));
        mar.setFooter(BigInteger.valueOf(OfficialDocument.FOOTER));
        mar.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(OfficialDocument.LINE));
        grid.setCharSpace(BigInteger.valueOf(OfficialDocument.charSpace()));
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
        CTPPr ppr = DocumentRuns.ppr(p);
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
        DocumentRuns.offGrid(p);
        DocumentRuns.run(p, "— ", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        field(p, STFldCharType.BEGIN);
        var it = DocumentRuns.run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewInstrText();
        it.setStringValue(" PAGE ");
        it.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        field(p, STFldCharType.SEPARATE);
        DocumentRuns.run(p, "1", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
        field(p, STFldCharType.END);
        DocumentRuns.run(p, " —", PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE);
    }

    private static void field(XWPFParagraph p, STFldCharType.Enum type) {
        DocumentRuns.run(p, null, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE).getCTR().addNewFldChar().setFldCharType(type);
    }
}
