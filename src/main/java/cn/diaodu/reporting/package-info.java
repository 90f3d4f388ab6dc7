/**
 * Reporting: monthly reports (月报) of the investment completed in a month, with their full history; the
 * reporter's monthly grid. Submissions, reviews, zero reports, periods and reminders are published as events
 * ({@code ReportReturned}, {@code PeriodClosed}, …) for the notification and audit modules. Depends on
 * {@code project}, {@code identity}, {@code organisation} and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "project", "identity", "organisation", "common" })
package cn.diaodu.reporting;
