package cn.diaodu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.investment.AdvanceInput;
import cn.diaodu.investment.FundsInput;
import cn.diaodu.investment.InvestmentInput;
import cn.diaodu.investment.InvestmentService;
import cn.diaodu.investment.LoseInput;
import cn.diaodu.investment.NoteInput;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Category;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * The demo city's attraction pipeline (招商引资, CONTRACT §12): twenty leads across every stage, written through
 * {@link InvestmentService} by the project office — signed ones with funds in place, one lost, and one started lead
 * that is a key project of the ledger: it takes the name and region of a started industry project of its unit and is
 * linked to it when it starts (the conversion's other path, {@code advance} with {@code projectId}), so that the
 * project page shows "来自招商项目" while the ledger keeps exactly the catalogue's projects (docs/demo-city.md).
 */
@Component
class DemoInvestments {
    private final InvestmentService investments;
    private final ProjectService projects;

    DemoInvestments(InvestmentService investments, ProjectService projects) {
        this.investments = investments;
        this.projects = projects;
    }

    /**
     * One lead: where it stands ({@code path}: days before today of each stage reached, LEAD first), the signed
     * amount, the funds (days before today, amount), a loss reason, whether it becomes a key project.
     */
    private record Seed(String name, String investor, String origin, String industry, String planned, String unitKey,
            String negotiator, String informant, int[] path, String signed, String agreement, int[][] funds,
            String lost, boolean convert) {
    }

    private static final String[] STAGES = {"LEAD", "NEGOTIATING", "SIGNED", "LANDED", "STARTED", "OPERATING"};

    private static final List<Seed> SEEDS = List.of(
            new Seed("年产10GWh动力电池项目", "江苏恒能新能源科技有限公司", "DOMESTIC", "新能源", "1200000", "gxq", "刘建华",
                    "王海涛", new int[] {300, 260, 200, 150, 90}, "1200000", "CONTRACT",
                    new int[][] {{180, 150000}, {120, 200000}, {40, 100000}}, null, true),
            new Seed("光伏组件智能制造基地", "隆晟光伏股份有限公司", "DOMESTIC", "新能源", "350000", "jkq", "陈志强", "赵丽",
                    new int[] {280, 240, 170, 120, 60, 10}, "380000", "CONTRACT", new int[][] {{150, 120000}, {50, 80000}},
                    null, false),
            new Seed("高端数控机床产业园", "德国海曼精密机械集团", "FOREIGN", "装备制造", "150000", "gxq", "孙明", "李强",
                    new int[] {250, 210, 160, 100}, "160000", "CONTRACT", new int[][] {{90, 40000}}, null, false),
            new Seed("生物医药创新港", "华瑞医药集团有限公司", "DOMESTIC", "生物医药", "200000", "gxj", "周敏", "吴磊",
                    new int[] {240, 200, 130}, "220000", "FRAMEWORK", new int[][] {{60, 20000}}, null, false),
            new Seed("冷链物流集散中心", "顺达供应链管理有限公司", "DOMESTIC", "现代物流", "60000", "dgq", "郑伟", "钱芳",
                    new int[] {220, 180, 120, 80, 30}, "65000", "CONTRACT", new int[][] {{100, 30000}, {20, 15000}}, null,
                    false),
            new Seed("绿色食品精深加工项目", "青岚本地农业发展有限公司", "LOCAL", "绿色食品", "25000", "lhx", "冯军", "何静",
                    new int[] {200, 170, 110, 70}, "28000", "CONTRACT", new int[][] {{60, 10000}}, null, false),
            new Seed("云台山康养度假综合体", "中景文旅投资集团", "DOMESTIC", "文化旅游", "300000", "wly", "许斌", "唐亮",
                    new int[] {210, 150, 90}, "300000", "INTENT", new int[][] {}, null, false),
            new Seed("新型建材产业园", "山东鑫源建材有限公司", "DOMESTIC", "新材料", "45000", "smx", "曹阳", "邓超",
                    new int[] {190, 140, 75}, "48000", "FRAMEWORK", new int[][] {{30, 5000}}, null, false),
            new Seed("化工新材料一体化项目", "新加坡亚太化工控股", "FOREIGN", "新材料", "500000", "hgy", "彭飞", "萧然",
                    new int[] {180, 120}, null, null, new int[][] {}, null, false),
            new Seed("电子信息产业园二期", "深圳华芯电子有限公司", "DOMESTIC", "电子信息", "80000", "qlq", "蒋涛", "沈洁",
                    new int[] {170, 100}, null, null, new int[][] {}, null, false),
            new Seed("跨境电商产业园", "杭州云商科技有限公司", "DOMESTIC", "现代物流", "30000", "swj", "韩雪", "杨帆",
                    new int[] {160, 90}, null, null, new int[][] {}, null, false),
            new Seed("农产品智慧仓储项目", "临河县供销合作社", "LOCAL", "绿色食品", "12000", "hkz", "朱红", "秦岭",
                    new int[] {150, 60, 20}, "13000", "CONTRACT", new int[][] {{10, 4000}}, null, false),
            new Seed("氢能装备研发制造基地", "北京氢动力科技有限公司", "DOMESTIC", "新能源", "180000", "gxq", "许亮", "尤佳",
                    new int[] {140, 70}, null, null, new int[][] {}, null, false),
            new Seed("石门县风电场项目", "国华新能源有限公司", "DOMESTIC", "新能源", "90000", "smx", "吕刚", "施雨",
                    new int[] {130}, null, null, new int[][] {}, null, false),
            new Seed("凤鸣县纺织服装产业园", "浙江锦程纺织有限公司", "DOMESTIC", "纺织服装", "20000", "fmx", "张丽", "孔明",
                    new int[] {120, 80}, null, null, new int[][] {}, "投资方调整战略布局，项目终止", false),
            new Seed("智能网联汽车零部件项目", "韩国大元汽车部件株式会社", "FOREIGN", "装备制造", "70000", "jkq", "曹静",
                    "严宽", new int[] {110}, null, null, new int[][] {}, null, false),
            new Seed("数字经济产业园", "青岚数据科技有限公司", "LOCAL", "电子信息", "15000", "gxj", "华强", "金鑫",
                    new int[] {90, 45}, null, null, new int[][] {}, null, false),
            new Seed("文创街区改造提升项目", "上海城投文创发展有限公司", "DOMESTIC", "文化旅游", "35000", "wlj", "魏东", "陶然",
                    new int[] {60}, null, null, new int[][] {}, null, false),
            new Seed("预制菜中央厨房项目", "广东味道食品有限公司", "DOMESTIC", "绿色食品", "18000", "ytx", "姜华", "戚薇",
                    new int[] {40, 15}, null, null, new int[][] {}, null, false),
            new Seed("医疗器械产业园", "美国康健医疗器械公司", "FOREIGN", "生物医药", "60000", "gxq", "谢红", "邹平",
                    new int[] {20}, null, null, new int[][] {}, null, false));

    /** A started industry project of the unit, started before the lead's start would be (null: none). */
    private Project startedIndustryProject(Unit unit, LocalDate today) {
        return projects.ofUnit(unit.id(), today.getYear()).stream()
                .filter(p -> p.category() == Category.INDUSTRY && p.actualStart() != null)
                .findFirst().orElse(null);
    }

    /** Writes the twenty leads; returns how many. */
    int seed(Map<String, Unit> units, LocalDate today) {
        int n = 0;
        for (Seed s : SEEDS) {
            Unit unit = units.get(s.unitKey());
            if (unit == null) {
                continue;
            }
            LocalDate leadDate = today.minusDays(s.path()[0]);
            Project linked = s.convert() ? startedIndustryProject(unit, today) : null;
            long id = investments.create(new InvestmentInput(linked == null ? s.name() : linked.name(), s.investor(),
                    s.origin(), s.industry(), new BigDecimal(s.planned()),
                    linked == null ? unit.regionCode() : linked.regionCode(), unit.id(), s.negotiator(),
                    s.informant(), leadDate), DemoCitySeeder.OFFICE).id();
            for (int k = 1; k < s.path().length; k++) {
                boolean signs = k == 2;
                boolean lands = k == 3;
                boolean starts = k == 4 && linked != null;
                investments.advance(id, new AdvanceInput(STAGES[k], today.minusDays(s.path()[k]),
                        signs ? new BigDecimal(s.signed()) : null, signs ? s.agreement() : null,
                        lands ? "已完成企业工商注册" : null, lands ? "已完成项目选址，土地挂牌出让" : null,
                        starts ? linked.id() : null, null, null), DemoCitySeeder.OFFICE);
            }
            for (int[] f : s.funds()) {
                investments.funds(id, new FundsInput(today.minusDays(f[0]), BigDecimal.valueOf(f[1])),
                        DemoCitySeeder.OFFICE);
            }
            if (s.path().length == 2 && s.lost() == null) {
                investments.note(id, new NoteInput(today.minusDays(Math.max(0, s.path()[1] - 10)),
                        "投资方赴现场考察，双方就用地和配套条件进行第二轮洽谈"), DemoCitySeeder.OFFICE);
            }
            if (s.lost() != null) {
                investments.lose(id, new LoseInput(today.minusDays(30), s.lost(), null), DemoCitySeeder.OFFICE);
            }
            n++;
        }
        return n;
    }
}
