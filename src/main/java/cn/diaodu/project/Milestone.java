package cn.diaodu.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A milestone (时间节点) of a project: what should be reached by {@code plannedDate}, and when it was
 * ({@code actualDate}, null until then). {@code overdue} and {@code daysOverdue} are judged at today
 * (docs/figures.md §4).
 */
public record Milestone(long id, long projectId, String name, LocalDate plannedDate, LocalDate actualDate,
        String note, boolean overdue, long daysOverdue, int version) {

    /** The one rule: not reached and planned before today (a milestone planned for today is not yet overdue). */
    public static boolean isOverdue(LocalDate plannedDate, LocalDate actualDate, LocalDate today) {
        return actualDate == null && plannedDate.isBefore(today);
    }

    /** The days from the planned date to today when overdue, else 0. */
    public static long daysOverdue(LocalDate plannedDate, LocalDate actualDate, LocalDate today) {
        return isOverdue(plannedDate, actualDate, today) ? ChronoUnit.DAYS.between(plannedDate, today) : 0;
    }
}
