package cn.diaodu.problem;

/**
 * The steps of a problem's timeline. CREATE is the raising and first assignment; the others are the transitions of
 * {@code POST /api/problems/{id}/<action>} (the action's name in lower case); ASSIGN (转办) gives the problem to
 * another unit with a new deadline; REMIND (催办) reminds the unit.
 */
public enum ProblemAction {
    CREATE, ACCEPT, FEEDBACK, RESOLVE, VERIFY, REOPEN, ESCALATE, ASSIGN, REMIND;

    /** The path segment of the transition. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
