package cn.diaodu.suspension;

/** The states of a suspension (停缓建申请). */
public enum SuspensionStatus {
    /** Asked for, awaiting the project office's decision. */
    REQUESTED,
    /** Approved: the project is suspended from {@code from} until it resumes. */
    APPROVED,
    /** Refused by the project office. */
    REJECTED,
    /** Approved, and the project has resumed work (复工) on {@code resumedOn}. */
    RESUMED;

    /** Whether the suspension was approved (and so counts for the rule of CONTRACT §11). */
    public boolean approved() {
        return this == APPROVED || this == RESUMED;
    }
}
