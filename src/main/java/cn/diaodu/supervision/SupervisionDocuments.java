package cn.diaodu.supervision;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.DocumentHeader;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.OfficialDocument;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.document.DocumentHeaders;
import cn.diaodu.document.DocumentKind;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.reporting.MonthlyReport;
import cn.diaodu.reporting.ReportPhotos;
import cn.diaodu.reporting.ReportService;

/**
 * The meeting's papers as DOCX: the agenda with a one-page brief per project (its figures, warning, last three
 * months), and the warning notice (预警通知) to a unit with overdue tasks, in the layout of GB/T 9704 through
 * {@link OfficialDocument}.
 */
@Component
class SupervisionDocuments {
    private final ReportService reports;
    private final OrganisationService organisation;
    private final SupervisionService supervision;
    private final AppClock clock;
    private final DocumentHeaders headers;
    private final ReportPhotos photos;

    SupervisionDocuments(ReportService reports, OrganisationService organisation, SupervisionService supervision,
            AppClock clock, DocumentHeaders headers, ReportPhotos photos) {
        this.photos = photos;
        this.headers = headers;
        this.reports = reports;
        this.supervision = supervision;
        this.organisation = organisation;
        this.clock = clock;
    }

    byte[] agenda(Meeting m, List<AgendaItem> items, CurrentUser user) {
        DocumentHeader header = headers.of(DocumentKind.AGENDA, "meeting:" + m.id(), user.username());
        try (OfficialDocument doc = new OfficialDocument(header)) {
            doc.title(m.title());
            doc.line("会议时间：" + chinese(m.date()) + (m.place() == null ? "" : "　会议地点：" + m.place()));
            if (m.chair() != null) {
                doc.line("主持：" + m.chair());
            }
            if (m.attendees() != null) {
                doc.line("参会：" + m.attendees());
            }
            doc.heading(1, "议题（一事一议，共" + items.size() + "个项目）");
            int n = 1;
            for (AgendaItem i : items) {
                doc.line(n++ + ". " + i.name() + "（" + i.code() + "，" + i.leadUnitName() + "）");
            }
            YearMonthLabel label = new YearMonthLabel(SupervisionService.agendaMonth(m));
            Map<Long, ReportPhotos.Photo> latest = photos.latest(items.stream().map(AgendaItem::projectId).toList());
            n = 1;
            for (AgendaItem i : items) {
                doc.pageBreak();
                doc.heading(1, "议题" + n++ + "：" + i.name());
                doc.table(null, List.of(
                        List.of("项目编号 / 牵头单位", i.code() + " / " + i.leadUnitName()),
                        List.of("预警", "RED".equals(i.warning()) ? "红色预警"
                                : "YELLOW".equals(i.warning()) ? "黄色预警" : "正常"),
                        List.of(label.text + "完成率", i.completionRate() + "%"),
                        List.of("与序时进度差", i.gap() + "个百分点"),
                        List.of("预警原因", String.join("；", i.reasons())),
                        List.of("列入议题原因", String.join("、",
                                i.sources().stream().map(SupervisionDocuments::source).toList()))),
                        List.of(3, 7), List.of(false, false), false);
                doc.line("近三个月填报情况：");
                List<MonthlyReport> last = lastThree(i.projectId(), label.period);
                if (last.isEmpty()) {
                    doc.line("近三个月未填报。");
                } else {
                    List<List<String>> rows = new ArrayList<>();
                    for (MonthlyReport rep : last) {
                        rows.add(List.of(rep.period(), rep.investment().toPlainString(),
                                rep.progress() == null ? "" : rep.progress()));
                    }
                    doc.table(List.of("月份", "当月完成投资（万元）", "形象进度"), rows, List.of(2, 3, 5),
                            List.of(false, true, false), false);
                }
                ReportPhotos.Photo photo = latest.get(i.projectId());
                if (photo != null) {
                    doc.line("最新现场照片：");
                    doc.photo(photos.thumbnailOf(photo.id()), photo.width(), photo.height(), 80,
                            photo.period() + (photo.caption() == null ? "" : "　" + photo.caption()));
                }
                doc.line("存在问题及需协调事项：");
                List<String> open = supervision.openProblemsOf(i.projectId());
                if (open.isEmpty()) {
                    doc.line("问题台账中无未销号问题。");
                }
                for (String problem : open) {
                    doc.line("· " + problem);
                }
                doc.line("议定事项：");
            }
            return doc.bytes();
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

    /** The notice to a unit with overdue tasks; an unknown unit is 404, a unit with none is refused (422). */
    byte[] warningNotice(long unitId, List<SupervisionTask> overdue, CurrentUser user) {
        String unit = organisation.unit(unitId).map(u -> u.name())
                .orElseThrow(() -> new NotFoundException("unit " + unitId));
        if (overdue.isEmpty()) {
            throw ValidationException.of("unitId", "supervision.error.unit-has-no-overdue-task");
        }
        // one notice per unit and day: downloaded again the same day, it keeps its number
        DocumentHeader header = headers.of(DocumentKind.WARNING_NOTICE, "unit:" + unitId + ":" + clock.today(),
                user.username()).addressedTo(unit);
        try (OfficialDocument doc = new OfficialDocument(header)) {
            doc.title("关于督办事项逾期未办结的预警通知");
            doc.body("截至" + chinese(clock.today()) + "，你单位承办的以下" + overdue.size()
                    + "项督办事项已超过办结时限仍未办结。请高度重视，逐项查明原因，明确措施和完成时限，于3个工作日内将办理情况书面报市委督查室、市政府督办室。");
            List<List<String>> rows = new ArrayList<>();
            int n = 1;
            for (SupervisionTask task : overdue) {
                rows.add(List.of(String.valueOf(n++), task.content(), task.responsiblePerson(),
                        chinese(task.dueDate())));
            }
            doc.table(List.of("序号", "督办事项", "责任人", "办结时限"), rows, List.of(1, 6, 2, 3),
                    List.of(true, false, false, false), false);
            doc.signature("督查室", chinese(clock.today()));
            return doc.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String chinese(java.time.LocalDate d) {
        return OfficialDocument.chineseDate(d);
    }

    /** "2024年7月" and its period. */
    private record YearMonthLabel(Period period, String text) {
        YearMonthLabel(java.time.YearMonth ym) {
            this(Period.of(ym), ym.getYear() + "年1—" + ym.getMonthValue() + "月");
        }
    }
}
