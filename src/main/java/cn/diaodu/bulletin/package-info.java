/**
 * The monthly bulletin (月通报, CONTRACT §8): one {@link cn.diaodu.bulletin.Bulletin} model per month and scope,
 * built from {@link cn.diaodu.analysis.AnalysisService} only (so that every figure agrees with the API), and rendered
 * twice — as a DOCX in the layout of official documents (GB/T 9704-2012) and as the HTML preview of the page
 * {@code /bulletins}; an XLSX annex lists every project with its figures. {@code GET /api/bulletins/{period}.docx}
 * and {@code .xlsx} for the project office and the leaders.
 *
 * <p>Open problems come from an {@link cn.diaodu.bulletin.OpenProblems} implementation when a module provides one
 * (the problem ledger, later); without one the section says that it will be filled once the ledger is live.
 * Depends on {@code analysis}, {@code project}, {@code organisation}, {@code identity} and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "analysis", "document", "project", "suspension", "identity", "organisation", "common" })
package cn.diaodu.bulletin;
