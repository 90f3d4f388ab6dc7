/**
 * Official documents' letterhead (GB/T 9704 版头 and 版记) and their numbers: the settings of the installation — the
 * issuing authority's mark, the number prefix, 主送, 抄送 and 印发机关 — edited by an administrator on
 * {@code /admin/document} (every change audited), and the document-number register (发文字号), numbered per year and
 * kind, where the same document keeps its number. {@link cn.diaodu.document.DocumentHeaders} gives the bulletin and the
 * supervision papers the {@link cn.diaodu.common.DocumentHeader} that {@link cn.diaodu.common.OfficialDocument} draws.
 * Depends on identity, organisation and common; the bulletin and supervision depend on it, never the reverse.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "organisation", "common" })
package cn.diaodu.document;
