package cn.diaodu.support;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Reads an official document (common.OfficialDocument) back: its title (2号, 44 half-points), the paragraphs of the
 * main text — after the 版头 and the 主送, before the 版记 — and the parts of the 版头 and 版记.
 */
public final class OfficialDocs {
    private OfficialDocs() {
    }

    public static XWPFParagraph title(XWPFDocument doc) {
        return doc.getParagraphs().stream().filter(OfficialDocs::isTitle).findFirst().orElseThrow();
    }

    /** The title's text without its line breaks. */
    public static String titleText(XWPFDocument doc) {
        return title(doc).getText().replace("\n", "");
    }

    /** The paragraphs from the title to the last before the 版记, without the 主送 line. */
    public static List<XWPFParagraph> main(XWPFDocument doc) {
        List<XWPFParagraph> all = doc.getParagraphs();
        int from = all.indexOf(title(doc));
        List<XWPFParagraph> out = new ArrayList<>();
        for (int i = from; i < all.size(); i++) {
            XWPFParagraph p = all.get(i);
            if (imprint(p)) {
                break;
            }
            if (i == from + 1 && p.getText().endsWith("：")) {
                continue;
            }
            out.add(p);
        }
        // the blank line before the 版记
        while (!out.isEmpty() && out.get(out.size() - 1).getText().isEmpty() && imprintFollows(doc, out)) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /** The first paragraph after the title (and the 主送): the overview of a bulletin. */
    public static XWPFParagraph afterTitle(XWPFDocument doc) {
        return main(doc).get(1);
    }

    /** A paragraph of the 版记: a black line above or below it. */
    public static boolean imprint(XWPFParagraph p) {
        String xml = p.getCTP().xmlText();
        return xml.contains("w:pBdr") && xml.contains("000000");
    }

    private static boolean imprintFollows(XWPFDocument doc, List<XWPFParagraph> out) {
        List<XWPFParagraph> all = doc.getParagraphs();
        int next = all.indexOf(out.get(out.size() - 1)) + 1;
        return next < all.size() && imprint(all.get(next));
    }

    private static boolean isTitle(XWPFParagraph p) {
        List<XWPFRun> runs = p.getRuns();
        return !runs.isEmpty() && runs.get(0).getCTR().getRPr() != null
                && runs.get(0).getCTR().getRPr().sizeOfSzArray() > 0
                && "44".equals(runs.get(0).getCTR().getRPr().getSzArray(0).getVal().toString())
                && !p.getText().isBlank();
    }
}
