package cn.diaodu.common;

import static cn.diaodu.common.OfficialDocument.BODY_FONT;
import static cn.diaodu.common.OfficialDocument.BODY_SIZE;
import static cn.diaodu.common.OfficialDocument.LINE;
import static cn.diaodu.common.OfficialDocument.TEXT_WIDTH;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * The 版头 and the 版记 of GB/T 9704-2012 (7.2 and 7.4), written from a {@link DocumentHeader}:
 * <ul>
 * <li>the issuing authority's mark (发文机关标志) centred in red 小标宋, as large as fits the text width (at most
 * 42 pt);</li>
 * <li>two blank lines below it the document number (发文字号) centred in 3号 仿宋, and 4 mm under the number the red
 * separator line (反线) across the text width;</li>
 * <li>the 版记 at the end: 抄送 in 4号 仿宋, indented one character, and 印发机关 on the left with the 印发日期
 * ("2026年12月2日印发") on the right, between a thick first and last line (0.35 mm) and a thin line between them.</li>
 * </ul>
 */
final class DocumentHeadParts {
    static final String RED = "FF0000";
    static final String BLACK = "000000";
    /** The red separator line: 1.5 pt. */
    static final int RED_LINE = 12;
    /** The lines of the 版记: 0.35 mm ≈ 1 pt and 0.25 mm ≈ 0.75 pt. */
    static final int THICK = 8;
    static final int THIN = 6;
    /** 4号, the size of the 版记. */
    static final int IMPRINT_SIZE = 28;
    private static final int MAX_MARK = 84;

    private DocumentHeadParts() {
    }

    /** The mark's size in half-points: as large as fits one line of the text width, at most 42 pt. */
    static int markSize(String mark) {
        int chars = Math.max(1, mark.strip().length());
        int pt = TEXT_WIDTH / 20 / chars;
        return Math.min(MAX_MARK, pt * 2);
    }

    static void head(XWPFDocument doc, DocumentHeader h) {
        XWPFParagraph mark = doc.createParagraph();
        mark.setAlignment(ParagraphAlignment.CENTER);
        int size = markSize(h.authorityMark());
        DocumentRuns.spacing(mark, size * 10 + 120, 0, 0);
        DocumentRuns.offGrid(mark);
        XWPFRun r = DocumentRuns.run(mark, h.authorityMark().strip(), OfficialDocument.TITLE_FONT, size);
        r.setColor(RED);
        DocumentRuns.keepNext(mark);
        for (int i = 0; i < 2; i++) {
            XWPFParagraph blank = doc.createParagraph();
            DocumentRuns.spacing(blank, LINE, 0, 0);
            DocumentRuns.keepNext(blank);
        }
        XWPFParagraph number = doc.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        DocumentRuns.spacing(number, LINE, 0, 0);
        if (DocumentHeader.present(h.number())) {
            DocumentRuns.run(number, h.number().strip(), BODY_FONT, BODY_SIZE);
        }
        // 4 mm ≈ 11 pt between the number and the red line
        DocumentRuns.border(number, false, RED_LINE, RED);
        number.getCTP().getPPr().getPBdr().getBottom().setSpace(BigInteger.valueOf(11));
        DocumentRuns.keepNext(number);
        XWPFParagraph blank = doc.createParagraph();
        DocumentRuns.spacing(blank, LINE, 0, 0);
        DocumentRuns.keepNext(blank);
    }

    /** The addressee (主送机关) below the title, flush left, ending with a full-width colon. */
    static void addressee(XWPFDocument doc, DocumentHeader h) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        DocumentRuns.spacing(p, LINE, 0, 0);
        String to = h.addressee().strip();
        DocumentRuns.run(p, to.endsWith("：") ? to : to + "：", BODY_FONT, BODY_SIZE);
    }

    static void imprint(XWPFDocument doc, DocumentHeader h) {
        XWPFParagraph gap = doc.createParagraph();
        DocumentRuns.spacing(gap, LINE, 0, 0);
        DocumentRuns.keepNext(gap);
        boolean cc = DocumentHeader.present(h.copyTo());
        if (cc) {
            XWPFParagraph p = imprintLine(doc);
            DocumentRuns.border(p, true, THICK, BLACK);
            DocumentRuns.border(p, false, THIN, BLACK);
            DocumentRuns.keepNext(p);
            String to = h.copyTo().strip();
            DocumentRuns.run(p, "抄送：" + (to.endsWith("。") ? to : to + "。"), BODY_FONT, IMPRINT_SIZE);
        }
        XWPFParagraph p = imprintLine(doc);
        if (!cc) {
            DocumentRuns.border(p, true, THICK, BLACK);
        }
        DocumentRuns.border(p, false, THICK, BLACK);
        CTTabStop tab = DocumentRuns.ppr(p).addNewTabs().addNewTab();
        tab.setVal(STTabJc.RIGHT);
        tab.setPos(BigInteger.valueOf(TEXT_WIDTH - IMPRINT_SIZE * 10));
        DocumentRuns.run(p, h.printedBy() == null ? "" : h.printedBy().strip(), BODY_FONT, IMPRINT_SIZE);
        if (h.printedOn() != null) {
            DocumentRuns.run(p, null, BODY_FONT, IMPRINT_SIZE).addTab();
            DocumentRuns.run(p, OfficialDocument.chineseDate(h.printedOn()) + "印发", BODY_FONT, IMPRINT_SIZE);
        }
    }

    private static XWPFParagraph imprintLine(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.LEFT);
        // off the character grid: 4号 characters at their own pitch, so that the office and the date share a line
        DocumentRuns.spacing(p, LINE, 0, 0);
        DocumentRuns.offGrid(p);
        DocumentRuns.indent(p, IMPRINT_SIZE * 10, IMPRINT_SIZE * 10);
        return p;
    }
}
