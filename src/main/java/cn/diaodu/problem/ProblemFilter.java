package cn.diaodu.problem;

/** The filters of GET /api/problems; null: no filter. */
public record ProblemFilter(ProblemStatus status, Boolean overdue, Long assigneeUnitId, Long projectId,
        ProblemCategory category, ProblemLevel level) {
    public static final ProblemFilter ALL = new ProblemFilter(null, null, null, null, null, null);
}
