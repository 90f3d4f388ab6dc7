package cn.diaodu.project;

/** Where a project's money comes from (资金来源), in the order a funding plan lists them. */
public enum FundingSource {
    /** 中央预算内投资 */
    CENTRAL_BUDGET,
    /** 超长期特别国债 */
    ULTRA_LONG_BOND,
    /** 地方政府专项债券 */
    SPECIAL_BOND,
    /** 省级资金 */
    PROVINCIAL,
    /** 市县财政资金 */
    LOCAL_FISCAL,
    /** 银行贷款 */
    BANK_LOAN,
    /** 企业自筹 */
    ENTERPRISE,
    /** 社会资本及其他 */
    OTHER
}
