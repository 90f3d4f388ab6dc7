package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.ProjectFilter;

/** 调度看板: the totals, rankings, red and yellow lists and charts for the project office and the leaders. */
@Controller
@PreAuthorize("hasAnyRole('DISPATCHER','LEADER','SUPERVISOR')")
class DashboardPages {
    private final AnalysisService analysis;
    private final OrganisationService organisation;

    private final org.springframework.beans.factory.ObjectProvider<LedgerProcedures> procedures;
    private final MonthCorrections corrections;
    private final org.springframework.beans.factory.ObjectProvider<InvestmentCard> investments;
    private final org.springframework.beans.factory.ObjectProvider<PublishedRanking> rankings;

    private final org.springframework.beans.factory.ObjectProvider<FundsCard> funds;

    DashboardPages(AnalysisService analysis, OrganisationService organisation,
            org.springframework.beans.factory.ObjectProvider<LedgerProcedures> procedures,
            MonthCorrections corrections,
            org.springframework.beans.factory.ObjectProvider<FundsCard> funds,
            org.springframework.beans.factory.ObjectProvider<InvestmentCard> investments,
            org.springframework.beans.factory.ObjectProvider<PublishedRanking> rankings) {
        this.investments = investments;
        this.rankings = rankings;
        this.corrections = corrections;
        this.procedures = procedures;
        this.funds = funds;
        this.analysis = analysis;
        this.organisation = organisation;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String ym, @RequestParam(required = false) String groupBy,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        AnalysisService.Month m = pageMonth(ym);
        GroupBy g = parseGroup(groupBy);
        String region = regionCode == null || regionCode.isBlank() ? organisation.regionTree().startingPoint(user.regionCode()) : regionCode;
        Summary summary;
        try {
            summary = analysis.summary(m, g, region, user);
        } catch (ValidationException e) {
            region = null;
            summary = analysis.summary(m, g, null, user);
        }
        List<ProjectFigures> figures = analysis.ledger(m, new ProjectFilter(m.year(), region, null, null, null, null),
                user);
        // docs/figures.md §11: suspended projects are listed apart, not among the red and yellow ones
        var suspended = analysis.suspensions(m, figures);
        List<ProjectFigures> warned = new ArrayList<>(figures.stream().filter(f -> f.warning() != Warning.GREEN)
                .filter(f -> !suspended.containsKey(f.project().id())).toList());
        warned.sort((a, b) -> a.warning() != b.warning() ? a.warning().compareTo(b.warning())
                : a.gap().compareTo(b.gap()));
        AnalysisService.MonthlyCurve curve = analysis.curve(m.year(), figures);

        model.addAttribute("summary", summary);
        MonthCorrections.Corrections fixes = corrections.of(m.year(), m.month(), region, user);
        model.addAttribute("frozenAt", fixes.frozenAt());
        model.addAttribute("corrections", fixes.corrections());
        model.addAttribute("ym", String.format("%04d-%02d", m.year(), m.month()));
        model.addAttribute("groupBy", g.name());
        model.addAttribute("regionCode", region);
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        kept.put("ym", String.format("%04d-%02d", m.year(), m.month()));
        kept.put("groupBy", groupBy);
        kept.put("regionCode", regionCode);
        cn.diaodu.common.ListPage<ProjectFigures> warnedPage = cn.diaodu.common.ListPage.of("/dashboard", kept, warned,
                Map.of(), null, null, page, size);
        model.addAttribute("warnedPage", warnedPage);
        model.addAttribute("procedureCard", procedureCard(m, figures));
        // docs/figures.md §13: the card 向上争取资金, when a module keeps the fund applications
        FundsCard fc = funds.getIfAvailable();
        model.addAttribute("fundsCard", fc == null ? null : fc.card(m.year(), region, user));
        // docs/figures.md §12: the card 招商引资, when a module keeps the attraction pipeline
        InvestmentCard ic = investments.getIfAvailable();
        model.addAttribute("investmentCard", ic == null ? null : ic.card(m.year(), region, user));
        model.addAttribute("suspendedRows", figures.stream().filter(f -> suspended.containsKey(f.project().id()))
                .map(f -> Map.of("f", f, "s", suspended.get(f.project().id()))).toList());
        model.addAttribute("warned", warnedPage.items());
        model.addAttribute("unitNames", analysis.unitNames());
        model.addAttribute("regionTree", organisation.regionTree());
        model.addAttribute("regions", organisation.regionTree().within(user.regionCode()));
        model.addAttribute("chart", chartData(summary, curve, m.month()));
        return "analysis/dashboard";
    }

    /** 大屏: the meeting-room display, full screen, refreshing itself every {@code refresh} seconds (default 60). */
    @GetMapping("/screen")
    String screen(@RequestParam(required = false) String ym, @RequestParam(required = false) String regionCode,
            @RequestParam(defaultValue = "60") int refresh, Model model) {
        CurrentUser user = CurrentUsers.get();
        AnalysisService.Month m = pageMonth(ym);
        String region = regionCode == null || regionCode.isBlank() ? organisation.regionTree().startingPoint(user.regionCode()) : regionCode;
        Summary byRegion = analysis.summary(m, GroupBy.REGION, region, user);
        Summary byCategory = analysis.summary(m, GroupBy.CATEGORY, region, user);
        List<ProjectFigures> figures = analysis.ledger(m, new ProjectFilter(m.year(), region, null, null, null, null),
                user);
        List<ProjectFigures> red = figures.stream().filter(f -> f.warning() == Warning.RED)
                .sorted((a, b) -> a.gap().compareTo(b.gap())).limit(12).toList();
        Map<String, Object> chart = new java.util.HashMap<>(chartData(byRegion, analysis.curve(m.year(), figures),
                m.month()));
        chart.put("categories", byCategory.groups().stream()
                .map(g -> Map.of("name", g.name(), "value", g.annualPlan())).toList());
        model.addAttribute("summary", byRegion);
        model.addAttribute("red", red);
        model.addAttribute("ym", String.format("%04d-%02d", m.year(), m.month()));
        model.addAttribute("regionCode", region);
        model.addAttribute("regionName", region == null ? "" : organisation.regionTree().get(region).name());
        model.addAttribute("refresh", Math.max(15, Math.min(refresh, 3600)));
        model.addAttribute("chart", chart);
        model.addAttribute("ranking", rankings.getIfAvailable(() -> PublishedRanking.NONE).latest(user, region)
                .orElse(null));
        return "analysis/screen";
    }

    /** The month asked for, judged as a page judges it (docs/figures.md §0), else the reporting month. */
    private AnalysisService.Month pageMonth(String ym) {
        AnalysisService.Month m = monthOf(ym);
        return m == null ? analysis.reportingMonth() : analysis.pageMonth(m.year(), m.month());
    }

    static AnalysisService.Month monthOf(String ym) {
        if (ym != null && ym.matches("\\d{4}-\\d{2}")) {
            int y = Integer.parseInt(ym.substring(0, 4));
            int mo = Integer.parseInt(ym.substring(5));
            if (mo >= 1 && mo <= 12 && y >= 2000 && y <= 2100) {
                return new AnalysisService.Month(y, mo);
            }
        }
        return null;
    }

    private static GroupBy parseGroup(String g) {
        try {
            return g == null ? GroupBy.REGION : GroupBy.valueOf(g);
        } catch (IllegalArgumentException e) {
            return GroupBy.REGION;
        }
    }

    /** The numbers the ECharts charts draw, as plain lists for JSON inlining; the curve in 亿元 like the KPIs. */
    private static Map<String, Object> chartData(Summary s, AnalysisService.MonthlyCurve curve, int month) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        List<BigDecimal> expected = new ArrayList<>();
        for (Summary.Group g : s.groups()) {
            names.add(g.name());
            rates.add(g.completionRate());
            expected.add(g.expectedRate());
        }
        List<BigDecimal> cumDone = new ArrayList<>();
        List<BigDecimal> cumPlan = new ArrayList<>();
        BigDecimal done = BigDecimal.ZERO;
        BigDecimal plan = BigDecimal.ZERO;
        for (int i = 0; i < 12; i++) {
            plan = plan.add(curve.planned()[i]);
            cumPlan.add(cn.diaodu.common.Money.toYi(plan, 2));
            done = done.add(curve.completed()[i]);
            cumDone.add(i < month ? cn.diaodu.common.Money.toYi(done, 2) : null);
        }
        return Map.of("names", names, "rates", rates, "expected", expected, "cumDone", cumDone, "cumPlan", cumPlan,
                "warnings", List.of(s.total().red(), s.total().yellow(), s.total().green()));
    }

    /**
     * The card 前期手续 (docs/figures.md §10): projects not started at the month's end and their share, those ready to
     * start, and those with a procedure overdue; none without the procedures module.
     */
    private Map<String, Object> procedureCard(AnalysisService.Month m, List<ProjectFigures> figures) {
        LedgerProcedures lp = procedures.getIfAvailable(() -> LedgerProcedures.NONE);
        if (lp == LedgerProcedures.NONE || figures.isEmpty()) {
            return null;
        }
        long notStarted = figures.stream().filter(f -> !f.started()).count();
        int ready = lp.readyProjectIds(m.year(), m.month(), figures.stream().map(ProjectFigures::project).toList())
                .size();
        int overdue = lp.projectsWithOverdue(figures.stream().map(f -> f.project().id()).toList()).size();
        return Map.of("notStarted", notStarted, "share", java.math.BigDecimal.valueOf(notStarted * 100)
                .divide(java.math.BigDecimal.valueOf(figures.size()), 2, java.math.RoundingMode.HALF_UP).toPlainString(),
                "ready", ready, "overdue", overdue);
    }
}
