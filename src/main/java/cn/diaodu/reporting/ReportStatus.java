package cn.diaodu.reporting;

/** 已报送、已退回、已审核. */
public enum ReportStatus {
    SUBMITTED, RETURNED, APPROVED
}
