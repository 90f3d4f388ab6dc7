package cn.diaodu.problem;

/**
 * What blocks a project, with the default deadline in working days when the problem is raised without one
 * ({@code diaodu.problems.default-due-days.<CATEGORY>} overrides it). APPROVAL: "手续齐全的，必须在3个工作日内办结".
 */
public enum ProblemCategory {
    LAND("用地", 10),
    APPROVAL("审批", 3),
    FUNDING("资金", 10),
    PLANNING("规划", 5),
    DEMOLITION("征地拆迁", 15),
    UTILITIES("水电路气", 5),
    OBSTRUCTION("阻工", 3),
    ENVIRONMENT("环保", 5),
    OTHER("其他", 5);

    private final String label;
    private final int defaultDueDays;

    ProblemCategory(String label, int defaultDueDays) {
        this.label = label;
        this.defaultDueDays = defaultDueDays;
    }

    public String label() {
        return label;
    }

    public int defaultDueDays() {
        return defaultDueDays;
    }
}
