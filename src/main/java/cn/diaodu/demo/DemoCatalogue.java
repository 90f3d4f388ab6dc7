package cn.diaodu.demo;

import java.util.ArrayList;
import java.util.List;

import cn.diaodu.identity.Role;
import cn.diaodu.organisation.UnitKind;
import cn.diaodu.project.Category;

/**
 * What the demo city is made of: the fictional city of 青岚市 under the (real) province of 山东省, its counties and
 * towns, its responsible units, its leaders and its list of key projects. Only names and fixed facts live here; the
 * figures (amounts, dates, reports) are drawn by {@link DemoCitySeeder} from a fixed random seed.
 */
final class DemoCatalogue {
    private DemoCatalogue() {
    }

    static final String PROVINCE_CODE = "370000";
    static final String PROVINCE_NAME = "山东省";
    static final String CITY_CODE = "379900";
    static final String CITY_NAME = "青岚市";

    /** The county whose leader account {@code county} is limited to: 临河县. */
    static final String DEMO_COUNTY_CODE = "379921";

    /** A county or district (level COUNTY) with its towns and sub-districts (乡镇、街道), in code order. */
    record County(String code, String name, List<String> towns) {
        /** The 9-digit code of the n-th town (1-based): the county code followed by 001, 002, … */
        String townCode(int n) {
            return code + String.format("%03d", n);
        }
    }

    static final List<County> COUNTIES = List.of(
            new County("379902", "青岚区", List.of("龙山街道", "青云街道", "文昌街道", "白石镇", "柳溪镇")),
            new County("379903", "东港区", List.of("港城街道", "海晏街道", "渔湾镇", "滨海镇")),
            new County("379904", "北山区", List.of("北山街道", "松岭镇", "石泉镇")),
            new County("379921", "临河县", List.of("城关镇", "河口镇", "沙湾镇", "柳林乡", "双桥镇", "王集镇")),
            new County("379922", "云台县", List.of("云台镇", "清泉镇", "南岭乡", "金沟镇")),
            new County("379923", "石门县", List.of("石门镇", "杏林镇", "桃源乡", "马店镇", "青石镇")),
            new County("379924", "凤鸣县", List.of("凤城镇", "鸣山镇", "大营镇", "西河乡")),
            new County("379928", "青岚高新区", List.of("创新街道", "智谷街道", "科苑街道")));

    /**
     * A responsible unit. {@code key} is a short pinyin tag that names the unit in {@link #PROJECTS} and in its
     * reporter's username ({@code reporter_<key>}); {@code where} is a place as in {@link #regionCode(String)}.
     */
    record UnitSeed(String key, String name, UnitKind kind, String where) {
    }

    /** The unit whose reporter is the README's {@code reporter}: 市发展和改革委员会. */
    static final String README_REPORTER_UNIT = "fgw";

    static final List<UnitSeed> UNITS = List.of(
            // City departments (市直部门)
            new UnitSeed("fgw", "市发展和改革委员会", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("zjj", "市住房和城乡建设局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("jtj", "市交通运输局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("gxj", "市工业和信息化局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("nyj", "市农业农村局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("zrj", "市自然资源和规划局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("sthj", "市生态环境局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("slj", "市水利局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("jyj", "市教育局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("wjw", "市卫生健康委员会", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("wlj", "市文化和旅游局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("swj", "市商务局", UnitKind.DEPARTMENT, "00"),
            new UnitSeed("cgj", "市城市管理局", UnitKind.DEPARTMENT, "00"),
            // Counties and districts: their development and reform bureau or their government
            new UnitSeed("qlq", "青岚区发展和改革局", UnitKind.DEPARTMENT, "02"),
            new UnitSeed("dgq", "东港区发展和改革局", UnitKind.DEPARTMENT, "03"),
            new UnitSeed("bsq", "北山区人民政府", UnitKind.OTHER, "04"),
            new UnitSeed("lhx", "临河县发展和改革局", UnitKind.DEPARTMENT, "21"),
            new UnitSeed("ytx", "云台县人民政府", UnitKind.OTHER, "22"),
            new UnitSeed("smx", "石门县发展和改革局", UnitKind.DEPARTMENT, "23"),
            new UnitSeed("fmx", "凤鸣县人民政府", UnitKind.OTHER, "24"),
            // Parks (园区管委会)
            new UnitSeed("gxq", "青岚高新技术产业开发区管委会", UnitKind.PARK, "28"),
            new UnitSeed("jkq", "青岚经济开发区管委会", UnitKind.PARK, "03.4"),
            new UnitSeed("hgy", "临河化工产业园管委会", UnitKind.PARK, "21.3"),
            new UnitSeed("wly", "云台山文化旅游度假区管委会", UnitKind.PARK, "22.3"),
            // Towns and sub-districts (乡镇、街道)
            new UnitSeed("lsjd", "青岚区龙山街道办事处", UnitKind.TOWNSHIP, "02.1"),
            new UnitSeed("hkz", "临河县河口镇人民政府", UnitKind.TOWNSHIP, "21.2"),
            new UnitSeed("ytz", "云台县云台镇人民政府", UnitKind.TOWNSHIP, "22.1"),
            new UnitSeed("xlz", "石门县杏林镇人民政府", UnitKind.TOWNSHIP, "23.2"),
            // City-owned enterprises (市属国有企业)
            new UnitSeed("ct", "青岚市城市建设投资集团有限公司", UnitKind.ENTERPRISE, "00"),
            new UnitSeed("jt", "青岚市交通发展投资集团有限公司", UnitKind.ENTERPRISE, "00"),
            new UnitSeed("sw", "青岚市水务集团有限公司", UnitKind.ENTERPRISE, "00"),
            new UnitSeed("gd", "国网青岚供电公司", UnitKind.ENTERPRISE, "00"));

    /** The password of every demo account. */
    static final String PASSWORD = "demo1234";

    /**
     * A demo account: {@code regionCode} null sees the whole city; {@code unitKey} is the unit a reporter reports
     * for. Every unit that leads projects also gets a reporter {@code reporter_<key>} (see {@link #reporterName}).
     */
    record Account(String username, String displayName, Role role, String regionCode, String unitKey) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("dispatcher", "市重点项目办调度员", Role.DISPATCHER, null, null),
            new Account("leader", "市政府领导", Role.LEADER, null, null),
            new Account("county", "临河县领导", Role.LEADER, DEMO_COUNTY_CODE, null),
            new Account("supervisor", "市委督查室督查员", Role.SUPERVISOR, null, null),
            new Account("sysadmin", "系统管理员", Role.ADMIN, null, null),
            new Account("security", "安全管理员", Role.SECURITY_ADMIN, null, null),
            new Account("auditor", "审计管理员", Role.AUDITOR, null, null),
            new Account("attraction", "市招商局招商员", Role.ATTRACTION, null, null),
            new Account("reporter", "市发展和改革委员会填报员", Role.REPORTER, null, README_REPORTER_UNIT));

    /** The username of a unit's reporter: {@code reporter} for 市发展和改革委员会, else {@code reporter_<key>}. */
    static String reporterName(String unitKey) {
        return unitKey.equals(README_REPORTER_UNIT) ? "reporter" : "reporter_" + unitKey;
    }

    /** A responsible leader (包抓领导); the city party secretary is deliberately not among them. */
    record LeaderSeed(String name, String title) {
    }

    static final List<LeaderSeed> LEADERS = List.of(
            new LeaderSeed("周明远", "市长"),
            new LeaderSeed("韩立新", "常务副市长"),
            new LeaderSeed("郑晓岚", "副市长"),
            new LeaderSeed("许建国", "副市长"),
            new LeaderSeed("冯志强", "副市长"),
            new LeaderSeed("曹文静", "副市长"),
            new LeaderSeed("彭海涛", "副市长"),
            new LeaderSeed("魏国华", "市委常委、秘书长"),
            new LeaderSeed("孙立群", "市委常委、宣传部部长"),
            new LeaderSeed("邵明杰", "市委常委、统战部部长"));

    // Indexes into LEADERS, by the portfolio each leader holds (分管).
    static final int MAYOR = 0;
    static final int EXECUTIVE = 1;
    static final int INDUSTRY_TRADE = 2;
    static final int URBAN_TRANSPORT = 3;
    static final int AGRICULTURE_WATER = 4;
    static final int EDUCATION_HEALTH = 5;
    static final int NATURE_ENVIRONMENT = 6;
    static final int SECRETARY_GENERAL = 7;
    static final int PUBLICITY = 8;
    static final int UNITED_FRONT = 9;

    /** The standing committee member who is the contact leader (包联领导) of a county. */
    static int contactLeaderOf(String countyCode) {
        return switch (countyCode) {
            case "379921", "379923" -> SECRETARY_GENERAL;
            case "379922", "379924" -> PUBLICITY;
            case "379903", "379904", "379928" -> UNITED_FRONT;
            default -> EXECUTIVE;
        };
    }

    /**
     * A key project as listed: category, size class (S 0.3–1.5 亿元, M 1.5–6 亿元, L 6–25 亿元, X 25–80 亿元 of total
     * investment), place, lead unit key and name ({@code {Y}} stands for the year).
     */
    record ProjectSeed(Category category, char size, String where, String unitKey, String name) {
    }

    /**
     * The key projects, one a line: {@code CATEGORY|SIZE|PLACE|UNIT|NAME}. A place is "00" for the city itself, the
     * county's last two digits ("21" for 临河县) or those and the town's number ("21.3" for 沙湾镇).
     */
    private static final String PROJECT_LINES = """
            OTHER|M|00|fgw|青岚市城市大脑（智慧城市）一期建设项目
            INFRASTRUCTURE|L|00|sw|青岚市城乡供水一体化工程
            SOCIAL|M|00|zjj|青岚市{Y}年城镇老旧小区改造工程
            ECOLOGY|S|00|sthj|青岚市生态环境监测监控能力提升项目
            OTHER|S|00|fgw|青岚市公共资源交易中心建设项目
            SERVICES|M|00|swj|青岚市冷链物流骨干网建设项目
            INFRASTRUCTURE|X|00|jt|青岚北互通至港区疏港公路工程
            ECOLOGY|L|00|zrj|青岚市山水林田湖草沙一体化保护和修复工程
            AGRICULTURE|M|00|nyj|青岚市{Y}年高标准农田建设项目
            OTHER|S|00|fgw|青岚市社会信用信息平台升级项目
            INFRASTRUCTURE|M|00|fgw|青岚市天然气长输管道及门站工程
            ECOLOGY|S|00|cgj|青岚市城区环卫一体化及垃圾分类项目
            SOCIAL|L|02.2|wjw|市第二人民医院新院区建设项目
            SOCIAL|M|02.3|jyj|青岚市第一中学新校区建设项目
            REAL_ESTATE|L|02.1|qlq|龙山片区棚户区改造安置房项目
            REAL_ESTATE|L|02.2|qlq|青云府商住小区开发项目
            SERVICES|L|02.3|swj|青岚中心城市综合体项目
            INFRASTRUCTURE|M|02|zjj|青岚区城市主干道“白改黑”提升工程
            INDUSTRY|M|02.4|qlq|白石镇年产10万吨绿色建材项目
            AGRICULTURE|S|02.5|nyj|柳溪镇万亩高标准农田建设项目
            ECOLOGY|M|02|sthj|青岚区城区污水管网雨污分流改造工程
            SERVICES|M|02.1|wlj|龙山历史文化街区保护更新项目
            INFRASTRUCTURE|M|02.2|ct|青云路地下综合管廊工程
            SOCIAL|S|02.1|lsjd|龙山街道社区养老服务综合体项目
            INDUSTRY|S|02.4|qlq|白石镇食品产业园标准化厂房项目
            SOCIAL|L|02.2|wjw|青岚市疾病预防控制中心迁建项目
            SOCIAL|M|02.3|wlj|青岚市图书馆、档案馆新馆项目
            SOCIAL|M|02.2|wlj|青岚市全民健身中心项目
            OTHER|M|02.1|fgw|青岚市政务服务中心改造提升项目
            ECOLOGY|S|02|cgj|青岚区城区公园绿地提升工程
            INDUSTRY|L|03.4|jkq|青岚经济开发区新能源电池材料产业园项目
            INDUSTRY|L|03.4|jkq|青岚经济开发区年产20GWh储能电池项目
            INDUSTRY|M|03.3|jkq|东港高端铝型材及零部件加工项目
            INFRASTRUCTURE|X|03.1|jt|青岚港东港作业区3号、4号泊位工程
            SERVICES|L|03.1|swj|东港国际冷链物流园项目
            AGRICULTURE|M|03.3|nyj|渔湾镇现代海洋牧场建设项目
            ECOLOGY|M|03.4|sthj|滨海湿地生态修复工程
            REAL_ESTATE|L|03.2|dgq|海晏湾滨海住宅小区项目
            SOCIAL|M|03.2|jyj|东港区实验学校建设项目
            INDUSTRY|M|03.4|jkq|青岚经济开发区高分子新材料项目
            SERVICES|M|03.1|wlj|东港渔港风情小镇文旅项目
            INFRASTRUCTURE|M|03|dgq|东港区滨海大道北延工程
            INDUSTRY|S|03.3|dgq|渔湾镇水产品冷链加工项目
            SOCIAL|S|03.1|wjw|东港区人民医院医技综合楼项目
            INFRASTRUCTURE|L|03|jtj|青岚市城市快速路（东外环）工程
            INDUSTRY|M|03.4|gxj|东港船舶配套产业园项目
            REAL_ESTATE|L|03.1|ct|港城片区城市更新项目
            SERVICES|M|03.1|fgw|青岚港保税物流中心（B型）项目
            ECOLOGY|M|03.3|slj|东港区海堤加固及生态提升工程
            OTHER|S|03.2|dgq|东港区应急指挥中心项目
            INDUSTRY|L|04.2|gxj|北山区智能装备制造产业园项目
            INDUSTRY|M|04.2|bsq|松岭汽车零部件生产基地项目
            ECOLOGY|M|04.3|zrj|北山废弃矿山生态修复工程
            SERVICES|M|04.3|wlj|石泉温泉康养度假区项目
            AGRICULTURE|S|04.2|nyj|松岭镇林下经济示范基地项目
            INFRASTRUCTURE|M|04|jtj|北山区环山路提升改造工程
            SOCIAL|S|04.1|bsq|北山街道社区卫生服务中心项目
            REAL_ESTATE|M|04.1|bsq|北山新城安置区二期项目
            INDUSTRY|S|04.3|bsq|石泉镇矿泉水生产线项目
            OTHER|S|04.1|bsq|北山区数字乡村综合服务平台项目
            SERVICES|M|04.1|swj|北山区商贸综合体项目
            AGRICULTURE|S|04.3|nyj|石泉镇食用菌产业园项目
            INFRASTRUCTURE|M|04.2|gd|北山220千伏变电站工程
            INDUSTRY|L|21.3|hgy|临河化工产业园煤基新材料一期项目
            INDUSTRY|M|21.3|hgy|临河化工产业园年产3万吨电子级化学品项目
            INFRASTRUCTURE|X|21|jtj|国道G205青岚段改扩建工程
            AGRICULTURE|M|21.4|nyj|柳林乡现代农业产业园项目
            AGRICULTURE|S|21.6|lhx|王集镇设施蔬菜大棚项目
            SOCIAL|M|21.1|lhx|临河县人民医院门急诊楼项目
            SOCIAL|S|21.1|jyj|临河县城关第三小学建设项目
            ECOLOGY|M|21.2|slj|临河河口段综合治理工程
            INFRASTRUCTURE|M|21.2|hkz|河口镇污水处理厂及配套管网工程
            INDUSTRY|M|21.5|lhx|双桥镇纺织服装产业园项目
            SERVICES|S|21.1|swj|临河县电商物流产业园项目
            REAL_ESTATE|M|21.1|lhx|临河县城关镇老城区更新改造项目
            INFRASTRUCTURE|S|21.3|lhx|沙湾镇农村公路提档升级工程
            AGRICULTURE|S|21.2|hkz|河口镇稻渔综合种养基地项目
            OTHER|S|21.1|lhx|临河县应急物资储备库项目
            INDUSTRY|S|21.6|lhx|王集镇农产品加工园项目
            AGRICULTURE|S|21.5|nyj|双桥镇粮食烘干仓储中心项目
            INDUSTRY|M|21.3|hgy|临河化工产业园公用工程岛项目
            INFRASTRUCTURE|M|21|ct|临河县城区集中供热管网改造工程
            SERVICES|S|21.2|wlj|河口古镇文化旅游项目
            SOCIAL|M|21.1|zjj|临河县城区保障性住房项目
            SERVICES|L|22.3|wly|云台山5A级旅游景区提升工程
            SERVICES|M|22.1|wly|云台山康养小镇项目
            INFRASTRUCTURE|L|22|jtj|云台至南岭旅游公路工程
            AGRICULTURE|M|22.2|nyj|清泉镇茶叶种植加工一体化项目
            INFRASTRUCTURE|M|22.4|slj|金沟水库除险加固工程
            ECOLOGY|S|22.3|zrj|南岭乡国土绿化及森林抚育项目
            INDUSTRY|M|22.4|ytx|金沟镇石材加工产业园项目
            SOCIAL|S|22.1|ytz|云台镇中心敬老院改扩建项目
            REAL_ESTATE|M|22.1|ytx|云台县城西片区安置房项目
            INDUSTRY|M|22.2|ytx|清泉饮用天然水生产项目
            AGRICULTURE|S|22.1|ytz|云台镇高效农业示范园项目
            SOCIAL|M|22.1|jyj|云台县职业中等专业学校实训基地项目
            INFRASTRUCTURE|S|22.2|gd|云台县清泉110千伏输变电工程
            INFRASTRUCTURE|X|22.3|fgw|青岚云台抽水蓄能电站项目
            SERVICES|S|22.1|swj|云台县县域商业体系建设项目
            INDUSTRY|M|22.2|ytx|云台县光伏组件边框生产项目
            INDUSTRY|L|23.4|smx|石门县马店100兆瓦风电项目
            INDUSTRY|M|23.5|smx|青石镇分布式光伏发电项目
            AGRICULTURE|M|23.3|nyj|桃源乡万亩桃园及冷链仓储项目
            AGRICULTURE|S|23.2|xlz|杏林镇中药材种植基地项目
            INFRASTRUCTURE|M|23|jtj|石门县城区至马店镇公路改建工程
            SOCIAL|M|23.1|wjw|石门县中医医院迁建项目
            SOCIAL|S|23.1|jyj|石门县第二中学宿舍楼及食堂项目
            ECOLOGY|M|23.1|sthj|石门县生活垃圾焚烧发电项目
            REAL_ESTATE|M|23.1|smx|石门县滨河花园住宅项目
            SERVICES|S|23.2|xlz|杏林镇乡村旅游综合体项目
            INDUSTRY|S|23.1|smx|石门县农机装备制造项目
            INFRASTRUCTURE|S|23.5|sw|青石镇农村供水保障工程
            ECOLOGY|S|23.3|slj|桃源乡小流域综合治理项目
            INDUSTRY|M|23.2|smx|杏林镇中药饮片加工项目
            INFRASTRUCTURE|S|23.1|zjj|石门县城区停车场及充电设施项目
            INDUSTRY|L|24.3|fmx|大营镇生物医药产业园项目
            INDUSTRY|M|24.1|fmx|凤鸣县食品产业园年产10万吨预制菜项目
            AGRICULTURE|M|24.4|nyj|西河乡生猪标准化养殖场项目
            INFRASTRUCTURE|L|24|jtj|凤鸣互通立交及连接线工程
            SOCIAL|M|24.1|wjw|凤鸣县妇幼保健院新建项目
            ECOLOGY|M|24.2|slj|鸣山河流域水环境综合治理工程
            SERVICES|M|24.1|swj|凤鸣县商贸物流城项目
            REAL_ESTATE|M|24.1|fmx|凤城镇棚户区改造项目
            SOCIAL|S|24.3|jyj|大营镇中心学校改扩建项目
            INDUSTRY|S|24.2|fmx|鸣山镇木业加工项目
            OTHER|S|24.1|fmx|凤鸣县智慧城市运营指挥中心项目
            ECOLOGY|S|24.4|sthj|西河乡农村生活污水治理项目
            SOCIAL|S|24.2|fmx|鸣山镇农村幸福院建设项目
            AGRICULTURE|M|24.3|nyj|大营镇肉牛养殖加工一体化项目
            INDUSTRY|L|28.2|gxq|青岚高新区半导体封装测试项目
            INFRASTRUCTURE|L|28.2|gxq|青岚高新区数据中心（一期）项目
            INDUSTRY|M|28.1|gxq|高新区生物医药中试基地项目
            INDUSTRY|M|28.3|gxq|高新区智能传感器产业园项目
            SERVICES|M|28.1|gxq|青岚科创中心（孵化器）项目
            SOCIAL|M|28.3|jyj|高新区科苑学校建设项目
            INFRASTRUCTURE|M|28|gxq|高新区纬三路等5条道路建设工程
            REAL_ESTATE|L|28.2|gxq|智谷人才公寓项目
            INDUSTRY|M|28.1|gxj|青岚高新区工业互联网标识解析二级节点项目
            ECOLOGY|S|28.3|sthj|高新区再生水利用工程
            INDUSTRY|M|28.3|gxq|高新区新能源汽车驱动电机项目
            REAL_ESTATE|M|28.1|gxq|创新街道保障性租赁住房项目
            """;

    static final List<ProjectSeed> PROJECTS = parse(PROJECT_LINES);

    private static List<ProjectSeed> parse(String lines) {
        List<ProjectSeed> out = new ArrayList<>();
        for (String line : lines.strip().split("\n")) {
            String[] f = line.strip().split("\\|");
            if (f.length != 5 || f[1].length() != 1) {
                throw new IllegalStateException("bad demo project line: " + line);
            }
            out.add(new ProjectSeed(Category.valueOf(f[0]), f[1].charAt(0), f[2], f[3], f[4]));
        }
        return List.copyOf(out);
    }

    /** The region code of a place: "00" the city, "21" the county 379921, "21.3" its third town 379921003. */
    static String regionCode(String where) {
        if (where.equals("00")) {
            return CITY_CODE;
        }
        String county = "3799" + where.substring(0, 2);
        if (where.length() == 2) {
            return county;
        }
        return county + String.format("%03d", Integer.parseInt(where.substring(3)));
    }

    /** The county (6-digit code) a region code lies in, or null for the city itself. */
    static String countyOf(String regionCode) {
        return regionCode.equals(CITY_CODE) ? null : regionCode.substring(0, 6);
    }
}
