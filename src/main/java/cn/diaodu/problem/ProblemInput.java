package cn.diaodu.problem;

/** The body of POST /api/problems (CONTRACT §9); every field but {@code projectId} is required. */
public record ProblemInput(Long projectId, String title, String category, String description, Long assigneeUnitId,
        Integer dueWorkingDays) {
}
