package cn.diaodu.notification;

/**
 * Reports of a unit for a month were submitted in a transaction: one event however many (published by
 * {@link SubmittedReports} in that transaction, heard by {@link OfficeNotices} after its commit).
 */
public record UnitReportsSubmitted(long unitId, String period) {
}
