/**
 * Investment attraction (招商引资, CONTRACT §12): leads with their investor, origin, industry chain, planned
 * investment, region, responsible unit, negotiator and first informant (第一信息人); the stages 线索 → 在谈 → 签约 →
 * 落地 → 开工 → 投产, or 终止, as one transition table ({@code InvestmentAction}); the date of every stage, a timeline
 * of notes, funds in place (资金到位); the one-step conversion of a lead into a key project of the ledger through
 * {@code project.ProjectService}; the figures of §12 ({@link cn.diaodu.investment.InvestmentFacts}, also for the
 * assessment, the dashboard and the bulletin); the Excel round trip; the pages of the attraction office. Every write
 * is audited and published as an event ({@code InvestmentAdvanced}, …). It implements the extension points
 * {@code analysis.InvestmentCard} and {@code bulletin.InvestmentOverview} (their interfaces only), and gives the
 * assessment its source {@code INVESTMENT_LANDING} and its proposed veto (no signing this year) as
 * {@code assessment.SourceValues} and {@code assessment.VetoProposals} beans.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "project", "organisation", "identity",
        "analysis", "bulletin", "assessment", "common" })
package cn.diaodu.investment;
