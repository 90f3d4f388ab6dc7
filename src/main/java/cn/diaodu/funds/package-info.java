/**
 * Higher-level funds (向上争取资金, CONTRACT §13): the policy projects for which a city seeks funds from a higher level
 * (中央预算内投资, 地方政府专项债券, 超长期特别国债, 省级专项资金, …), each with its amounts, responsible unit and
 * optionally the key project of the ledger it serves; its stages 储备（开展前期） → 具备申报条件 → 已申报 → 已下达 or 未获批
 * in one transition table ({@code FundTransition}); every write audited and published as an event. The figures of
 * docs/figures.md §13 ({@link cn.diaodu.funds.FundFacts}: by stage, programme and unit, the seeds' sentence), the
 * pages {@code /funds} and {@code /funds/analysis}, the Excel template, import and export, the section of the
 * project page; it implements the extension points {@code bulletin.FundsOverview} and {@code analysis.FundsCard}
 * (so that neither module depends on this one). Depends on {@code project}, {@code organisation}, {@code identity},
 * {@code analysis} and {@code bulletin} (their interfaces only) and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "project", "organisation", "identity", "analysis", "bulletin", "common" })
package cn.diaodu.funds;
