package cn.diaodu.reporting;

/**
 * Data-quality flags (数据质量提示) raised when a report is submitted. They warn the reporter before saving and the
 * reviewer afterwards; they never refuse a report.
 */
public enum QualityFlag {
    /** This month is more than three times the project's average month so far this year. */
    SPIKE("本月投资超过本年此前月均的3倍"),
    /** Completed this year is above the annual plan. */
    OVER_ANNUAL_PLAN("本年累计完成超过年度计划"),
    /** Cumulative investment (before this year plus this year) is above the total investment. */
    OVER_TOTAL_INVESTMENT("累计完成投资超过项目总投资"),
    /** Investment reported on a project that has not started. */
    NOT_STARTED("项目尚未开工却填报了投资"),
    /** The physical progress is empty. */
    PROGRESS_EMPTY("形象进度未填写"),
    /** The physical progress is word for word last month's. */
    PROGRESS_UNCHANGED("形象进度与上月完全相同");

    private final String message;

    QualityFlag(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
