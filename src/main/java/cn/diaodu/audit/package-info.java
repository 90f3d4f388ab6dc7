/**
 * Audit (审计): an append-only, hash-chained log of who did what, when, from which address, from what to what, read
 * by the audit administrator (AUDITOR). Modules publish {@link cn.diaodu.common.AuditRecord} events (or domain events
 * that are {@link cn.diaodu.common.Audited}) and need not depend on this module; it depends only on {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common" })
package cn.diaodu.audit;
