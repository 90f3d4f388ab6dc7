package cn.diaodu.funds;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.diaodu.common.ListExport;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;

/**
 * The spreadsheets of the funds pipeline: the import template (the columns of {@link FundSheet}, a sheet 填写说明 with
 * the instructions, the programmes, stages and units to pick from, drop-downs for programme and stage) and the export
 * of a list ({@link ListExport}, so that it opens in Excel and WPS).
 */
@Component
class FundExcel {
    static final String SHEET = "向上争取资金";

    private final OrganisationService organisation;

    FundExcel(OrganisationService organisation) {
        this.organisation = organisation;
    }

    static final ListExport<FundApplication> EXPORT = ListExport.<FundApplication>titled("funds.export.title")
            .column("funds.col.name", 36, FundApplication::name)
            .column("funds.col.year", 8, FundApplication::year)
            .column("funds.col.programme", 18, FundApplication::programmeName)
            .column("funds.col.totalInvestment", 14, FundApplication::totalInvestment)
            .column("funds.col.requested", 14, FundApplication::requested)
            .column("funds.col.stage", 14, FundApplication::stageName)
            .column("funds.col.date", 12, FundApplication::date)
            .column("funds.col.obtained", 14, FundApplication::obtained)
            .column("funds.col.unit", 24, FundApplication::responsibleUnitName)
            .column("funds.col.project", 30, FundApplication::projectName);

    ResponseEntity<byte[]> export(List<FundApplication> rows) {
        return EXPORT.download(rows, "fund-applications.xlsx");
    }

    void writeTemplate(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(SHEET);
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            Row row = sheet.createRow(0);
            FundSheet.Col[] cols = FundSheet.Col.values();
            for (int i = 0; i < cols.length; i++) {
                row.createCell(i).setCellValue(cols[i].header);
                row.getCell(i).setCellStyle(head);
                boolean money = cols[i] == FundSheet.Col.TOTAL || cols[i] == FundSheet.Col.REQUESTED
                        || cols[i] == FundSheet.Col.OBTAINED;
                sheet.setDefaultColumnStyle(i, money ? amount : text);
                sheet.setColumnWidth(i, 256 * (cols[i] == FundSheet.Col.NAME || cols[i] == FundSheet.Col.PROJECT ? 32
                        : 16));
            }
            sheet.createFreezePane(0, 1);
            Sheet help = wb.createSheet("填写说明");
            List<String> lines = List.of("向上争取资金项目清单填写说明",
                    "1. 第一张表每行一个项目，表头不要修改；列的顺序可以调整，可选列可以删除。",
                    "2. 必填：项目名称、资金类别、总投资（万元）、申请资金（万元）、责任单位。",
                    "3. 资金类别、阶段填下方列出的名称（或代码）；阶段不填为储备（开展前期）。",
                    "4. 责任单位填下方列出的单位名称；关联重点项目可不填，填写时为本年度重点项目的名称或编号。",
                    "5. 金额以万元为单位，不能为负数，最多两位小数；阶段为已下达时必须填写下达资金。",
                    "6. 日期为当前阶段的日期（跳过的阶段取同一日期），填 Excel 日期或 YYYY-MM-DD，不能晚于今天；不填为今天。",
                    "7. 导入时检查全部行，有任何错误则整表不导入，并列出每个错误的行和列。");
            int r = 0;
            for (String l : lines) {
                help.createRow(r++).createCell(0).setCellValue(l);
            }
            r++;
            int programmesAt = r;
            help.createRow(r++).createCell(0).setCellValue("资金类别");
            for (Programme p : Programme.values()) {
                Row x = help.createRow(r++);
                x.createCell(0).setCellValue(p.label());
                x.createCell(1).setCellValue(p.name());
            }
            r++;
            int stagesAt = r;
            help.createRow(r++).createCell(0).setCellValue("阶段");
            for (FundStage s : FundStage.values()) {
                Row x = help.createRow(r++);
                x.createCell(0).setCellValue(s.label());
                x.createCell(1).setCellValue(s.name());
            }
            r++;
            help.createRow(r++).createCell(0).setCellValue("责任单位");
            for (Unit u : organisation.units()) {
                help.createRow(r++).createCell(0).setCellValue(u.name());
            }
            help.setColumnWidth(0, 256 * 60);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            pick(sheet, dv, "填写说明!$A$" + (programmesAt + 2) + ":$A$" + (programmesAt + 1 + Programme.values().length),
                    FundSheet.Col.PROGRAMME.ordinal());
            pick(sheet, dv, "填写说明!$A$" + (stagesAt + 2) + ":$A$" + (stagesAt + 1 + FundStage.values().length),
                    FundSheet.Col.STAGE.ordinal());
            wb.write(out);
        }
    }

    private static void pick(Sheet sheet, DataValidationHelper dv, String range, int col) {
        DataValidation v = dv.createValidation(dv.createFormulaListConstraint(range),
                new CellRangeAddressList(1, 5000, col, col));
        v.setShowErrorBox(false);
        sheet.addValidationData(v);
    }
}
