package cn.diaodu.problem;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily at {@code diaodu.problems.cron} (default 08:30), on one node (ShedLock): reminds the assignee unit of each open
 * problem due today ({@code diaodu.problems.due-reminders}, default true), and, when
 * {@code diaodu.problems.auto-escalate=true} (default false), escalates overdue problems one level — when they become
 * overdue, and again every {@code diaodu.problems.auto-escalate-every} working days (default 3) they stay overdue at
 * their level — noting it on the timeline and notifying the unit.
 */
@Component
public class ProblemJob {
    private static final Logger log = LoggerFactory.getLogger(ProblemJob.class);

    private final ProblemService problems;
    private final boolean dueReminders;
    private final boolean autoEscalate;
    private final int every;

    public ProblemJob(ProblemService problems,
            @Value("${diaodu.problems.due-reminders:true}") boolean dueReminders,
            @Value("${diaodu.problems.auto-escalate:false}") boolean autoEscalate,
            @Value("${diaodu.problems.auto-escalate-every:3}") int every) {
        this.problems = problems;
        this.dueReminders = dueReminders;
        this.autoEscalate = autoEscalate;
        this.every = every;
    }

    @Scheduled(cron = "${diaodu.problems.cron:0 30 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "problem-deadlines", lockAtMostFor = "PT30M")
    public void scheduled() {
        Result r = run();
        if (r.reminded() + r.escalated() > 0) {
            log.info("Problems: {} due-day reminders, {} automatic escalations", r.reminded(), r.escalated());
        }
    }

    /** What one run did. */
    public record Result(int reminded, int escalated) {
    }

    /** Today's reminders and escalations. */
    public Result run() {
        int escalated = autoEscalate ? problems.escalateOverdue(every) : 0;
        int reminded = dueReminders ? problems.remindDueToday() : 0;
        return new Result(reminded, escalated);
    }
}
