package cn.diaodu.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.notification.NotificationService.Message;
import cn.diaodu.problem.ProblemAssigned;
import cn.diaodu.problem.ProblemEscalated;
import cn.diaodu.problem.ProblemRaised;
import cn.diaodu.problem.ProblemReminded;
import cn.diaodu.problem.ProblemReopened;
import cn.diaodu.problem.ProblemState;
import cn.diaodu.reporting.ReportReturned;
import cn.diaodu.reporting.UnitReminded;
import cn.diaodu.supervision.TaskAssigned;
import cn.diaodu.supervision.TaskReminded;
import cn.diaodu.supervision.TaskReturned;

/**
 * Tells a unit what happened to its reports, problems and tasks: listens after commit, in a transaction of its own
 * ({@link ApplicationModuleListener}), to the events that concern the unit, and writes the in-app notification
 * (which the external channels then deliver). A publication left incomplete by a failure is retried.
 */
@Component
class UnitNotices {
    private final NotificationService notifications;

    UnitNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    // ---- reporting -----------------------------------------------------------------------------------------

    @ApplicationModuleListener
    public void on(ReportReturned e) {
        notifications.send(new Message(e.unitId(), "RETURNED", "【退回】" + e.projectName() + " " + e.period()
                + " 月报被退回", "退回原因：" + e.reason(), "/reports/grid?period=" + e.period()));
    }

    @ApplicationModuleListener
    public void on(UnitReminded e) {
        Period period = Period.parse(e.period(), "period");
        String deadline = e.deadline().atZoneSameInstant(AppClock.ZONE).toLocalDateTime().toString().replace('T', ' ');
        String month = period.year() + "年" + period.month() + "月重点项目月报";
        String title = e.overdue() ? "【逾期未报】" + month + "已于" + deadline + "截止"
                : "【催报】" + month + "将于" + deadline + "截止";
        String body = e.unitName() + "：共" + e.projects() + "个重点项目，尚有" + e.missing()
                + "个未报送，请抓紧在系统中填报；本月确无新增投资的，请报送零报告。";
        notifications.send(new Message(e.unitId(), e.overdue() ? "OVERDUE" : "REMINDER", title, body,
                "/reports/grid?period=" + period));
    }

    // ---- supervision ---------------------------------------------------------------------------------------

    @ApplicationModuleListener
    public void on(TaskAssigned e) {
        notifications.send(new Message(e.unitId(), "TASK_ASSIGNED", "【督办】" + brief(e.content()),
                "责任人：" + e.responsiblePerson() + "；办结时限：" + e.dueDate() + "。请按期办理并反馈。", task(e.taskId())));
    }

    @ApplicationModuleListener
    public void on(TaskReturned e) {
        notifications.send(new Message(e.unitId(), "TASK_RETURNED", "【督办退回】" + brief(e.content()),
                "退回原因：" + e.note(), task(e.taskId())));
    }

    @ApplicationModuleListener
    public void on(TaskReminded e) {
        notifications.send(new Message(e.unitId(), "TASK_REMINDER", "【催办】" + brief(e.content()),
                (e.note() == null ? "" : e.note() + "；") + "办结时限：" + e.dueDate() + (e.overdue() ? "（已逾期）" : ""),
                task(e.taskId())));
    }

    private static String task(long id) {
        return "/tasks/" + id;
    }

    // ---- problems ------------------------------------------------------------------------------------------

    @ApplicationModuleListener
    public void on(ProblemRaised e) {
        notifications.send(assigned(e.problem(), "【问题交办】"));
    }

    @ApplicationModuleListener
    public void on(ProblemAssigned e) {
        notifications.send(assigned(e.after(), "【问题转办】"));
    }

    @ApplicationModuleListener
    public void on(ProblemReopened e) {
        ProblemState p = e.after();
        notifications.send(problem(p, "PROBLEM_REOPENED", "【问题退回重办】",
                "退回原因：" + e.note() + "。请于" + p.dueDate() + "前办结并反馈。"));
    }

    @ApplicationModuleListener
    public void on(ProblemEscalated e) {
        ProblemState p = e.after();
        String level = p.level().label();
        notifications.send(e.automatic()
                ? problem(p, "PROBLEM_ESCALATED", "【逾期升级】" + level + "：", e.note() + "。")
                : problem(p, "PROBLEM_ESCALATED", "【问题升级】" + level + "：", "问题已提级至" + level + "。" + e.note()));
    }

    @ApplicationModuleListener
    public void on(ProblemReminded e) {
        ProblemState p = e.after();
        notifications.send(e.automatic()
                ? problem(p, "PROBLEM_REMINDER", "【到期提醒】", "今天（" + p.dueDate() + "）是办理期限，请按时办结并反馈。")
                : problem(p, "PROBLEM_REMINDER", "【催办】",
                        (e.note() == null ? "请抓紧办理。" : e.note() + "。") + "办理期限：" + p.dueDate() + "。"));
    }

    private static Message assigned(ProblemState p, String prefix) {
        return problem(p, "PROBLEM_ASSIGNED", prefix, "问题类别：" + p.category().label() + "。请于" + p.dueDate()
                + "前（" + p.dueWorkingDays() + "个工作日内）办结并在系统中反馈。");
    }

    private static Message problem(ProblemState p, String kind, String prefix, String body) {
        String title = prefix + shorten(p.title(), 150);
        String text = (p.projectName() == null ? "" : "项目：" + p.projectName() + "。") + "问题：" + p.title() + "。"
                + body;
        return new Message(p.assigneeUnitId(), kind, title, shorten(text, 2000), "/problems/" + p.id());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** A task's title: its first 40 characters. */
    private static String brief(String content) {
        return content.length() <= 40 ? content : content.substring(0, 40) + "…";
    }
}
