package cn.diaodu.common;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/** Paragraph and run properties of {@link OfficialDocument}: spacing, indents, keep-with-next, borders, fonts. */
final class DocumentRuns {
    private DocumentRuns() {
    }

    static CTPPr ppr(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    /** Exact line spacing when {@code line} is the grid's line, else at least {@code line}. */
    static void spacing(XWPFParagraph p, int line, int after, int before) {
        CTPPr ppr = ppr(p);
        CTSpacing sp = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        sp.setLine(BigInteger.valueOf(line));
        sp.setLineRule(line == OfficialDocument.LINE ? STLineSpacingRule.EXACT : STLineSpacingRule.AT_LEAST);
        sp.setBefore(BigInteger.valueOf(before));
        sp.setAfter(BigInteger.valueOf(after));
    }

    static void offGrid(XWPFParagraph p) {
        ppr(p).addNewSnapToGrid().setVal(STOnOff1.OFF);
    }

    /** Keeps the paragraph on the page of the next one. */
    static void keepNext(XWPFParagraph p) {
        CTPPr ppr = ppr(p);
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
    }

    /** Keeps the lines of the paragraph on one page. */
    static void keepLines(XWPFParagraph p) {
        CTPPr ppr = ppr(p);
        if (!ppr.isSetKeepLines()) {
            ppr.addNewKeepLines();
        }
    }

    /** Two characters (首行缩进2字符). */
    static void firstLineIndent(XWPFParagraph p) {
        CTPPr ppr = ppr(p);
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(200));
        ind.setFirstLine(BigInteger.valueOf(2 * OfficialDocument.CHAR));
    }

    static void indent(XWPFParagraph p, int left, int right) {
        CTPPr ppr = ppr(p);
        CTInd ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        if (left > 0) {
            ind.setLeft(BigInteger.valueOf(left));
        }
        if (right > 0) {
            ind.setRight(BigInteger.valueOf(right));
        }
    }

    /**
     * A line across the text width above or below the paragraph: {@code eighths} of a point wide, in the colour
     * {@code rgb} ("FF0000" for the red separator line, "000000" for the lines of the 版记).
     */
    static void border(XWPFParagraph p, boolean top, int eighths, String rgb) {
        CTPPr ppr = ppr(p);
        CTPBdr bdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        CTBorder b = top ? bdr.addNewTop() : bdr.addNewBottom();
        b.setVal(STBorder.SINGLE);
        b.setSz(BigInteger.valueOf(eighths));
        b.setSpace(BigInteger.valueOf(1));
        b.setColor(rgb);
    }

    /** A run in the given font (every character range) and size in half-points. */
    static XWPFRun run(XWPFParagraph p, String text, String font, int halfPoints) {
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

    static void fonts(CTRPr rpr, String font) {
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(font);
        f.setEastAsia(font);
        f.setHAnsi(font);
        f.setCs(font);
        f.setHint(STHint.EAST_ASIA);
    }
}
