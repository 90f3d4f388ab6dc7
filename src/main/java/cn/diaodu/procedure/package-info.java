/**
 * Preliminary procedures (前期手续, CONTRACT §11): the catalogue of procedure kinds (data, an ADMIN adds kinds), each
 * project's record of each kind (status, planned, applied and approval dates, 批复文号, the approving unit, the scan of
 * the approval), overdue procedures, the figures of docs/figures.md §10 (前期手续) (projects not started, ready to start
 * (手续齐备待开工), per kind; the approving units' ranking), the page {@code /procedures}, the section of the project
 * page, the ledger's filters and the bulletin's sentence: it implements the extension points
 * {@code analysis.LedgerProcedures} and {@code bulletin.ProcedureOverview} (so that neither module depends on this one:
 * the bulletin depends on the analysis, and a dependency of the analysis on this module would close a cycle).
 * Depends on {@code project}, {@code organisation}, {@code identity}, {@code reporting} (the reporting month only),
 * {@code analysis} and {@code bulletin} (the interfaces only) and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "project", "organisation", "identity", "reporting", "analysis", "bulletin", "common" })
package cn.diaodu.procedure;
