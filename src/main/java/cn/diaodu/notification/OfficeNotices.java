package cn.diaodu.notification;

import java.util.Optional;
import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.notification.NotificationService.Message;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.problem.Problem;
import cn.diaodu.problem.ProblemResolved;
import cn.diaodu.problem.ProblemService;
import cn.diaodu.problem.ProblemState;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.PeriodService;
import cn.diaodu.reporting.UnitReminded;
import cn.diaodu.reporting.UnitStatus;
import cn.diaodu.reporting.ZeroReportDeclared;
import cn.diaodu.supervision.SupervisionService;
import cn.diaodu.supervision.SupervisionTask;
import cn.diaodu.supervision.TaskCompleted;

/**
 * Tells the offices — the project office (DISPATCHER) and the supervision office (SUPERVISOR) — what awaits them
 * (issue 11, point 6), after commit, in a transaction of its own ({@link ApplicationModuleListener}):
 * <ul>
 * <li>a problem awaits verification ({@link ProblemResolved}) and a task was completed ({@link TaskCompleted}):
 * both offices, which both verify;</li>
 * <li>a unit has submitted its reports for a month: the project office, which reviews them, once per unit and month
 * — when the last of the unit's projects of the month has a report and some await review, for a month still being
 * reported (the current month, the one before, or one whose period is open); from {@link ZeroReportDeclared} and
 * from {@code ReportSubmitted}, coalesced to one {@link UnitReportsSubmitted} per unit and month of a transaction
 * (a grid, an import of thousands of rows) by {@link SubmittedReports};</li>
 * <li>a unit has missed its reports: both offices, once per unit and period, when the reminder job finds the unit's
 * reports missing the day after the deadline ({@link UnitReminded} overdue).</li>
 * </ul>
 * Each notice carries the region of its subject (the project's and the unit's), so that a dispatcher bounded to a
 * county hears only of its county.
 */
@Component
class OfficeNotices {
    /** The listener reads as the offices, for the whole system. */
    private static final CurrentUser OFFICE = new CurrentUser(0L, "system", "系统",
            Set.of(Role.DISPATCHER, Role.SUPERVISOR), null, null);

    private final NotificationService notifications;
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final ProblemService problems;
    private final SupervisionService supervision;
    private final PeriodService periods;
    private final AppClock clock;

    OfficeNotices(NotificationService notifications, OrganisationService organisation, ProjectService projects,
            ProblemService problems, SupervisionService supervision, PeriodService periods, AppClock clock) {
        this.clock = clock;
        this.notifications = notifications;
        this.organisation = organisation;
        this.projects = projects;
        this.problems = problems;
        this.supervision = supervision;
        this.periods = periods;
    }

    @ApplicationModuleListener
    public void on(ProblemResolved e) {
        ProblemState p = e.after();
        Problem problem = problems.get(p.id(), OFFICE);
        Unit unit = unit(p.assigneeUnitId());
        String body = unit.name() + "已办结，请核验。" + (p.projectName() == null ? "" : "项目：" + p.projectName() + "。")
                + "问题：" + p.title() + "。" + (e.note() == null || e.note().isBlank() ? "" : "办结说明：" + e.note());
        notifications.send(new Message(p.assigneeUnitId(), "PROBLEM_RESOLVED", "【待核验】" + shorten(p.title(), 150),
                shorten(body, 2000), "/problems/" + p.id(), Audience.OFFICES, projectRegion(problem.projectId(), unit),
                unit.regionCode(), null));
    }

    @ApplicationModuleListener
    public void on(TaskCompleted e) {
        SupervisionTask t = supervision.task(e.taskId(), OFFICE);
        Unit unit = unit(e.unitId());
        String body = unit.name() + "已办结督办事项，请核验。事项：" + e.content() + "。"
                + (e.note() == null || e.note().isBlank() ? "" : "办结说明：" + e.note());
        notifications.send(new Message(e.unitId(), "TASK_COMPLETED", "【待核验】督办事项已办结：" + shorten(e.content(), 40),
                shorten(body, 2000), "/tasks/" + e.taskId(), Audience.OFFICES, projectRegion(t.projectId(), unit),
                unit.regionCode(), null));
    }

    /** The reports of a unit and month changed in one transaction ({@link SubmittedReports} coalesces them). */
    @ApplicationModuleListener
    public void on(UnitReportsSubmitted e) {
        submittedAll(e.unitId(), e.period());
    }

    @ApplicationModuleListener
    public void on(ZeroReportDeclared e) {
        submittedAll(e.unitId(), e.period());
    }

    /**
     * The unit's projects of the month all have a report now, and some await review: tell the project office, once
     * per unit and month.
     */
    private void submittedAll(long unitId, String periodText) {
        Period period = Period.parse(periodText, "period");
        String key = "UNIT_SUBMITTED:" + unitId + ":" + period;
        if (current(period) && !notifications.sent(key)) {
            checkSubmitted(unitId, period, key);
        }
    }

    private void checkSubmitted(long unitId, Period period, String key) {
        Optional<UnitStatus> status = periods.status(period, OFFICE).stream().filter(u -> u.unitId() == unitId)
                .findFirst();
        if (status.isEmpty() || status.get().missing() > 0 || status.get().submitted() == 0) {
            return;
        }
        UnitStatus u = status.get();
        String title = "【已报送】" + u.unitName() + " " + month(period) + "月报已全部报送";
        String body = "共" + u.projects() + "个项目：待审核" + u.submitted() + "个，已通过" + u.approved() + "个，被退回"
                + u.returned() + "个" + (u.zero() > 0 ? "（其中零报告" + u.zero() + "个）" : "")
                + (u.late() > 0 ? "，逾期报送" + u.late() + "个" : "") + "。";
        notifications.send(new Message(unitId, "UNIT_SUBMITTED", title, body, "/review?period=" + period,
                Audience.DISPATCHER, u.regionCode(), u.regionCode(), key));
    }

    /**
     * Whether the month is still being reported: the current month, the one before, or a month whose reporting period
     * is open — not the back-filling of a month long past (the demo city's, an import of last year's reports).
     */
    private boolean current(Period period) {
        java.time.YearMonth month = java.time.YearMonth.of(period.year(), period.month());
        return !month.isBefore(clock.currentMonth().minusMonths(1))
                || periods.find(period).map(p -> p.closedAt() == null).orElse(false);
    }

    @ApplicationModuleListener
    public void on(UnitReminded e) {
        if (!e.overdue()) {
            return;
        }
        Period period = Period.parse(e.period(), "period");
        String region = unit(e.unitId()).regionCode();
        String deadline = e.deadline().atZoneSameInstant(AppClock.ZONE).toLocalDateTime().toString().replace('T', ' ');
        String title = "【逾期未报】" + e.unitName() + " " + month(period) + "月报";
        String body = month(period) + "月报已于" + deadline + "截止，" + e.unitName() + "共" + e.projects() + "个项目，尚有"
                + e.missing() + "个未报送。";
        notifications.send(new Message(e.unitId(), "UNIT_MISSED", title, body, "/periods/" + period, Audience.OFFICES,
                region, region, "UNIT_MISSED:" + e.unitId() + ":" + period));
    }

    private Unit unit(long id) {
        return organisation.unit(id).orElse(new Unit(id, "", null, null));
    }

    /** The project's region, or without a project the unit's. */
    private String projectRegion(Long projectId, Unit unit) {
        return Optional.ofNullable(projectId).flatMap(projects::find).map(Project::regionCode)
                .orElse(unit.regionCode());
    }

    private static String month(Period p) {
        return p.year() + "年" + p.month() + "月";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
