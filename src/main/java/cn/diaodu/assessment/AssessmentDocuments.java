package cn.diaodu.assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ListExport;
import cn.diaodu.common.OfficialDocument;
import cn.diaodu.common.ValidationException;
import cn.diaodu.document.DocumentHeaders;
import cn.diaodu.document.DocumentKind;
import cn.diaodu.identity.CurrentUser;

/**
 * A round's papers: the ranking notice (排名通报, DOCX on {@link OfficialDocument} with the installation's 版头 and
 * its own number), the warning notice (预警通知, DOCX) to the subjects at the bottom of the ranking and those vetoed,
 * and the result table (XLSX through {@link ListExport}: value and score per indicator, the total, the rank).
 */
@Component
class AssessmentDocuments {
    static final int BOTTOM = 2;

    private final DocumentHeaders headers;
    private final AssessmentViews views;
    private final AppClock clock;

    AssessmentDocuments(DocumentHeaders headers, AssessmentViews views, AppClock clock) {
        this.headers = headers;
        this.views = views;
        this.clock = clock;
    }

    byte[] rankingNotice(Assessment a, Results r, CurrentUser user) {
        var header = headers.of(DocumentKind.BULLETIN, "assessment:" + a.id() + ":ranking", user.username());
        try (OfficialDocument doc = new OfficialDocument(header)) {
            doc.title("关于" + a.name() + "结果的通报");
            String scheme = a.indicators().stream().map(i -> i.name() + "（权重" + weightShare(a, i) + "%）")
                    .collect(Collectors.joining("、"));
            doc.body("根据" + a.year() + "年1—" + a.month() + "月重点项目推进情况，按照考核方案，对" + scheme + "进行考核，"
                    + "现将" + a.name() + "结果通报如下。"
                    + (r.published() ? "" : "（本轮结果尚未发布，以下为截至" + OfficialDocument.chineseDate(clock.today())
                            + "的实时计算结果。）"));
            doc.heading(1, "一、排名情况");
            List<String> head = new ArrayList<>(List.of("名次", "考核对象"));
            a.indicators().forEach(i -> head.add(i.name()));
            head.add("总分");
            List<List<String>> rows = new ArrayList<>();
            for (ResultLine l : r.results()) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(l.rank()), l.name()));
                l.scores().forEach(s -> row.add(s.score().toPlainString()));
                row.add(l.vetoed() ? "0.00（否决）" : l.total().toPlainString());
                rows.add(row);
            }
            List<Integer> widths = new ArrayList<>(List.of(1, 3));
            List<Boolean> numeric = new ArrayList<>(List.of(true, false));
            for (int i = 0; i <= a.indicators().size(); i++) {
                widths.add(2);
                numeric.add(true);
            }
            doc.table(head, rows, widths, numeric, false);
            List<ResultLine> vetoed = r.results().stream().filter(ResultLine::vetoed).toList();
            if (!vetoed.isEmpty()) {
                doc.heading(1, "二、一票否决");
                for (ResultLine l : vetoed) {
                    doc.body(l.name() + "：" + l.vetoReason() + "，实行一票否决，总分计0分，排在所有未被否决的考核对象之后。");
                }
            }
            doc.heading(1, vetoed.isEmpty() ? "二、有关要求" : "三、有关要求");
            doc.body("各地各部门要对照排名找差距、补短板，排名靠后的要认真分析原因，制定整改措施，确保完成全年目标任务。");
            doc.signature("重点项目办公室", OfficialDocument.chineseDate(clock.today()));
            return doc.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The subjects named by the warning notice: the last {@link #BOTTOM} without a veto, and every vetoed one. */
    static List<ResultLine> bottom(Results r) {
        List<ResultLine> kept = r.results().stream().filter(l -> !l.vetoed()).toList();
        List<ResultLine> out = new ArrayList<>(kept.subList(Math.max(0, kept.size() - BOTTOM), kept.size()));
        r.results().stream().filter(ResultLine::vetoed).forEach(out::add);
        return out;
    }

    byte[] warningNotice(Assessment a, Results r, CurrentUser user) {
        List<ResultLine> bottom = bottom(r);
        if (bottom.isEmpty()) {
            throw ValidationException.of("subject", "assessment.error.no-subjects");
        }
        String names = bottom.stream().map(ResultLine::name).collect(Collectors.joining("、"));
        var header = headers.of(DocumentKind.WARNING_NOTICE, "assessment:" + a.id() + ":warning", user.username())
                .addressedTo(names);
        List<AssessmentViews.Line> lines = views.lines(a, new Results(r.published(), bottom));
        try (OfficialDocument doc = new OfficialDocument(header)) {
            doc.title("关于" + a.name() + "排名靠后单位的预警通知");
            boolean anyVeto = bottom.stream().anyMatch(ResultLine::vetoed);
            doc.body("在" + a.name() + "中，" + names + (anyVeto ? "排名靠后或被一票否决" : "排名靠后")
                    + "。请高度重视，认真分析原因，明确整改措施和完成时限，"
                    + "于10个工作日内将整改情况书面报重点项目办公室。排名连续靠后的，将按规定约谈主要负责人。");
            int n = 1;
            for (AssessmentViews.Line l : lines) {
                doc.heading(2, "（" + chineseNumber(n++) + "）" + l.result().name() + "：第" + l.result().rank() + "名，总分"
                        + l.result().total().toPlainString() + "分");
                for (String e : l.explained()) {
                    doc.body(e + "。");
                }
                if (l.result().vetoed()) {
                    doc.body("一票否决：" + l.result().vetoReason() + "。");
                }
            }
            doc.signature("重点项目办公室", OfficialDocument.chineseDate(clock.today()));
            return doc.bytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ResponseEntity<byte[]> table(Assessment a, Results r) {
        ListExport<ResultLine> x = ListExport.<ResultLine>titled("assessment.export.title", a.name())
                .column("assessment.col.rank", 6, ResultLine::rank)
                .column("assessment.col.subjectName", 24, ResultLine::name);
        for (int i = 0; i < a.indicators().size(); i++) {
            int at = i;
            Indicator ind = a.indicators().get(i);
            x.column(ind.name(), 12, l -> l.scores().get(at).value());
            x.column(ind.name() + "·" + cn.diaodu.common.Messages.text("assessment.export.score"), 12,
                    l -> l.scores().get(at).score());
        }
        x.column("assessment.col.total", 10, ResultLine::total)
                .column("assessment.veto.badge", 30, l -> l.vetoed() ? l.vetoReason() : null);
        return x.download(r.results(), "assessment-" + a.id());
    }

    private static String weightShare(Assessment a, Indicator i) {
        BigDecimal sum = a.indicators().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return AssessmentViews.plain(i.weight().multiply(BigDecimal.valueOf(100)).divide(sum, 2,
                java.math.RoundingMode.HALF_UP));
    }

    private static String chineseNumber(int n) {
        String[] d = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? d[n] : String.valueOf(n);
    }
}
