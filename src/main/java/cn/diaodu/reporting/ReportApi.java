package cn.diaodu.reporting;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.ProjectService;

/** CONTRACT §5 and §7: a project's monthly reports and their history. */
@RestController
@RequestMapping("/api/projects/{id}/reports")
class ReportApi {
    private final ReportService reports;
    private final ProjectService projects;

    ReportApi(ReportService reports, ProjectService projects) {
        this.reports = reports;
        this.projects = projects;
    }

    @PutMapping("/{period}")
    MonthlyReport put(@PathVariable long id, @PathVariable String period, @RequestBody ReportInput in) {
        return reports.put(id, period, in, CurrentUsers.get());
    }

    /** The body of return and unlock. */
    record Reason(String reason) {
    }

    @PostMapping("/{period}/approve")
    MonthlyReport approve(@PathVariable long id, @PathVariable String period) {
        return reports.approve(id, period, CurrentUsers.get());
    }

    @PostMapping("/{period}/return")
    MonthlyReport returnReport(@PathVariable long id, @PathVariable String period,
            @RequestBody(required = false) Reason body) {
        return reports.returnReport(id, period, body == null ? null : body.reason(), CurrentUsers.get());
    }

    @PostMapping("/{period}/unlock")
    MonthlyReport unlock(@PathVariable long id, @PathVariable String period,
            @RequestBody(required = false) Reason body) {
        return reports.unlock(id, period, body == null ? null : body.reason(), CurrentUsers.get());
    }

    /** The data-quality flags these values would raise, without saving (the reporter's preview). */
    @PostMapping("/{period}/check")
    List<Map<String, String>> check(@PathVariable long id, @PathVariable String period, @RequestBody ReportInput in) {
        return reports.preview(id, Period.parse(period, "period"), in, CurrentUsers.get()).stream()
                .map(f -> Map.of("flag", f.name(), "message", f.message())).toList();
    }

    @GetMapping
    List<MonthlyReport> list(@PathVariable long id) {
        projects.get(id, CurrentUsers.get());
        return reports.ofProject(id);
    }

    @GetMapping("/{period}")
    MonthlyReport get(@PathVariable long id, @PathVariable String period) {
        CurrentUser user = CurrentUsers.get();
        projects.get(id, user);
        return reports.find(id, Period.parse(period, "period"))
                .orElseThrow(() -> new NotFoundException("report " + id + " " + period));
    }

    @GetMapping("/{period}/history")
    List<ReportVersion> history(@PathVariable long id, @PathVariable String period) {
        projects.get(id, CurrentUsers.get());
        return reports.history(id, Period.parse(period, "period"));
    }
}
