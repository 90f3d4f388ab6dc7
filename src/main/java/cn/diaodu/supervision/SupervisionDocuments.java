package cn.diaodu.supervision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.reporting.MonthlyReport;
import cn.diaodu.reporting.ReportService;

/**
 * The meeting's papers as DOCX: the agenda with a one-page brief per project (its figures, warning, last three
 * months), and the warning notice (预警通知) to a unit with overdue tasks. A4 with the margins of GB/T 9704; title in
 * 方正小标宋简体, body in 仿宋_GB2312 (an office PC has them; elsewhere the viewer substitutes).
 */
@Component
class SupervisionDocuments {
    private final ReportService reports;
    private final OrganisationService organisation;
    private final SupervisionService supervision;
    private final AppClock clock;

    SupervisionDocuments(ReportService reports, OrganisationService organisation, SupervisionService supervision,
            AppClock clock) {
        this.reports = reports;
        this.supervision = supervision;
        this.organisation = organisation;
        this.clock = clock;
    }

    byte[] agenda(Meeting m, List<AgendaItem> items, CurrentUser user) {
        try (XWPFDocument doc = document()) {
            title(doc, m.title());
            body(doc, "会议时间：" + chinese(m.date()) + (m.place() == null ? "" : "　会议地点：" + m.place()), false);
            if (m.chair() != null) {
                body(doc, "主持：" + m.chair(), false);
            }
            if (m.attendees() != null) {
                body(doc, "参会：" + m.attendees(), false);
            }
            heading(doc, "议题（一事一议，共" + items.size() + "个项目）");
            int n = 1;
            for (AgendaItem i : items) {
                body(doc, n++ + ". " + i.name() + "（" + i.code() + "，" + i.leadUnitName() + "）", false);
            }
            YearMonthLabel label = new YearMonthLabel(SupervisionService.agendaMonth(m));
            n = 1;
            for (AgendaItem i : items) {
                doc.createParagraph().createRun().addBreak(BreakType.PAGE);
                heading(doc, "议题" + n++ + "：" + i.name());
                XWPFTable t = doc.createTable(6, 2);
                row(t, 0, "项目编号 / 牵头单位", i.code() + " / " + i.leadUnitName());
                row(t, 1, "预警", "RED".equals(i.warning()) ? "红色预警" : "YELLOW".equals(i.warning()) ? "黄色预警" : "正常");
                row(t, 2, label.text + "完成率", i.completionRate() + "%");
                row(t, 3, "与序时进度差", i.gap() + "个百分点");
                row(t, 4, "预警原因", String.join("；", i.reasons()));
                row(t, 5, "列入议题原因", String.join("、", i.sources().stream().map(SupervisionDocuments::source)
                        .toList()));
                body(doc, "近三个月填报情况：", false);
                List<MonthlyReport> last = lastThree(i.projectId(), label.period);
                if (last.isEmpty()) {
                    body(doc, "近三个月未填报。", false);
                } else {
                    XWPFTable r = doc.createTable(last.size() + 1, 3);
                    row(r, 0, "月份", "当月完成投资（万元）", "形象进度");
                    for (int k = 0; k < last.size(); k++) {
                        MonthlyReport rep = last.get(k);
                        row(r, k + 1, rep.period(), rep.investment().toPlainString(),
                                rep.progress() == null ? "" : rep.progress());
                    }
                }
                body(doc, "存在问题及需协调事项：", false);
                List<String> open = supervision.openProblemsOf(i.projectId());
                if (open.isEmpty()) {
                    body(doc, "问题台账中无未销号问题。", false);
                }
                for (String problem : open) {
                    body(doc, "· " + problem, false);
                }
                body(doc, "议定事项：", false);
            }
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MonthlyReport> lastThree(long projectId, Period upTo) {
        List<MonthlyReport> all = new ArrayList<>();
        for (MonthlyReport r : reports.ofProject(projectId)) {
            if (Period.parse(r.period(), "period").compareTo(upTo) <= 0) {
                all.add(r);
            }
        }
        return all.subList(Math.max(0, all.size() - 3), all.size());
    }

    private static String source(String s) {
        return switch (s) {
            case "RED" -> "上月红色预警";
            case "PROBLEM" -> "问题已提级协调";
            default -> "会议添加";
        };
    }

    byte[] warningNotice(long unitId, List<SupervisionTask> overdue) {
        String unit = organisation.unit(unitId).map(u -> u.name()).orElse("");
        try (XWPFDocument doc = document()) {
            title(doc, "关于督办事项逾期未办结的预警通知");
            body(doc, unit + "：", false);
            body(doc, "截至" + chinese(clock.today()) + "，你单位承办的以下" + overdue.size()
                    + "项督办事项已超过办结时限仍未办结。请高度重视，逐项查明原因，明确措施和完成时限，于3个工作日内将办理情况书面报市委督查室、市政府督办室。",
                    true);
            if (!overdue.isEmpty()) {
                XWPFTable t = doc.createTable(overdue.size() + 1, 4);
                row(t, 0, "序号", "督办事项", "责任人", "办结时限");
                int n = 1;
                for (SupervisionTask task : overdue) {
                    row(t, n, String.valueOf(n), task.content(), task.responsiblePerson(), task.dueDate().toString());
                    n++;
                }
            }
            body(doc, "", false);
            XWPFParagraph sign = doc.createParagraph();
            sign.setAlignment(ParagraphAlignment.RIGHT);
            font(sign.createRun(), "仿宋_GB2312", 16).setText("督查室");
            XWPFParagraph date = doc.createParagraph();
            date.setAlignment(ParagraphAlignment.RIGHT);
            font(date.createRun(), "仿宋_GB2312", 16).setText(chinese(clock.today()));
            return bytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- layout helpers ------------------------------------------------------------------------------------------

    private static XWPFDocument document() {
        XWPFDocument doc = new XWPFDocument();
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(mm(37)));
        mar.setBottom(BigInteger.valueOf(mm(35)));
        mar.setLeft(BigInteger.valueOf(mm(28)));
        mar.setRight(BigInteger.valueOf(mm(26)));
        return doc;
    }

    private static long mm(double mm) {
        return Math.round(mm / 25.4 * 1440);
    }

    private static XWPFRun font(XWPFRun run, String eastAsia, int points) {
        run.setFontFamily(eastAsia, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        run.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(points);
        return run;
    }

    private static void title(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(240);
        font(p.createRun(), "方正小标宋简体", 22).setText(text);
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = doc.createParagraph();
        font(p.createRun(), "黑体", 16).setText(text);
    }

    private static void body(XWPFDocument doc, String text, boolean indent) {
        XWPFParagraph p = doc.createParagraph();
        if (indent) {
            p.setFirstLineIndent(640);
        }
        font(p.createRun(), "仿宋_GB2312", 16).setText(text);
    }

    private static void row(XWPFTable t, int r, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            var cell = t.getRow(r).getCell(c);
            cell.removeParagraph(0);
            font(cell.addParagraph().createRun(), "仿宋_GB2312", 12).setText(cells[c]);
        }
    }

    private static byte[] bytes(XWPFDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }

    static String chinese(java.time.LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    /** "2024年7月" and its period. */
    private record YearMonthLabel(Period period, String text) {
        YearMonthLabel(java.time.YearMonth ym) {
            this(Period.of(ym), ym.getYear() + "年1—" + ym.getMonthValue() + "月");
        }
    }
}
