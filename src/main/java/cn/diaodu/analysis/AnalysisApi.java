package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §6: the summary by group and the projects with their figures and warnings. */
@RestController
@RequestMapping("/api/analysis")
class AnalysisApi {
    private final AnalysisService analysis;
    private final MonthCorrections corrections;

    AnalysisApi(AnalysisService analysis, MonthCorrections corrections) {
        this.analysis = analysis;
        this.corrections = corrections;
    }

    /** docs/figures.md §8: a closed month's corrections against its record (none while the month is live). */
    @GetMapping("/corrections")
    MonthCorrections.Corrections corrections(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String regionCode) {
        var user = CurrentUsers.get();
        AnalysisService.requireAnalyst(user);
        AnalysisService.Month m = analysis.month(year, month);
        return corrections.of(m.year(), m.month(), regionCode, user);
    }

    @GetMapping("/summary")
    Summary summary(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer month,
            @RequestParam(required = false) String groupBy, @RequestParam(required = false) String regionCode) {
        var user = CurrentUsers.get();
        AnalysisService.requireAnalyst(user);
        GroupBy g = GroupBy.REGION;
        if (groupBy != null && !groupBy.isBlank()) {
            var errors = new java.util.ArrayList<FieldError>();
            g = Checks.parseEnum(GroupBy.class, groupBy, "groupBy", errors);
            Checks.throwIfAny(errors);
        }
        return analysis.summary(analysis.month(year, month), g, regionCode, user);
    }

    /** One project's row of GET /api/analysis/projects. */
    record ProjectRow(long id, String code, String name, String regionCode, long leadUnitId, Long leaderId,
            String category, BigDecimal annualPlan, BigDecimal completed, BigDecimal expected,
            BigDecimal completionRate, BigDecimal expectedRate, BigDecimal gap, boolean started, Warning warning,
            List<String> reasons, boolean suspended) {
    }

    @GetMapping("/projects")
    List<ProjectRow> projects(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String warning,
            @RequestParam(required = false) String regionCode,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Accept-Language", required = false)
            String acceptLanguage) {
        var user = CurrentUsers.get();
        AnalysisService.requireAnalyst(user);
        java.util.Locale language = acceptLanguage == null || acceptLanguage.isBlank() ? java.util.Locale.CHINESE
                : Reason.language(java.util.Locale.lookup(java.util.Locale.LanguageRange.parse(acceptLanguage),
                        List.of(java.util.Locale.ENGLISH, java.util.Locale.CHINESE)));
        Warning w = null;
        if (warning != null && !warning.isBlank()) {
            var errors = new java.util.ArrayList<FieldError>();
            w = Checks.parseEnum(Warning.class, warning, "warning", errors);
            Checks.throwIfAny(errors);
        }
        Warning only = w;
        AnalysisService.Month m = analysis.month(year, month);
        List<ProjectFigures> all = analysis.projectFigures(m, regionCode, user);
        // CONTRACT §11: suspended(p, M); the warning stays that of §6 (docs/figures.md §11)
        java.util.Set<Long> suspended = analysis.suspensions(m, all).keySet();
        return all.stream()
                .filter(f -> only == null || f.warning() == only)
                .map(f -> new ProjectRow(f.project().id(), f.project().code(), f.project().name(),
                        f.project().regionCode(), f.project().leadUnitId(), f.project().leaderId(),
                        f.project().category().name(), f.annualPlan(), f.completed(), f.expected(),
                        f.completionRate(), f.expectedRate(), f.gap(), f.started(), f.warning(), f.reasonsIn(language),
                        suspended.contains(f.project().id())))
                .toList();
    }
}
