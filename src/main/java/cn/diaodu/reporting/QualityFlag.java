package cn.diaodu.reporting;

import cn.diaodu.common.Messages;

/**
 * Data-quality flags (数据质量提示) raised when a report is submitted. They warn the reporter before saving and the
 * reviewer afterwards; they never refuse a report.
 */
public enum QualityFlag {
    /** This month is more than three times the project's average month so far this year. */
    SPIKE,
    /** Completed this year is above the annual plan. */
    OVER_ANNUAL_PLAN,
    /** Cumulative investment (before this year plus this year) is above the total investment. */
    OVER_TOTAL_INVESTMENT,
    /** Investment reported on a project that has not started. */
    NOT_STARTED,
    /** The physical progress is empty. */
    PROGRESS_EMPTY,
    /** The physical progress is word for word last month's. */
    PROGRESS_UNCHANGED;

    /** The bundle key of the flag's text: reporting.quality.spike, ... */
    public String key() {
        return "reporting.quality." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The flag's text in the language of the running request (the page's, or Accept-Language on the API). */
    public String message() {
        return Messages.text(key(), java.util.List.of());
    }
}
