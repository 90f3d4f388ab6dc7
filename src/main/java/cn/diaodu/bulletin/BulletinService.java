package cn.diaodu.bulletin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import cn.diaodu.analysis.AnalysisService;
import cn.diaodu.analysis.Figures;
import cn.diaodu.analysis.GroupBy;
import cn.diaodu.analysis.ProjectFigures;
import cn.diaodu.analysis.Summary;
import cn.diaodu.analysis.Warning;
import cn.diaodu.common.AppClock;
import cn.diaodu.common.Money;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.project.Project;
import cn.diaodu.suspension.SuspensionFacts;

/**
 * Builds the {@link Bulletin} of a month and scope from {@link AnalysisService} (the summaries by region, unit and
 * leader, the projects' figures and the monthly curve): the bulletin states the API's figures, never its own.
 */
@Service
public class BulletinService {
    private final AnalysisService analysis;
    private final OrganisationService organisation;
    private final AppClock clock;
    private final ObjectProvider<OpenProblems> problems;
    private final ObjectProvider<ProcedureOverview> procedures;
    private final ObjectProvider<FundsOverview> funds;
    private final ObjectProvider<InvestmentOverview> investments;

    public BulletinService(AnalysisService analysis, OrganisationService organisation, AppClock clock,
            ObjectProvider<OpenProblems> problems, ObjectProvider<ProcedureOverview> procedures,
            ObjectProvider<FundsOverview> funds, ObjectProvider<InvestmentOverview> investments) {
        this.investments = investments;
        this.funds = funds;
        this.analysis = analysis;
        this.organisation = organisation;
        this.clock = clock;
        this.problems = problems;
        this.procedures = procedures;
    }

    /** Bulletins are for the project office and the leaders (CONTRACT §8). */
    public static boolean mayRead(CurrentUser user) {
        return user.hasAny(Role.DISPATCHER, Role.LEADER);
    }

    public static void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw new ForbiddenException("bulletin");
        }
    }

    /** "YYYY-MM" → the month, or 422 naming {@code period}. */
    public static Period period(String text) {
        Period p = Period.parse(text, "period");
        if (p.year() < 2000 || p.year() > 2100) {
            throw ValidationException.of("period", "bulletin.error.year-must-2000-2100");
        }
        return p;
    }

    /** The figures of every project of the scope for the annex, checked like the bulletin. */
    public List<ProjectFigures> annex(Period period, String regionCode, CurrentUser user) {
        requireReader(user);
        return analysis.projectFigures(analysis.pageMonth(period.year(), period.month()), blank(regionCode),
                user);
    }

    /** 2024年1—7月青岚市重点项目建设情况通报 (全市 when the scope is the whole system). */
    public static String title(int year, int month, Region root) {
        return year + "年" + BulletinText.span(month) + (root == null ? "全市" : root.name()) + "重点项目建设情况通报";
    }

    /** The date of issue in Chinese: today. */
    public String issued() {
        return BulletinText.date(clock.today());
    }

    /** The root region of the scope, as the analysis takes it (the one asked for, else the user's, else the top). */
    public Region root(String regionCode, CurrentUser user) {
        RegionTree tree = organisation.regionTree();
        String code = blank(regionCode) != null ? regionCode.trim()
                : user.regionCode() != null ? user.regionCode()
                : tree.roots().size() == 1 ? tree.roots().get(0).code() : null;
        return code == null ? null : tree.get(code);
    }

    public Bulletin build(Period period, String regionCode, CurrentUser user) {
        requireReader(user);
        String region = blank(regionCode);
        AnalysisService.Month m = analysis.pageMonth(period.year(), period.month());
        // the summary checks the region: unknown → 422, outside the user's scope → 403
        Summary byRegion = analysis.summary(m, GroupBy.REGION, region, user);
        Summary byUnit = analysis.summary(m, GroupBy.UNIT, region, user);
        Summary byLeader = analysis.summary(m, GroupBy.LEADER, region, user);
        List<ProjectFigures> figures = analysis.projectFigures(m, region, user);
        AnalysisService.MonthlyCurve curve = analysis.curve(m.year(), figures);
        Region root = root(region, user);
        RegionTree tree = organisation.regionTree();
        Map<Long, String> units = analysis.unitNames();

        int mo = m.month();
        String span = BulletinText.span(mo);
        String subject = BulletinText.subject(root);
        String title = title(m.year(), mo, root);
        Summary.Total total = byRegion.total();
        String overview = BulletinText.overview(mo, subject, total);

        List<Bulletin.Block> blocks = new ArrayList<>();
        blocks.add(new Bulletin.Para(overview + (total.projects() == 0 ? ""
                : BulletinText.warnings(total.red(), total.yellow()))));

        // 一、各县（市、区）推进情况
        String regionWord = regionWord(root);
        int h = 1;
        blocks.add(heading1(h++, "各" + regionWord + "推进情况"));
        blocks.add(new Bulletin.Para(firstAndLast("从各" + regionWord + "看", byRegion)));
        blocks.add(ranking("ranking-region", regionWord, byRegion));

        // 二、责任单位推进情况
        blocks.add(heading1(h++, "责任单位推进情况"));
        blocks.add(new Bulletin.Para(firstAndLast("从各责任单位看", byUnit)));
        blocks.add(ranking("ranking-unit", "责任单位", byUnit));

        // 三、包抓领导推进情况
        blocks.add(heading1(h++, "包抓领导推进情况"));
        blocks.add(new Bulletin.Para(firstAndLast("从包抓领导分包项目看", byLeader)));
        blocks.add(ranking("ranking-leader", "包抓领导", byLeader));

        // 四、预警项目
        // docs/figures.md §11: a project suspended in the month is listed apart, not on the red and yellow lists
        Map<Long, SuspensionFacts.SuspendedProject> suspended = analysis.suspensions(m, figures);
        List<ProjectFigures> active = figures.stream().filter(f -> !suspended.containsKey(f.project().id())).toList();
        List<ProjectFigures> red = warned(active, Warning.RED);
        List<ProjectFigures> yellow = warned(active, Warning.YELLOW);
        blocks.add(heading1(h++, "预警项目"));
        blocks.add(new Bulletin.Para("对照年度计划和序时进度，完成率低于序时进度" + Figures.RED_GAP.negate()
                + "个百分点及以上、或超过计划开工时间" + Figures.RED_LATE_START_DAYS + "天仍未开工的项目亮红灯；低于序时进度"
                + Figures.YELLOW_GAP.negate() + "个百分点及以上、或已过计划开工时间仍未开工的项目亮黄灯。" + span
                + "，共有红色预警项目" + red.size() + "个、黄色预警项目" + yellow.size() + "个。"));
        blocks.add(new Bulletin.Heading(2, "（一）红色预警项目（" + red.size() + "个）"));
        blocks.add(red.isEmpty() ? new Bulletin.Para("本期无红色预警项目。") : warnTable("warning-red", red, units));
        blocks.add(new Bulletin.Heading(2, "（二）黄色预警项目（" + yellow.size() + "个）"));
        blocks.add(yellow.isEmpty() ? new Bulletin.Para("本期无黄色预警项目。")
                : warnTable("warning-yellow", yellow, units));
        if (!suspended.isEmpty()) {
            blocks.add(new Bulletin.Heading(2, "（三）停缓建项目（" + suspended.size() + "个）"));
            blocks.add(new Bulletin.Para("经批准停建、缓建的项目不列入红黄预警，其年度计划和完成投资仍计入总体情况。"));
            blocks.add(suspendedTable(figures, suspended, units));
        }

        // 五、未开工项目
        List<ProjectFigures> notStarted = new ArrayList<>(figures.stream().filter(f -> !f.started()).toList());
        notStarted.sort(Comparator.comparing((ProjectFigures f) -> f.project().plannedStart(),
                Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(f -> f.project().code()));
        // docs/figures.md §0: late when the planned start is on or before the day the month is judged at
        java.time.LocalDate asOf = m.asOf();
        List<ProjectFigures> lateStart = notStarted.stream().filter(f -> f.project().plannedStart() != null
                && !f.project().plannedStart().isAfter(asOf)).toList();
        List<ProjectFigures> notDue = notStarted.stream().filter(f -> !lateStart.contains(f)).toList();
        String upTo = m.running() ? "截至" + BulletinText.date(asOf) : "截至" + mo + "月底";
        blocks.add(heading1(h++, "未开工项目"));
        if (notStarted.isEmpty()) {
            blocks.add(new Bulletin.Para(upTo + "，所有项目均已开工。"));
        } else {
            blocks.add(new Bulletin.Para(upTo + "，尚有" + notStarted.size() + "个项目未开工，其中" + lateStart.size()
                    + "个已过计划开工时间，" + notDue.size() + "个尚未到计划开工时间，请相关责任单位加快推进前期手续，确保早日开工。"));
            // one table, the late ones first, then those not yet due; 开工状态 tells them apart
            List<ProjectFigures> ordered = new ArrayList<>(lateStart);
            ordered.addAll(notDue);
            blocks.add(notStartedTable("not-started", ordered, units, tree, asOf));
            // docs/figures.md §10 (前期手续): the preliminary procedures, when a module keeps them
            ProcedureOverview po = procedures.getIfAvailable();
            if (po != null) {
                Set<Long> ids = new LinkedHashSet<>();
                figures.forEach(f -> ids.add(f.project().id()));
                blocks.add(new Bulletin.Para(BulletinText.procedures(po.overview(m.year(), mo, ids))));
            }
        }

        // 六、存在问题
        blocks.add(heading1(h++, "存在问题"));
        OpenProblems source = problems.getIfAvailable(() -> OpenProblems.NONE);
        if (!source.available()) {
            blocks.add(new Bulletin.Para("（问题台账功能上线后自动列出）", true));
        } else {
            Set<Long> ids = new LinkedHashSet<>();
            figures.forEach(f -> ids.add(f.project().id()));
            List<OpenProblems.OpenProblem> open = source.open(new OpenProblems.Scope(m.year(), mo,
                    root == null ? null : root.code(), ids, clock.today(), user));
            if (open.isEmpty()) {
                blocks.add(new Bulletin.Para("截至目前，问题台账中无未销号问题。"));
            } else {
                long late = open.stream().filter(OpenProblems.OpenProblem::overdue).count();
                blocks.add(new Bulletin.Para("截至目前，问题台账中尚有" + open.size() + "个问题未销号，其中" + late
                        + "个已超过办结时限。"));
                blocks.add(problemTable(open));
            }
        }

        // 七、月度完成情况图
        blocks.add(heading1(h++, "月度完成情况图"));
        blocks.add(new Bulletin.Para(span + "各月累计完成投资与累计计划投资对比如下。"));
        blocks.add(chart(curve, mo));

        // 八、向上争取资金 (docs/figures.md §13), when a module keeps the fund applications and the year has any
        FundsOverview fo = funds.getIfAvailable();
        String fundsSentence = fo == null ? null : fo.sentence(m.year(), region, user);
        if (fundsSentence != null) {
            blocks.add(heading1(h++, "向上争取资金"));
            blocks.add(new Bulletin.Para("截至目前，" + m.year() + "年" + fundsSentence));
        }
        // 九、招商引资 (docs/figures.md §12), when a module keeps the attraction pipeline and the year has a signing
        InvestmentOverview io = investments.getIfAvailable();
        String investmentSentence = io == null ? null : io.sentence(m.year(), region, user);
        if (investmentSentence != null) {
            blocks.add(heading1(h, "招商引资"));
            blocks.add(new Bulletin.Para("截至目前，" + m.year() + "年" + investmentSentence));
        }

        String issuer = (root == null ? "" : root.name()) + "重点项目建设指挥部办公室";
        return new Bulletin(m.year(), mo, root == null ? null : root.code(), title, overview, List.copyOf(blocks),
                issuer, issued());
    }

    /** 县（市、区） below a city or province; 乡镇（街道） below a county; 村（社区） below a town. */
    static String regionWord(Region root) {
        if (root != null && root.level() == RegionLevel.COUNTY) {
            return "乡镇（街道）";
        }
        if (root != null && (root.level() == RegionLevel.TOWN || root.level() == RegionLevel.VILLAGE)) {
            return "村（社区）";
        }
        return "县（市、区）";
    }

    private static Bulletin.Heading heading1(int n, String text) {
        return new Bulletin.Heading(1, BulletinText.numeral(n) + "、" + text);
    }

    /** "从各县（市、区）看，甲县完成率最高，为45.0%；乙区最低，为0.0%。" over the groups that have projects. */
    static String firstAndLast(String lead, Summary s) {
        List<Summary.Group> withProjects = s.groups().stream().filter(g -> g.projects() > 0).toList();
        if (withProjects.isEmpty()) {
            return lead + "，暂无项目。";
        }
        Summary.Group top = withProjects.get(0);
        Summary.Group bottom = withProjects.get(withProjects.size() - 1);
        List<String> first = withProjects.stream()
                .filter(g -> g.completionRate().compareTo(top.completionRate()) == 0).map(Summary.Group::name).toList();
        List<String> last = withProjects.stream()
                .filter(g -> g.completionRate().compareTo(bottom.completionRate()) == 0).map(Summary.Group::name)
                .toList();
        if (withProjects.size() == 1) {
            // the only group with projects holds all of them: its figures are the total's, whose one-decimal rate
            // and gap are rounded once from the exact amounts (the group's are the API's two decimals)
            Summary.Total t = s.total();
            boolean all = t != null && t.figures() != null && t.projects() == top.projects();
            BigDecimal rate = all ? t.completionRate1() : top.completionRate();
            BigDecimal gap = all ? t.gap1() : top.gap();
            return lead + "，" + top.name() + "完成年度计划的" + BulletinText.pct1(rate) + "%，"
                    + BulletinText.gapPhrase(gap) + "。";
        }
        if (top.completionRate().compareTo(bottom.completionRate()) == 0) {
            return lead + "，" + BulletinText.names(first) + "完成率均为" + BulletinText.pct1(top.completionRate()) + "%。";
        }
        long ahead = withProjects.stream().filter(g -> g.gap().signum() >= 0).count();
        return lead + "，" + BulletinText.names(first) + "完成率最高，为" + BulletinText.pct1(top.completionRate()) + "%；"
                + BulletinText.names(last) + "最低，为" + BulletinText.pct1(bottom.completionRate()) + "%。"
                + (ahead == 0 ? "均未达到序时进度。" : "达到或超过序时进度的有" + ahead + "个。");
    }

    private static final List<Integer> RANK_WIDTHS = List.of(9, 25, 9, 14, 14, 13, 16);
    private static final List<Boolean> RANK_NUMERIC = List.of(true, false, true, true, true, true, true);

    /** 排名、名称、项目数、年度计划（亿元）、累计完成（亿元）、完成率（%）、与序时进度差（百分点）, with a 合计 row. */
    static Bulletin.Table ranking(String id, String what, Summary s) {
        List<List<String>> rows = new ArrayList<>();
        for (Summary.Group g : s.groups()) {
            rows.add(List.of(String.valueOf(g.rank()), g.name() == null ? "" : g.name(),
                    String.valueOf(g.projects()), BulletinText.yi2(g.annualPlan()), BulletinText.yi2(g.completed()),
                    BulletinText.pct2(g.completionRate()), BulletinText.pct2(g.gap())));
        }
        Summary.Total t = s.total();
        rows.add(List.of("", "合计", String.valueOf(t.projects()), BulletinText.yi2(t.annualPlan()),
                BulletinText.yi2(t.completed()), BulletinText.pct2(t.completionRate()), BulletinText.pct2(t.gap())));
        return new Bulletin.Table(id, List.of("排名", what, "项目数", "年度计划（亿元）", "累计完成（亿元）", "完成率（%）",
                "与序时进度差（百分点）"), rows, RANK_NUMERIC, RANK_WIDTHS, true);
    }

    /** The projects of a warning, the furthest behind first. */
    static List<ProjectFigures> warned(List<ProjectFigures> figures, Warning w) {
        List<ProjectFigures> out = new ArrayList<>(figures.stream().filter(f -> f.warning() == w).toList());
        out.sort(Comparator.comparing(ProjectFigures::gap).thenComparing(f -> f.project().code()));
        return out;
    }

    /** The 停缓建 table: the projects suspended in the month with the suspension in force. */
    private static Bulletin.Table suspendedTable(List<ProjectFigures> figures,
            Map<Long, SuspensionFacts.SuspendedProject> suspended, Map<Long, String> units) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectFigures f : figures) {
            SuspensionFacts.SuspendedProject s = suspended.get(f.project().id());
            if (s != null) {
                Project p = f.project();
                rows.add(List.of(p.code(), p.name(), units.getOrDefault(p.leadUnitId(), ""), s.reason(),
                        BulletinText.date(s.from()), BulletinText.dateOrUnknown(s.expectedResume())));
            }
        }
        return new Bulletin.Table("suspended", List.of("项目编号", "项目名称", "牵头单位", "停缓建原因", "停工日期",
                "预计复工日期"), rows, List.of(false, false, false, false, false, false), List.of(14, 24, 16, 24, 11, 11),
                false);
    }

    private static Bulletin.Table warnTable(String id, List<ProjectFigures> list, Map<Long, String> units) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectFigures f : list) {
            Project p = f.project();
            rows.add(List.of(p.code(), p.name(), units.getOrDefault(p.leadUnitId(), ""),
                    BulletinText.pct2(f.completionRate()), BulletinText.pct2(f.gap()), String.join("；", f.reasons())));
        }
        return new Bulletin.Table(id, List.of("项目编号", "项目名称", "牵头单位", "完成率（%）", "与序时进度差（百分点）",
                "预警原因"), rows, List.of(false, false, false, true, true, false), List.of(14, 22, 16, 11, 13, 24),
                false);
    }

    /** The 未开工 table: late projects with the days overdue to {@code asOf}, or those not yet due. */
    private static Bulletin.Table notStartedTable(String id, List<ProjectFigures> list, Map<Long, String> units,
            RegionTree tree, java.time.LocalDate asOf) {
        List<List<String>> rows = new ArrayList<>();
        for (ProjectFigures f : list) {
            Project p = f.project();
            Region r = tree.get(p.regionCode());
            String state = p.plannedStart() == null ? "未定计划开工时间"
                    : p.plannedStart().isAfter(asOf) ? "未到计划开工时间"
                    : "已逾" + java.time.temporal.ChronoUnit.DAYS.between(p.plannedStart(), asOf) + "天";
            rows.add(List.of(p.code(), p.name(), r == null ? p.regionCode() : r.name(),
                    units.getOrDefault(p.leadUnitId(), ""), BulletinText.dateOrUnknown(p.plannedStart()), state,
                    f.warning().label()));
        }
        return new Bulletin.Table(id, List.of("项目编号", "项目名称", "所在区域", "牵头单位", "计划开工时间",
                "开工状态", "预警"), rows, List.of(false, false, false, false, false, false, false),
                List.of(13, 23, 11, 16, 15, 12, 10), false);
    }

    /** The project column of a problem raised without a project: a common problem assigned to a unit. */
    static final String NO_PROJECT = "共性问题";

    private static Bulletin.Table problemTable(List<OpenProblems.OpenProblem> open) {
        List<List<String>> rows = new ArrayList<>();
        for (OpenProblems.OpenProblem p : open) {
            String project = p.projectName() == null ? NO_PROJECT : p.projectName();
            rows.add(List.of(project, p.title() == null ? "" : p.title(), p.unitName() == null ? "" : p.unitName(),
                    BulletinText.dateOrUnknown(p.dueDate()),
                    (p.status() == null ? "" : p.status()) + (p.overdue() ? "（已超期）" : "")));
        }
        return new Bulletin.Table("problems", List.of("项目", "问题", "责任单位", "办结时限", "状态"), rows,
                List.of(false, false, false, false, false), List.of(22, 34, 18, 14, 12), false);
    }

    /** Cumulative completion and plan for months 1..M, from the analysis' monthly curve. */
    private static Bulletin.Chart chart(AnalysisService.MonthlyCurve curve, int month) {
        List<String> months = new ArrayList<>();
        List<BigDecimal> done = new ArrayList<>();
        List<BigDecimal> plan = new ArrayList<>();
        BigDecimal d = BigDecimal.ZERO;
        BigDecimal p = BigDecimal.ZERO;
        for (int i = 0; i < month; i++) {
            d = d.add(curve.completed()[i]);
            p = p.add(curve.planned()[i]);
            months.add((i + 1) + "月");
            done.add(d);
            plan.add(p);
        }
        return new Bulletin.Chart("图1　" + BulletinText.span(month) + "累计完成投资与累计计划投资（亿元）", months,
                done.stream().map(v -> Money.toYi(v, 2)).toList(), plan.stream().map(v -> Money.toYi(v, 2)).toList());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
