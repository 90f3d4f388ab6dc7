package cn.diaodu.supervision;

import java.util.Set;

/**
 * The workflow of a supervision task in one place (CONTRACT §10): each action, the states it may start from, the
 * state it leads to and the time it stamps. The service writes every action as one conditional {@code update … where
 * id = ? and status in (…)} derived from here, so that the check and the change cannot be split by a concurrent one.
 */
enum TaskAction {
    /** 反馈: progress reported; the task stays open. */
    FEEDBACK(Set.of("OPEN"), "OPEN", null, "supervision.error.only-open-task-takes-feedback"),
    /** 办结 by the responsible unit. */
    COMPLETE(Set.of("OPEN"), "DONE", "done_at", "supervision.error.only-open-task-can-completed"),
    /** 核验销号 by the supervision office. */
    VERIFY(Set.of("DONE"), "CLOSED", "closed_at", "supervision.error.only-completed-task-can-verified"),
    /** 退回重办: back to the unit, no longer done. */
    REOPEN(Set.of("DONE"), "OPEN", null, "supervision.error.only-completed-task-can-sent-back"),
    /** 催办: recorded on the task; it stays open. */
    REMIND(Set.of("OPEN"), "OPEN", null, "supervision.error.task-no-longer-open");

    private final Set<String> from;
    private final String to;
    private final String stamp;
    private final String refusal;

    TaskAction(Set<String> from, String to, String stamp, String refusal) {
        this.from = from;
        this.to = to;
        this.stamp = stamp;
        this.refusal = refusal;
    }

    boolean allows(String status) {
        return from.contains(status);
    }

    String to() {
        return to;
    }

    String refusal() {
        return refusal;
    }

    /** Whether {@link #update} takes the time of the action as its first parameter. */
    boolean stamps() {
        return stamp != null;
    }

    /**
     * The conditional write of the action: parameters the time (when it {@link #stamps}) and the task's id. An action
     * that keeps the state writes the row all the same, so that it waits for a concurrent change of the task and
     * sees its outcome.
     */
    String update() {
        String set = "status = '" + to + "'" + (stamp != null ? ", " + stamp + " = ?" : "")
                + (this == REOPEN ? ", done_at = null" : "");
        return "update supervision_task set " + set + " where id = ? and "
                + cn.diaodu.common.StatusGuard.statusIn(from);
    }
}
