package cn.diaodu.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §7: reporting periods, their status board and zero reports. */
@RestController
@RequestMapping("/api/periods")
class PeriodApi {
    private final PeriodService periods;
    private final ReportService reports;

    PeriodApi(PeriodService periods, ReportService reports) {
        this.periods = periods;
        this.reports = reports;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ReportingPeriod open(@RequestBody PeriodService.PeriodInput in) {
        return periods.open(in, CurrentUsers.get());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER','REPORTER','SUPERVISOR')")
    List<ReportingPeriod> list() {
        CurrentUsers.get();
        return periods.list();
    }

    @GetMapping("/{period}")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER','REPORTER','SUPERVISOR')")
    ReportingPeriod get(@PathVariable String period) {
        return periods.get(Period.parse(period, "period"));
    }

    @PostMapping("/{period}/close")
    ReportingPeriod close(@PathVariable String period) {
        return periods.close(Period.parse(period, "period"), CurrentUsers.get());
    }

    @PostMapping("/{period}/reopen")
    ReportingPeriod reopen(@PathVariable String period) {
        return periods.reopen(Period.parse(period, "period"), CurrentUsers.get());
    }

    @GetMapping("/{period}/status")
    List<UnitStatus> status(@PathVariable String period) {
        return periods.status(Period.parse(period, "period"), CurrentUsers.get());
    }

    @PostMapping("/{period}/units/{unitId}/zero")
    Map<String, Object> zero(@PathVariable String period, @PathVariable long unitId) {
        List<MonthlyReport> created = reports.zero(period, unitId, CurrentUsers.get());
        return Map.of("created", created.size(), "reports", created);
    }
}
