package cn.diaodu.supervision;

import java.util.List;
import java.util.Set;

/**
 * The projects with an open problem escalated beyond the unit (to the leader or the government): they join the
 * meeting's agenda. Implemented by the problem ledger.
 */
public interface EscalatedProblems {
    Set<Long> projectsWithOpenEscalatedProblems();

    /** The project's problems not yet closed (未销号), one line each, for the meeting's brief. */
    default List<String> openProblemsOf(long projectId) {
        return List.of();
    }
}
