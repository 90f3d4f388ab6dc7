package cn.diaodu.onboarding;

import java.util.List;
import java.util.Map;

/** The columns of the year's project list (CONTRACT §11), in the template's order. */
final class ProjectColumns {
    static final String CODE = "code";
    static final String NAME = "name";
    static final String REGION = "region";
    static final String UNIT = "unit";
    static final String LEADER = "leader";
    static final String CATEGORY = "category";
    static final String LEVEL = "level";
    static final String TOTAL = "total";
    static final String PLAN = "plan";
    static final String PLANNED_START = "plannedStart";
    static final String ACTUAL_START = "actualStart";
    static final String PLANNED_COMPLETION = "plannedCompletion";
    static final String ACTUAL_COMPLETION = "actualCompletion";
    static final String OWNER = "owner";
    static final String CONTENT = "content";
    static final String CONTACT = "contact";
    static final String PHONE = "phone";
    static final String COOPERATING = "cooperating";
    static final String COMPLETED_BEFORE = "completedBefore";

    static String month(int m) {
        return "m" + m;
    }

    /** The funding plan's columns (资金筹措), one per source, the amount planned in 万元. */
    static final Map<cn.diaodu.project.FundingSource, String> FUNDING_LABELS = new java.util.EnumMap<>(Map.of(
            cn.diaodu.project.FundingSource.CENTRAL_BUDGET, "中央预算内投资",
            cn.diaodu.project.FundingSource.ULTRA_LONG_BOND, "超长期特别国债",
            cn.diaodu.project.FundingSource.SPECIAL_BOND, "地方政府专项债券",
            cn.diaodu.project.FundingSource.PROVINCIAL, "省级资金",
            cn.diaodu.project.FundingSource.LOCAL_FISCAL, "市县财政资金",
            cn.diaodu.project.FundingSource.BANK_LOAN, "银行贷款",
            cn.diaodu.project.FundingSource.ENTERPRISE, "企业自筹",
            cn.diaodu.project.FundingSource.OTHER, "社会资本及其他"));

    static String funding(cn.diaodu.project.FundingSource s) {
        return "funding-" + s.name();
    }

    static final Headers HEADERS = headers();

    /** A fresh copy of the columns, to which the procedure kinds of the catalogue are added. */
    static Headers headers() {
        return build();
    }

    /** The API fields of a service's refusals → the column they come from. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("code", CODE), Map.entry("name", NAME),
            Map.entry("regionCode", REGION), Map.entry("leadUnitId", UNIT), Map.entry("leaderId", LEADER),
            Map.entry("category", CATEGORY), Map.entry("level", LEVEL), Map.entry("totalInvestment", TOTAL),
            Map.entry("annualPlan", PLAN), Map.entry("plannedStart", PLANNED_START),
            Map.entry("actualStart", ACTUAL_START), Map.entry("plannedCompletion", PLANNED_COMPLETION),
            Map.entry("actualCompletion", ACTUAL_COMPLETION),
            Map.entry("ownerName", OWNER), Map.entry("content", CONTENT), Map.entry("contact", CONTACT),
            Map.entry("contact.name", CONTACT), Map.entry("contact.phone", PHONE),
            Map.entry("cooperatingUnitIds", COOPERATING), Map.entry("completedBefore", COMPLETED_BEFORE),
            Map.entry("monthlyPlan", month(1)),
            Map.entry("funding", funding(cn.diaodu.project.FundingSource.CENTRAL_BUDGET)));

    private ProjectColumns() {
    }

    private static Headers build() {
        Headers h = new Headers()
                .add(CODE, "项目编号", "code", false)
                .add(NAME, "项目名称", "name", true)
                .add(REGION, "所在地区", "regionCode", true, "所属地区", "所在区域", "地区")
                .add(UNIT, "责任单位", "leadUnitId", true, "牵头单位")
                .add(LEADER, "包抓领导", "leaderId", false, "包联领导", "分包领导", "责任领导")
                .add(CATEGORY, "行业类别", "category", true, "项目类别")
                .add(LEVEL, "项目级别", "level", true)
                .add(TOTAL, "总投资（万元）", "totalInvestment", true, "总投资")
                .add(PLAN, "年度计划投资（万元）", "annualPlan", true, "年度计划（万元）", "年度计划投资", "年度投资计划（万元）")
                .add(PLANNED_START, "计划开工日期", "plannedStart", false, "计划开工时间")
                .add(ACTUAL_START, "实际开工日期", "actualStart", false, "实际开工时间")
                .add(PLANNED_COMPLETION, "计划竣工日期", "plannedCompletion", false, "计划竣工时间")
                .add(ACTUAL_COMPLETION, "实际竣工日期", "actualCompletion", false, "实际竣工时间")
                .add(OWNER, "项目业主", "ownerName", false, "业主单位", "项目业主单位")
                .add(CONTENT, "建设内容及规模", "content", false, "建设规模及内容", "建设内容")
                .add(CONTACT, "联络人", "contact.name", false, "联络员", "联系人")
                .add(PHONE, "联系电话", "contact.phone", false, "电话")
                .add(COOPERATING, "配合部门", "cooperatingUnitIds", false, "配合单位")
                .add(COMPLETED_BEFORE, "以前年度累计完成（万元）", "completedBefore", false, "以前年度累计完成投资（万元）",
                        "以前年度累计完成投资");
        for (int m = 1; m <= 12; m++) {
            h.add(month(m), m + "月", "monthlyPlan[" + (m - 1) + "]", false, m + "月计划（万元）", m + "月（万元）");
        }
        for (var e : FUNDING_LABELS.entrySet()) {
            h.add(funding(e.getKey()), "资金筹措：" + e.getValue() + "（万元）", "funding", false,
                    e.getValue() + "（万元）");
        }
        return h;
    }

    static List<String> monthKeys() {
        return java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(ProjectColumns::month).toList();
    }
}
