/**
 * Assessment (考核, CONTRACT §14): rounds (季排名、半年考核、年终考核) with their indicators, each a weight, a source
 * ({@link cn.diaodu.assessment.SourceValues}: the figures of analysis, reporting, problems; the investment module
 * adds its own) and a scoring rule ({@link cn.diaodu.assessment.RuleKind}: RANK, TARGET, MANUAL as data, one class
 * each); manual scores by several assessors (观摩), vetoes (一票否决, proposed from facts by
 * {@link cn.diaodu.assessment.VetoProposals}), results computed as pure functions ({@code Scoring}, {@code Evaluation})
 * live until published, then frozen in tables; the ranking notice, the warning notice and the result table. Every
 * write is audited through its event.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "analysis", "reporting", "problem",
        "supervision", "document", "project", "identity", "organisation", "common" })
package cn.diaodu.assessment;
