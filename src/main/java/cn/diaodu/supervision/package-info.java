/**
 * Supervision (督查督办): scheduling meetings with their automatic agenda (一事一议: every project with a red warning
 * for the month before the meeting, or with an open problem escalated beyond the unit), one-page briefs, minutes,
 * and the supervision tasks their decisions become (定时限、定人员、定责任), followed to closure with reminders (催办).
 * Each step publishes an event ({@code TaskAssigned}, {@code TaskReminded}, …) for the notification and audit modules.
 * Depends on analysis, reporting, project, organisation, identity and common.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "analysis", "document", "reporting", "project", "identity", "organisation", "common" })
package cn.diaodu.supervision;
