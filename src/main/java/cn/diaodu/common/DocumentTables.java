package cn.diaodu.common;

import static cn.diaodu.common.OfficialDocument.BODY_FONT;
import static cn.diaodu.common.OfficialDocument.HEADING1_FONT;
import static cn.diaodu.common.OfficialDocument.TABLE_SIZE;
import static cn.diaodu.common.OfficialDocument.TEXT_WIDTH;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/** The tables of {@link OfficialDocument}: across the text width, fixed columns, 小四 with a 黑体 header. */
final class DocumentTables {
    private DocumentTables() {
    }

    static void table(XWPFDocument doc, List<String> header, List<List<String>> rows, List<Integer> widths,
            List<Boolean> numeric, boolean totalRow) {
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
        DocumentRuns.spacing(after, 240, 0, 0);
        DocumentRuns.offGrid(after);
    }

    private static void cell(XWPFTableCell cell, String text, int width, ParagraphAlignment align, String font) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        (tcPr.isSetVAlign() ? tcPr.getVAlign() : tcPr.addNewVAlign()).setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setAlignment(align);
        DocumentRuns.spacing(p, 320, 0, 0);
        DocumentRuns.offGrid(p);
        DocumentRuns.run(p, text == null ? "" : text, font, TABLE_SIZE);
    }
}
