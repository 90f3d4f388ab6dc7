package cn.diaodu.problem;

/** The body of POST /api/problems; {@code dueWorkingDays} null: the category's default. */
public record ProblemInput(Long projectId, String title, String category, String description, Long assigneeUnitId,
        Integer dueWorkingDays) {
}
