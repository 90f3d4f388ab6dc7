package cn.diaodu.investment;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListExport;
import cn.diaodu.common.Messages;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;

/**
 * The spreadsheets of the attraction pipeline: the import template (one header row of {@link InvestmentColumns},
 * dates and text formatted, a second sheet 填写说明 with the rules and the names to use) and the export of what the
 * list shows ({@link ListExport}: every page, with its filters; opens in Excel and WPS).
 */
@Component
class InvestmentExcel {
    private final OrganisationService organisation;

    InvestmentExcel(OrganisationService organisation) {
        this.organisation = organisation;
    }

    void writeTemplate(CurrentUser user, OutputStream out) throws IOException {
        if (!InvestmentAccess.writes(user)) {
            throw new ForbiddenException("only the project and attraction offices import leads");
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet data = wb.createSheet("招商项目");
            XSSFSheet help = wb.createSheet("填写说明");
            CellStyle head = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            head.setWrapText(true);
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row r = data.createRow(0);
            int i = 0;
            for (InvestmentColumns.Column c : InvestmentColumns.ALL.values()) {
                r.createCell(i).setCellValue(c.header());
                r.getCell(i).setCellStyle(head);
                data.setColumnWidth(i, Math.max(12, Math.min(36, c.header().length() * 3 + 6)) * 256);
                boolean isDate = c.header().endsWith("日期");
                data.setDefaultColumnStyle(i, isDate ? date : text);
                i++;
            }
            data.setColumnWidth(0, 32 * 256);
            data.createFreezePane(0, 1);
            int h = 0;
            for (String line : List.of("招商项目台账填写说明",
                    "1. 第一张表每行一个招商项目，表头不要修改；列的顺序可以调整，可选列可以删除。",
                    "2. 必填：项目名称、投资方、投资方来源（本地、国内、境外）、计划投资（万元）、所在地区、责任单位。",
                    "3. 阶段填 线索、在谈、签约、落地、开工、投产 或 终止；不填时按填写了日期的最后一个阶段。",
                    "4. 所填阶段须有其日期；中间阶段未填日期的，取后一阶段的日期；各阶段日期须按先后顺序，且不晚于今天。",
                    "5. 签约及以后的阶段须填签约金额（万元，大于0）；协议类型填 意向协议、框架协议 或 正式合同。",
                    "6. 终止须填终止日期和终止原因；到位资金须在签约之后，并填到位日期。",
                    "7. 金额以万元为单位，最多两位小数；日期填 Excel 日期或 YYYY-MM-DD 格式的文字。",
                    "8. 导入时检查全部行，有任何错误则整表不导入，并列出每个错误的行和列。", "", "所在地区（名称 / 代码）")) {
                help.createRow(h++).createCell(0).setCellValue(line);
            }
            RegionTree tree = organisation.regionTree();
            for (Region reg : tree.within(user.regionCode())) {
                Row x = help.createRow(h++);
                x.createCell(0).setCellValue(reg.name());
                x.createCell(1).setCellValue(reg.code());
            }
            help.createRow(h++);
            help.createRow(h++).createCell(0).setCellValue("责任单位");
            for (var u : organisation.units()) {
                if (user.regionCode() == null || tree.covers(user.regionCode(), u.regionCode())) {
                    help.createRow(h++).createCell(0).setCellValue(u.name());
                }
            }
            help.setColumnWidth(0, 90 * 256);
            help.setColumnWidth(1, 16 * 256);
            wb.write(out);
        }
    }

    /** The XLSX of the leads as listed. */
    ResponseEntity<byte[]> export(List<Investment> rows) {
        return ListExport.<Investment>titled("investment.export.title")
                .column("investment.col.name", 30, Investment::name)
                .column("investment.col.investor", 24, Investment::investor)
                .column("investment.col.origin", 8, i -> Messages.text("investment.origin." + i.origin()))
                .column("investment.col.industry", 14, Investment::industry)
                .column("investment.col.planned", 14, Investment::plannedInvestment)
                .column("investment.col.region", 14, Investment::regionName)
                .column("investment.col.unit", 24, Investment::responsibleUnitName)
                .column("investment.col.negotiator", 10, Investment::negotiator)
                .column("investment.col.informant", 10, Investment::informant)
                .column("investment.col.stage", 8, i -> Messages.text("investment.stage." + i.stage()))
                .column("investment.col.date", 12, Investment::date)
                .column("investment.col.signedDate", 12, Investment::signedDate)
                .column("investment.col.signedAmount", 14, Investment::signedAmount)
                .column("investment.col.agreement", 10, i -> i.agreement() == null ? null
                        : Messages.text("investment.agreement." + i.agreement()))
                .column("investment.col.landedDate", 12, i -> i.stages().get(InvestmentStage.LANDED))
                .column("investment.col.startedDate", 12, i -> i.stages().get(InvestmentStage.STARTED))
                .column("investment.col.operatingDate", 12, i -> i.stages().get(InvestmentStage.OPERATING))
                .column("investment.col.lostReason", 24, Investment::lostReason)
                .column("investment.col.funds", 14, Investment::fundsInPlace)
                .download(rows, "investments");
    }
}
