package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Service;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.Leader;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.project.Category;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.ReportService;
import cn.diaodu.reporting.ReportingMonth;

/** Figures for a year, month and scope, for the API and every page: loads the rows and applies {@link Figures}. */
@Service
public class AnalysisService {
    private final ProjectService projects;
    private final ReportService reports;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final WarningRuleService rules;
    private final AppClock clock;
    private final ReportingMonth reportingMonth;
    private final MonthInputs inputs;
    private final cn.diaodu.suspension.SuspensionFacts suspensionFacts;

    public AnalysisService(ProjectService projects, ReportService reports, OrganisationService organisation,
            DataScope scope, WarningRuleService rules, AppClock clock, ReportingMonth reportingMonth,
            MonthInputs inputs, cn.diaodu.suspension.SuspensionFacts suspensionFacts) {
        this.suspensionFacts = suspensionFacts;
        this.inputs = inputs;
        this.reportingMonth = reportingMonth;
        this.rules = rules;
        this.projects = projects;
        this.reports = reports;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Year and month of a request and the day it is judged at (docs/figures.md §0): {@code asOf} is the month's end
     * for an explicit month (CONTRACT §6), or {@link ReportingMonth#asOf} where the month defaulted to the reporting
     * month.
     */
    public record Month(int year, int month, java.time.LocalDate asOf) {
        /** A month judged at its end (CONTRACT §6: monthEnd). */
        public Month(int year, int month) {
            this(year, month, java.time.YearMonth.of(year, month).atEndOfMonth());
        }

        /** Whether the month is judged before its end (it is still running). */
        public boolean running() {
            return asOf.isBefore(java.time.YearMonth.of(year, month).atEndOfMonth());
        }
    }

    public Month month(Integer year, Integer month) {
        List<FieldError> errors = new ArrayList<>();
        if (year != null && (year < 2000 || year > 2100)) {
            errors.add(new FieldError("year", "analysis.error.year-must-2000-2100"));
        }
        if (month != null && (month < 1 || month > 12)) {
            errors.add(new FieldError("month", "analysis.error.month-must-1-12"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        java.time.YearMonth now = reportingMonth.current();
        int y = year == null ? now.getYear() : year;
        if (month != null) {
            return new Month(y, month);
        }
        if (y < now.getYear()) {
            return new Month(y, 12);
        }
        java.time.YearMonth ym = java.time.YearMonth.of(y, now.getMonthValue());
        return new Month(y, ym.getMonthValue(), reportingMonth.asOf(ym));
    }

    /** The reporting month as a request's month (pages without a month: docs/figures.md §0). */
    public Month reportingMonth() {
        return month(null, null);
    }

    /** The request's month on a page: the one asked for (judged at its end, or today while it runs), else the reporting month. */
    public Month pageMonth(Integer year, Integer month) {
        if (year == null || month == null) {
            return month(year, month);
        }
        Month m = month(year, month);
        return new Month(m.year(), m.month(), reportingMonth.asOf(java.time.YearMonth.of(m.year(), m.month())));
    }

    /** Analysis is for the project office, leaders and the supervision office. */
    public static void requireAnalyst(CurrentUser user) {
        if (!ProjectAccess.readsRegion(user)) {
            throw new ForbiddenException("analysis");
        }
    }

    /** The root region of an analysis: the one asked for (within scope), else the user's, else the top. */
    private String root(RegionTree tree, String regionCode, CurrentUser user) {
        if (regionCode != null && !regionCode.isBlank()) {
            if (!tree.contains(regionCode)) {
                throw ValidationException.of("regionCode", "analysis.error.unknown-region");
            }
            if (!scope.covers(user, tree, regionCode)) {
                throw new ForbiddenException("region " + regionCode);
            }
            return regionCode;
        }
        if (user.regionCode() != null) {
            return user.regionCode();
        }
        return tree.roots().size() == 1 ? tree.roots().get(0).code() : null;
    }

    /**
     * The figures of the projects a user may read that match a ledger filter (pages: reporters see their unit's
     * projects here too).
     */
    public List<ProjectFigures> ledger(Month m, ProjectFilter filter, CurrentUser user) {
        MonthInputs.Inputs in = inputs.of(m, filter, user);
        java.time.LocalDate asOf = MonthInputs.asOf(m, in);
        List<ProjectFigures> out = new ArrayList<>(in.projects().size());
        for (Project p : in.projects()) {
            out.add(Figures.project(p, in.completed().get(p.id()), m.month(), in.rules(), asOf));
        }
        return out;
    }

    /**
     * The projects among the figures that are suspended in the month (停缓建, docs/figures.md §11), judged on its last
     * day, each with the suspension in force.
     */
    public Map<Long, cn.diaodu.suspension.SuspensionFacts.SuspendedProject> suspensions(Month m,
            List<ProjectFigures> figures) {
        return suspensionFacts.suspensionsOf(figures.stream().map(f -> f.project().id()).toList(),
                java.time.YearMonth.of(m.year(), m.month()).atEndOfMonth());
    }

    /** When the month was frozen (its period closed, docs/figures.md §7), or null while it is live. */
    public java.time.OffsetDateTime frozenAt(Month m) {
        return inputs.frozenAt(m);
    }

    /** The investment completed in each month of the year over the given projects, and their plan, for charts. */
    public record MonthlyCurve(BigDecimal[] completed, BigDecimal[] planned) {
    }

    public MonthlyCurve curve(int year, List<ProjectFigures> figures) {
        BigDecimal[] completed = reports.monthlyTotals(year, figures.stream().map(f -> f.project().id()).toList());
        BigDecimal[] planned = new BigDecimal[12];
        for (int m = 1; m <= 12; m++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (ProjectFigures f : figures) {
                sum = sum.add(Figures.expected12(f.project(), m).subtract(Figures.expected12(f.project(), m - 1)));
            }
            planned[m - 1] = sum.divide(BigDecimal.valueOf(12), 2, java.math.RoundingMode.HALF_UP);
        }
        return new MonthlyCurve(completed, planned);
    }

    /** One project's figures for a month with the configured thresholds (callers check access). */
    public ProjectFigures figuresOf(Project p, int month) {
        Month m = new Month(p.year(), month, reportingMonth.asOf(java.time.YearMonth.of(p.year(), month)));
        MonthInputs.Inputs in = inputs.ofProject(p, m);
        Project basis = in.projects().get(0);
        return Figures.project(basis, in.completed().get(p.id()), month, in.rules(), MonthInputs.asOf(m, in));
    }
    /** Every project in scope with its figures, ordered by code. */
    public List<ProjectFigures> projectFigures(Month m, String regionCode, CurrentUser user) {
        requireAnalyst(user);
        RegionTree tree = organisation.regionTree();
        String root = root(tree, regionCode, user);
        return figures(m, root, user);
    }

    /** What the summary needs of every project in scope (no rates or reasons per project). */
    private List<Figures.Basis> bases(Month m, String root, CurrentUser user) {
        MonthInputs.Inputs in = inputs.of(m, ProjectFilter.ofYear(m.year()).withRegion(root), user);
        java.time.LocalDate asOf = MonthInputs.asOf(m, in);
        List<Figures.Basis> out = new ArrayList<>(in.projects().size());
        for (Project p : in.projects()) {
            out.add(Figures.basis(p, in.completed().get(p.id()), m.month(), in.rules(), asOf));
        }
        return out;
    }

    private List<ProjectFigures> figures(Month m, String root, CurrentUser user) {
        return ledger(m, ProjectFilter.ofYear(m.year()).withRegion(root), user);
    }

    public Summary summary(Month m, GroupBy groupBy, String regionCode, CurrentUser user) {
        requireAnalyst(user);
        RegionTree tree = organisation.regionTree();
        String root = root(tree, regionCode, user);
        List<Figures.Basis> all = bases(m, root, user);
        GroupFigures total = Figures.groupOf(all, m.month());

        Map<Object, String> names = new LinkedHashMap<>();
        Map<Object, List<Figures.Basis>> members = new LinkedHashMap<>();
        switch (groupBy) {
            case REGION -> {
                List<Region> tops = root == null ? tree.roots() : tree.children(root);
                tops.forEach(r -> {
                    names.put(r.code(), r.name());
                    members.put(r.code(), new ArrayList<>());
                });
                Map<String, Object> keys = new java.util.HashMap<>();
                for (Figures.Basis f : all) {
                    String code = f.project().regionCode();
                    Object key = keys.computeIfAbsent(code, c -> {
                        if (root == null) {
                            return tree.roots().stream().filter(r -> tree.isWithin(c, r.code())).map(Region::code)
                                    .findFirst().orElse(c);
                        }
                        return c.equals(root) ? root : tree.childOnPath(root, c);
                    });
                    if (root != null && code.equals(root)) {
                        names.putIfAbsent(root, tree.get(root).name() + "（本级）");
                    }
                    members.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
                }
            }
            case UNIT -> {
                Map<Long, String> units = new LinkedHashMap<>();
                organisation.units().forEach(u -> units.put(u.id(), u.name()));
                group(all, f -> f.project().leadUnitId(), members);
                members.keySet().forEach(k -> names.put(k, units.getOrDefault((Long) k, "")));
            }
            case CATEGORY -> {
                group(all, f -> f.project().category().name(), members);
                members.keySet().forEach(k -> names.put(k, Category.valueOf((String) k).label()));
            }
            case LEADER -> {
                Map<Long, Leader> leaders = new LinkedHashMap<>();
                organisation.leaders().forEach(l -> leaders.put(l.id(), l));
                group(all, f -> f.project().leaderId(), members);
                members.keySet().forEach(k -> names.put(k, k == null ? "未明确包抓领导"
                        : leaders.containsKey((Long) k) ? leaders.get((Long) k).name() : ""));
            }
        }
        List<Map.Entry<Object, GroupFigures>> groups = new ArrayList<>();
        members.forEach((k, v) -> groups.add(Map.entry(new KeyBox(k), Figures.groupOf(v, m.month()))));
        List<Summary.Group> out = new ArrayList<>();
        for (var r : Figures.rank(groups, e -> e.getValue().completionRate())) {
            Object key = ((KeyBox) r.item().getKey()).key();
            out.add(Summary.Group.of(key, names.get(key), r.item().getValue(), r.rank()));
        }
        return new Summary(m.year(), m.month(), Figures.timeElapsedRate(m.month()), Summary.Total.of(total), out,
                inputs.rulesOf(m));
    }

    /** Map.entry refuses null keys; the leader group "none" has one. */
    private record KeyBox(Object key) {
    }

    private static <T> void group(List<T> all, Function<T, Object> key, Map<Object, List<T>> members) {
        for (T f : all) {
            members.computeIfAbsent(key.apply(f), k -> new ArrayList<>()).add(f);
        }
    }

    /** Names for pages: units and leaders by id. */
    public Map<Long, String> unitNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        organisation.units().forEach(u -> out.put(u.id(), u.name()));
        return out;
    }

    public Map<Long, String> leaderNames() {
        Map<Long, String> out = new LinkedHashMap<>();
        organisation.leaders().forEach(l -> out.put(l.id(), l.name()));
        return out;
    }

    // ---- deeper figures (docs/figures.md): year on year, forecast, milestones, 开而不建 --------------------------

    private cn.diaodu.project.MilestoneService milestones;

    @org.springframework.beans.factory.annotation.Autowired
    void setMilestones(cn.diaodu.project.MilestoneService milestones) {
        this.milestones = milestones;
    }

    /**
     * One project's deeper figures for the API (analysts, within their scope): {@code year} defaults to the project's
     * year and may not name another (422); {@code month} as for the summary.
     */
    public ProjectOutlook projectOutlook(long projectId, Integer year, Integer month, CurrentUser user) {
        requireAnalyst(user);
        month(year, month);
        Project p = projects.get(projectId, user);
        if (year != null && year != p.year()) {
            throw ValidationException.of("year", "analysis.error.project-year", p.year());
        }
        return outlooks(month(p.year(), month), List.of(p)).get(p.id());
    }

    /** The deeper figures of a project the caller already reads (the project page), for its own year. */
    ProjectOutlook projectOutlook(Month m, Project p) {
        return outlooks(new Month(p.year(), m.month()), List.of(p)).get(p.id());
    }

    /** The deeper figures by group, grouped, named and ranked as {@link #summary} does. */
    public OutlookSummary outlookSummary(Month m, GroupBy groupBy, String regionCode, CurrentUser user) {
        requireAnalyst(user);
        RegionTree tree = organisation.regionTree();
        String root = root(tree, regionCode, user);
        List<Project> list = projects.list(new ProjectFilter(m.year(), root, null, null, null, null), user);
        Map<Long, ProjectOutlook> byId = outlooks(m, list);
        List<ProjectOutlook> all = list.stream().map(p -> byId.get(p.id())).toList();

        Map<Object, String> names = new LinkedHashMap<>();
        Map<Object, List<ProjectOutlook>> members = new LinkedHashMap<>();
        switch (groupBy) {
            case REGION -> {
                List<Region> tops = root == null ? tree.roots() : tree.children(root);
                tops.forEach(r -> {
                    names.put(r.code(), r.name());
                    members.put(r.code(), new ArrayList<>());
                });
                for (ProjectOutlook o : all) {
                    String code = o.project().regionCode();
                    Object key;
                    if (root == null) {
                        key = tree.roots().stream().filter(r -> tree.isWithin(code, r.code())).map(Region::code)
                                .findFirst().orElse(code);
                    } else if (code.equals(root)) {
                        key = root;
                        names.putIfAbsent(root, tree.get(root).name() + "（本级）");
                    } else {
                        key = tree.childOnPath(root, code);
                    }
                    members.computeIfAbsent(key, k -> new ArrayList<>()).add(o);
                }
            }
            case UNIT -> {
                Map<Long, String> units = unitNames();
                all.forEach(o -> members.computeIfAbsent(o.project().leadUnitId(), k -> new ArrayList<>()).add(o));
                members.keySet().forEach(k -> names.put(k, units.getOrDefault((Long) k, "")));
            }
            case CATEGORY -> {
                all.forEach(o -> members.computeIfAbsent(o.project().category().name(), k -> new ArrayList<>())
                        .add(o));
                members.keySet().forEach(k -> names.put(k, Category.valueOf((String) k).label()));
            }
            case LEADER -> {
                Map<Long, String> leaders = leaderNames();
                all.forEach(o -> members.computeIfAbsent(o.project().leaderId(), k -> new ArrayList<>()).add(o));
                members.keySet().forEach(k -> names.put(k, k == null ? "未明确包抓领导"
                        : leaders.getOrDefault((Long) k, "")));
            }
        }
        List<Map.Entry<KeyBox, DeeperFigures.GroupOutlook>> groups = new ArrayList<>();
        members.forEach((k, v) -> groups.add(Map.entry(new KeyBox(k), DeeperFigures.group(v))));
        List<OutlookSummary.Group> out = new ArrayList<>();
        for (var r : Figures.rank(groups, e -> e.getValue().completionRate())) {
            Object key = r.item().getKey().key();
            out.add(OutlookSummary.Group.of(key, names.get(key), r.item().getValue(), r.rank()));
        }
        return new OutlookSummary(m.year(), m.month(), OutlookSummary.Total.of(DeeperFigures.group(all)), out);
    }

    /** A milestone with its project, for GET /api/analysis/milestones. */
    public record MilestoneRow(long id, long projectId, String projectCode, String projectName, String regionCode,
            long leadUnitId, String name, java.time.LocalDate plannedDate, java.time.LocalDate actualDate,
            String note, boolean overdue, long daysOverdue) {
    }

    /**
     * The milestones of the year's projects in the analyst's scope, by planned date; {@code overdue} true keeps the
     * overdue ones, false the others, null all.
     */
    public List<MilestoneRow> milestones(Integer year, Boolean overdue, String regionCode, CurrentUser user) {
        requireAnalyst(user);
        Month m = month(year, null);
        RegionTree tree = organisation.regionTree();
        String root = root(tree, regionCode, user);
        Map<Long, Project> byId = new LinkedHashMap<>();
        projects.list(new ProjectFilter(m.year(), root, null, null, null, null), user)
                .forEach(p -> byId.put(p.id(), p));
        List<MilestoneRow> out = new ArrayList<>();
        milestones.ofProjects(byId.keySet()).forEach((id, ms) -> {
            Project p = byId.get(id);
            for (cn.diaodu.project.Milestone x : ms) {
                if (overdue == null || overdue == x.overdue()) {
                    out.add(new MilestoneRow(x.id(), p.id(), p.code(), p.name(), p.regionCode(), p.leadUnitId(),
                            x.name(), x.plannedDate(), x.actualDate(), x.note(), x.overdue(), x.daysOverdue()));
                }
            }
        });
        out.sort(java.util.Comparator.comparing(MilestoneRow::plannedDate).thenComparing(MilestoneRow::projectCode)
                .thenComparing(MilestoneRow::id));
        return out;
    }

    /**
     * The deeper figures of the given projects of year m.year() (callers have checked that the user reads them):
     * loads this year's monthly reports, last year's projects and reports, the category profiles and the milestones,
     * and applies {@link DeeperFigures}. Nothing here depends on who asks.
     */
    Map<Long, ProjectOutlook> outlooks(Month m, java.util.Collection<Project> list) {
        Map<Long, ProjectOutlook> out = new LinkedHashMap<>();
        if (list.isEmpty()) {
            return out;
        }
        int y = m.year();
        int month = m.month();
        Map<Long, BigDecimal[]> monthly = new java.util.HashMap<>();
        for (int k = 1; k <= month; k++) {
            int index = k - 1;
            reports.ofPeriod(new cn.diaodu.common.Period(y, k)).forEach((id, r) ->
                    monthly.computeIfAbsent(id, x -> new BigDecimal[12])[index] = r.investment());
        }
        List<Project> previousYear = projects.ofYear(y - 1);
        Map<Long, DeeperFigures.Match> matches = DeeperFigures.matchPreviousYear(projects.ofYear(y), previousYear);
        Map<Long, BigDecimal> previousThrough = reports.completedThrough(y - 1, month);
        Map<Long, BigDecimal> previousWhole = reports.completedThrough(y - 1, 12);
        RegionTree tree = organisation.regionTree();
        Map<String, List<Project>> byTopAndCategory = new java.util.HashMap<>();
        previousYear.forEach(q -> byTopAndCategory.computeIfAbsent(topAndCategory(tree, q), k -> new ArrayList<>())
                .add(q));
        Map<String, DeeperFigures.SeasonalProfile> profiles = new java.util.HashMap<>();
        byTopAndCategory.forEach((k, qs) -> profiles.put(k, DeeperFigures.profile(qs, previousThrough,
                previousWhole)));
        var ms = milestones.ofProjects(list.stream().map(Project::id).toList());
        for (Project p : list) {
            DeeperFigures.Match match = matches.get(p.id());
            BigDecimal previousCompleted = match == null ? null
                    : previousThrough.getOrDefault(match.previous().id(), BigDecimal.ZERO);
            out.put(p.id(), DeeperFigures.project(p, monthly.get(p.id()), month, match, previousCompleted,
                    profiles.getOrDefault(topAndCategory(tree, p), DeeperFigures.SeasonalProfile.NONE),
                    ms.getOrDefault(p.id(), List.of())));
        }
        return out;
    }

    /** Today, for pages (a milestone's actual date may not lie after it). */
    public java.time.LocalDate today() {
        return clock.today();
    }

    /** The key of a category profile: the top of the region tree above the project, and its category. */
    private static String topAndCategory(RegionTree tree, Project p) {
        Region r = tree.get(p.regionCode());
        String top = p.regionCode();
        while (r != null) {
            top = r.code();
            r = r.parentCode() == null ? null : tree.get(r.parentCode());
        }
        return top + "/" + p.category().name();
    }
}
