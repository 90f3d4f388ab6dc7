/**
 * Suspension and resumption of key projects (停缓建 / 复工, CONTRACT §11): a reporter of the lead unit or a dispatcher
 * asks to suspend a project from a date with a reason and an expected resumption; the project office (a dispatcher
 * in scope) approves or rejects it; the lead unit or a dispatcher records the resumption. The workflow is one
 * transition table ({@code SuspensionTransition}); every step is audited and published as an event
 * ({@code SuspensionRequested}, …). {@link cn.diaodu.suspension.SuspensionFacts} answers, for the figures, which
 * projects are suspended on a day. Depends on {@code project}, {@code organisation}, {@code identity} and
 * {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "project", "organisation", "identity",
        "common" })
package cn.diaodu.suspension;
