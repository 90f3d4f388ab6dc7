package cn.diaodu.analysis;

import java.util.Map;

import cn.diaodu.common.ListExport;
import cn.diaodu.common.Messages;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;

/** The columns of the ledger's XLSX export, declared once: what the list shows, with the reasons of each warning. */
final class LedgerExport {
    private LedgerExport() {
    }

    static ListExport<ProjectFigures> of(AnalysisService.Month month, Map<Long, String> units,
            Map<Long, String> leaders, RegionTree regions) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        return ListExport.<ProjectFigures>titled("ledger.export.title", month.year(), month.month())
                .column("project.code", 14, f -> f.project().code())
                .column("project.name", 36, f -> f.project().name())
                .column("project.region", 12, f -> {
                    Region r = regions.get(f.project().regionCode());
                    return r == null ? f.project().regionCode() : r.name();
                })
                .column("project.leadUnit", 24, f -> units.getOrDefault(f.project().leadUnitId(), ""))
                .column("project.leader", 10, f -> f.project().leaderId() == null ? ""
                        : leaders.getOrDefault(f.project().leaderId(), ""))
                .column("project.category", 12, f -> Messages.text("category." + f.project().category().name()))
                .column("project.level", 8, f -> Messages.text("level." + f.project().level().name()))
                .column("fig.annualPlan", 14, ProjectFigures::annualPlan)
                .column("fig.completed", 14, ProjectFigures::completed)
                .column("fig.completionRate", 10, ProjectFigures::completionRate)
                .column("fig.expectedRate", 10, ProjectFigures::expectedRate)
                .column("fig.gap", 12, ProjectFigures::gap)
                .column("fig.started", 8, f -> Messages.text(f.started() ? "common.yes" : "common.no"))
                .column("fig.warning", 10, f -> Messages.text("warning." + f.warning().name()))
                .column("fig.reasons", 50, f -> String.join("；", f.reasonsIn(locale)))
                // the record of CONTRACT §11, after the columns the export had
                .column("project.ownerName", 24, f -> nz(f.project().ownerName()))
                .column("project.contactName", 10, f -> f.project().contact() == null ? ""
                        : nz(f.project().contact().name()))
                .column("project.contactPhone", 14, f -> f.project().contact() == null ? ""
                        : nz(f.project().contact().phone()))
                .column("project.cooperatingUnits", 30, f -> String.join("、", f.project().cooperatingUnitIds()
                        .stream().map(u -> units.getOrDefault(u, "")).toList()))
                .column("project.content", 50, f -> nz(f.project().content()))
                .column("project.actualCompletion", 12, f -> f.project().actualCompletion())
                .column("project.completedBefore", 14, f -> f.project().completedBefore())
                .column("project.funding.plannedTotal", 14, f -> fundingSum(f, true))
                .column("project.funding.inPlaceTotal", 14, f -> fundingSum(f, false));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static java.math.BigDecimal fundingSum(ProjectFigures f, boolean planned) {
        if (f.project().funding().isEmpty()) {
            return null;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (var line : f.project().funding()) {
            java.math.BigDecimal v = planned ? line.planned() : line.inPlace();
            sum = v == null ? sum : sum.add(v);
        }
        return sum;
    }
}
