package cn.diaodu.problem;

/**
 * The body of a transition: the note; for {@code assign} (转办) the new unit; for {@code assign} and {@code reopen}
 * optionally a new deadline in working days from today.
 */
public record ActionInput(String note, Long assigneeUnitId, Integer dueWorkingDays) {
    public static final ActionInput NONE = new ActionInput(null, null, null);

    public static ActionInput note(String note) {
        return new ActionInput(note, null, null);
    }
}
