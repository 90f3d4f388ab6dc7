/**
 * Analysis: the figures of CONTRACT §6 (completion rate, 序时进度, gap, start rate, warnings, rankings), defined once
 * in {@link cn.diaodu.analysis.Figures} and used by the API, the dashboard, the ledger pages and every export.
 * Depends on {@code project}, {@code reporting}, {@code identity} and {@code organisation}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "reporting", "project", "suspension", "identity", "organisation", "common" })
package cn.diaodu.analysis;
