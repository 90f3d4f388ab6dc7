package cn.diaodu.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Category;
import cn.diaodu.project.FundingLine;
import cn.diaodu.project.ProjectContact;
import cn.diaodu.demo.DemoCatalogue.ProjectSeed;

/**
 * The record of a demo project (CONTRACT §11): owner, contact, cooperating departments, content and scale, and a
 * funding plan by source, drawn from the project's category and its place in the catalogue so that every start
 * gives the same city. Names of people and companies are invented.
 */
final class DemoRecords {
    private DemoRecords() {
    }

    record Drawn(String owner, ProjectContact contact, List<Long> cooperating, String content,
            List<FundingLine> funding) {
    }

    private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙" };
    private static final String[] GIVEN = { "建国", "海燕", "志强", "晓东", "丽娜", "明辉", "文静", "国栋", "春雷", "雪梅" };

    /** Which departments usually help with a project of the category, by the catalogue's unit keys. */
    private static final Map<Category, List<String>> HELPERS = Map.of(
            Category.INDUSTRY, List.of("gxj", "zrj", "sthj"),
            Category.INFRASTRUCTURE, List.of("zrj", "zjj", "jtj"),
            Category.AGRICULTURE, List.of("zrj", "slj"),
            Category.SOCIAL, List.of("zjj", "zrj"),
            Category.ECOLOGY, List.of("sthj", "slj"),
            Category.REAL_ESTATE, List.of("zrj", "zjj"),
            Category.SERVICES, List.of("fgw", "zrj"),
            Category.OTHER, List.of("fgw"));

    static Drawn draw(int index, ProjectSeed seed, long leadUnitId, BigDecimal total, Map<String, Unit> units) {
        String name = seed.name();
        String owner = switch (seed.category()) {
            case INFRASTRUCTURE, SOCIAL, ECOLOGY -> index % 2 == 0 ? "青岚市城市建设投资集团有限公司" : "青岚市城发控股集团有限公司";
            case AGRICULTURE -> "青岚市农业发展投资有限公司";
            default -> "青岚" + stem(name) + "有限公司";
        };
        ProjectContact contact = new ProjectContact(SURNAMES[index % SURNAMES.length] + GIVEN[index % GIVEN.length],
                String.format("138%08d", 53100000 + index * 7919 % 1000000));
        List<Long> cooperating = new ArrayList<>();
        List<String> helpers = HELPERS.getOrDefault(seed.category(), List.of());
        for (int k = 0; k < helpers.size() && cooperating.size() < 1 + index % 2; k++) {
            Unit u = units.get(helpers.get((index + k) % helpers.size()));
            if (u != null && u.id() != leadUnitId && !cooperating.contains(u.id())) {
                cooperating.add(u.id());
            }
        }
        return new Drawn(owner, contact, cooperating, content(seed, total), funding(index, seed.category(), total));
    }

    /** The name without the year and the words of the kind of work, for an owner's company name. */
    private static String stem(String name) {
        String s = name.replace("{Y}", "").replaceAll("(项目|工程|建设|一期|二期|三期|年产.*)$", "");
        return s.length() > 12 ? s.substring(0, 12) : s;
    }

    private static String content(ProjectSeed seed, BigDecimal total) {
        int area = total.divide(BigDecimal.valueOf(40), 0, RoundingMode.HALF_UP).intValue() + 5;
        return switch (seed.category()) {
            case INDUSTRY -> "新建生产厂房、研发中心及配套用房约" + area + "千平方米，购置主要生产设备"
                    + (area % 40 + 20) + "台（套），建成后形成规模化生产能力。";
            case INFRASTRUCTURE -> "实施道路、管网及附属设施建设，全长约" + (area % 30 + 3) + "公里，同步建设雨污分流、照明、绿化等配套工程。";
            case AGRICULTURE -> "建设高标准农田、智能温室及冷链仓储设施，覆盖面积约" + (area * 10) + "亩。";
            case SOCIAL -> "新建教学、医疗或养老用房约" + area + "千平方米，配套室外工程及设备购置。";
            case ECOLOGY -> "实施河道综合治理、污水处理及生态修复，治理面积约" + (area % 50 + 5) + "平方公里。";
            case REAL_ESTATE -> "新建住宅及商业配套约" + area + "千平方米，配套地下车库及室外工程。";
            case SERVICES -> "建设商贸物流、文旅服务设施约" + area + "千平方米，配套数字化运营平台。";
            default -> "按批复实施主体工程及配套设施建设。";
        };
    }

    /** A funding plan that sums to the total: government money for public works, own funds and loans for firms. */
    private static List<FundingLine> funding(int index, Category category, BigDecimal total) {
        List<String> sources;
        int[] shares;
        switch (category) {
            case INFRASTRUCTURE, SOCIAL, ECOLOGY -> {
                sources = List.of("CENTRAL_BUDGET", "SPECIAL_BOND", "LOCAL_FISCAL", "BANK_LOAN");
                shares = new int[] { 15, 40, 25, 20 };
            }
            case AGRICULTURE -> {
                sources = List.of("CENTRAL_BUDGET", "PROVINCIAL", "LOCAL_FISCAL", "ENTERPRISE");
                shares = new int[] { 20, 20, 30, 30 };
            }
            default -> {
                sources = List.of("ENTERPRISE", "BANK_LOAN");
                shares = new int[] { 60, 40 };
            }
        }
        List<FundingLine> lines = new ArrayList<>();
        BigDecimal left = total;
        for (int k = 0; k < sources.size(); k++) {
            BigDecimal planned = k == sources.size() - 1 ? left
                    : total.multiply(BigDecimal.valueOf(shares[k])).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            left = left.subtract(planned);
            BigDecimal inPlace = planned.multiply(BigDecimal.valueOf(30 + (index * 13 + k * 17) % 60))
                    .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            lines.add(new FundingLine(sources.get(k), planned, inPlace));
        }
        return lines;
    }
}
