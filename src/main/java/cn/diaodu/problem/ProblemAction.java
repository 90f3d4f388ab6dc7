package cn.diaodu.problem;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of a problem's timeline. CREATE is the raising and first assignment; the others are the transitions of
 * {@code POST /api/problems/{id}/<action>} (the action's name in lower case); ASSIGN (转办) gives the problem to
 * another unit with a new deadline; REMIND (催办) reminds the unit.
 */
public enum ProblemAction {
    CREATE, ACCEPT, FEEDBACK, RESOLVE, VERIFY, REOPEN, ESCALATE, ASSIGN, REMIND;

    private static final Set<ProblemStatus> OPEN = EnumSet.of(ProblemStatus.ASSIGNED, ProblemStatus.ACCEPTED);

    /**
     * The transition table of CONTRACT §9: the states the action may start from (none for CREATE). The service derives
     * both its 409 and the condition of its conditional write from it.
     */
    public Set<ProblemStatus> from() {
        return switch (this) {
            case ACCEPT -> EnumSet.of(ProblemStatus.ASSIGNED);
            case FEEDBACK, RESOLVE, ASSIGN, REMIND, ESCALATE -> OPEN;
            case VERIFY -> EnumSet.of(ProblemStatus.RESOLVED);
            case REOPEN -> EnumSet.of(ProblemStatus.RESOLVED, ProblemStatus.CLOSED);
            case CREATE -> EnumSet.noneOf(ProblemStatus.class);
        };
    }

    /** Whether the status and level allow the action (else 409); escalation needs a level above the current one. */
    public boolean allows(ProblemStatus s, ProblemLevel level) {
        return from().contains(s) && (this != ESCALATE || level.next() != null);
    }

    /** The state condition of the action's conditional write: {@code status in ('ASSIGNED', …)}. */
    String whereFrom() {
        return cn.diaodu.common.StatusGuard.statusIn(from());
    }

    /** The path segment of the transition. */
    public String path() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
