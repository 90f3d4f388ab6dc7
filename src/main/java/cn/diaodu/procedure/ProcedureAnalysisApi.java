package cn.diaodu.procedure;

import java.time.YearMonth;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.reporting.ReportingMonth;

/** CONTRACT §11 and docs/figures.md §10 (前期手续): the procedures' overview and the approving units' ranking. */
@RestController
class ProcedureAnalysisApi {
    private final ProcedureFigures figures;
    private final ReportingMonth reportingMonth;

    ProcedureAnalysisApi(ProcedureFigures figures, ReportingMonth reportingMonth) {
        this.figures = figures;
        this.reportingMonth = reportingMonth;
    }

    /** {@code ?year=Y&month=M[&regionCode=]}; a missing year or month is the reporting month's (December of a past year). */
    @GetMapping("/api/analysis/procedures")
    ProcedureAnalysis analysis(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month, @RequestParam(required = false) String regionCode) {
        YearMonth m = month(reportingMonth.current(), year, month);
        return figures.analysis(m.getYear(), m.getMonthValue(), regionCode, CurrentUsers.get());
    }

    @GetMapping("/api/analysis/procedures/approvers")
    List<ProcedureAnalysis.Approver> approvers(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String regionCode) {
        int y = year == null ? reportingMonth.current().getYear() : year;
        return figures.approvers(y, regionCode, CurrentUsers.get());
    }

    /** The month asked for; what is missing from the reporting month (a past year: December). */
    static YearMonth month(YearMonth reporting, Integer year, Integer month) {
        int y = year == null ? reporting.getYear() : year;
        if (y < 2000 || y > 2100) {
            throw cn.diaodu.common.ValidationException.of("year", "analysis.error.year-must-2000-2100");
        }
        if (month != null) {
            ProcedureFigures.checkMonth(month);
            return YearMonth.of(y, month);
        }
        if (y == reporting.getYear()) {
            return reporting;
        }
        return YearMonth.of(y, y < reporting.getYear() ? 12 : 1);
    }
}
