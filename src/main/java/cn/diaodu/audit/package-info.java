/**
 * Audit (审计): an append-only log of who changed what, when, from what to what, read by the audit administrator
 * (AUDITOR). Leaned on by every module; depends only on {@code common} and, for its pages, {@code identity}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "common" })
package cn.diaodu.audit;
