package cn.diaodu.analysis;

/** How a summary groups projects: 按区域、按牵头单位、按行业类别、按包抓领导. */
public enum GroupBy {
    REGION, UNIT, CATEGORY, LEADER
}
