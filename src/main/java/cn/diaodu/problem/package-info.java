/**
 * Problems: the problem ledger (问题台账) of CONTRACT §9. A blocking problem is assigned to a unit with a deadline in
 * working days on the official calendar, accepted, answered and resolved by the unit's reporter, verified and closed
 * (销号) by the project office or the supervision office, reopened when not really solved, and escalated from the
 * unit to the responsible leader and to the city government — by hand, or automatically when overdue
 * ({@code diaodu.problems.auto-escalate}). Every step is kept on the problem's timeline, photos and documents are
 * attached, and the assignee unit is notified. Every step publishes an event ({@code ProblemRaised}, {@code ProblemEscalated}, …) that the
 * notification and audit modules handle. Depends on {@code calendar}, {@code project}, {@code identity},
 * {@code organisation}, {@code bulletin}, {@code supervision} and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "calendar", "project", "identity", "organisation", "bulletin", "supervision", "common" })
package cn.diaodu.problem;
