package cn.diaodu.supervision;

import java.util.Set;

/**
 * The projects with an open problem escalated beyond the unit (to the leader or the government): they join the
 * meeting's agenda. Implemented by the problem ledger.
 */
public interface EscalatedProblems {
    Set<Long> projectsWithOpenEscalatedProblems();
}
