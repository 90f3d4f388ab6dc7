package cn.diaodu.assessment.economy;

/**
 * The economic indicators the statistics office enters (经济运行): each a cumulative amount for months 1..M in 亿元.
 * Kept as data in this one place; a new indicator is one more constant (its name in the message bundle).
 */
public enum EconomicIndicator {
    /** 地区生产总值. */
    GDP,
    /** 规上工业增加值. */
    INDUSTRY_VALUE_ADDED,
    /** 固定资产投资. */
    FIXED_ASSET_INVESTMENT,
    /** 一般公共预算收入. */
    BUDGET_REVENUE
}
