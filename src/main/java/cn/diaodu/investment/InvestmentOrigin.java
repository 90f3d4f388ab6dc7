package cn.diaodu.investment;

/** Where the investor comes from (投资方来源): 本地, 国内 (other provinces and cities), 境外. */
public enum InvestmentOrigin {
    LOCAL, DOMESTIC, FOREIGN
}
