package cn.diaodu.demo;

import java.util.List;
import java.util.Random;

import cn.diaodu.project.Category;

/**
 * The physical progress (形象进度) a monthly report describes, in the words site reports use: "土方开挖完成60%",
 * "主体结构施工至第8层", "设备安装调试". A project goes through the phases of its kind of works in order; where it
 * stands is its {@code stage}, the share of the whole works done (0 to 1).
 */
final class ProgressTexts {
    private ProgressTexts() {
    }

    /** Kinds of works, each with its phases in order; {p} is a percentage within the phase, {n} a count. */
    enum Works {
        FACTORY("场地平整及临时设施搭建", "土方开挖完成{p}%", "桩基施工完成{n}根", "基础承台及地梁浇筑完成{p}%",
                "厂房主体钢结构吊装完成{p}%", "{n}号厂房主体封顶，其余厂房主体施工", "厂房围护及屋面施工完成{p}%",
                "生产设备进场安装，完成{p}%", "设备安装调试", "单机调试完成，准备试生产"),
        BUILDING("施工围挡及临时设施完成", "土方开挖完成{p}%", "基础筏板浇筑完成{p}%", "地下室结构施工",
                "主体结构施工至第{n}层", "主体结构施工至第{n}层", "主体结构封顶，二次结构砌筑完成{p}%",
                "外立面装饰施工完成{p}%", "室内装修及机电安装完成{p}%", "室外配套及竣工验收准备"),
        ROAD("清表及施工便道完成", "路基土方完成{p}%", "桥涵桩基完成{p}%", "路基填筑完成{p}%",
                "桥梁下部结构完成{p}%", "水稳层铺设{n}公里", "沥青路面摊铺{n}公里", "交通安全设施及绿化施工",
                "收尾及交工验收准备"),
        NETWORK("管线路由复测及施工放线完成", "沟槽开挖{n}公里", "管网铺设{n}公里，完成{p}%", "泵站（站房）主体施工",
                "设备安装完成{p}%", "管网试压及冲洗", "联调联试"),
        PORT("围堰及陆域形成完成{p}%", "码头桩基施工完成{p}%", "上部结构现浇施工", "码头面层及后方堆场施工",
                "装卸设备安装调试"),
        ENERGY("升压站及进场道路施工", "基础浇筑完成{n}台（组）", "支架及设备吊装完成{p}%", "集电线路施工完成{p}%",
                "升压站设备安装调试", "并网调试"),
        FARM("土地整理完成{p}%", "灌溉管网铺设{n}公里", "温室大棚钢架安装{n}栋", "配套用房施工",
                "种苗（畜禽）引进及设备安装", "试运营"),
        ECO("施工准备及测量放线", "清淤疏浚{n}万立方米", "生态护坡及驳岸施工完成{p}%", "管网及处理设施施工完成{p}%",
                "绿化苗木栽植{n}亩", "生态修复成效监测及验收准备"),
        DIGITAL("需求调研及方案设计", "硬件设备招标采购完成", "机房（指挥中心）装修改造完成{p}%", "平台软件开发完成{p}%",
                "系统部署及联调测试", "试运行");

        private final List<String> phases;

        Works(String... phases) {
            this.phases = List.of(phases);
        }
    }

    /** The kind of works of a project, from words in its name, else from its category. */
    static Works worksOf(String name, Category category) {
        if (containsAny(name, "泊位", "码头", "作业区")) {
            return Works.PORT;
        }
        if (containsAny(name, "风电", "光伏发电", "蓄能", "变电", "输变电")) {
            return Works.ENERGY;
        }
        if (containsAny(name, "公路", "国道", "快速路", "大道", "立交", "道路", "“白改黑”", "环山路")) {
            return Works.ROAD;
        }
        if (containsAny(name, "管网", "管道", "管廊", "供水", "供热", "污水处理", "再生水")) {
            return Works.NETWORK;
        }
        if (containsAny(name, "水库", "海堤", "治理", "清淤")) {
            return Works.ECO;
        }
        if (containsAny(name, "停车场")) {
            return Works.BUILDING;
        }
        if (containsAny(name, "平台", "城市大脑", "指挥中心", "节点", "信用", "交易中心", "数据中心", "监测监控")) {
            return Works.DIGITAL;
        }
        if (containsAny(name, "厂房", "生产", "加工", "产业园", "制造", "年产", "新材料", "电池", "封装",
                "焚烧")) {
            return category == Category.AGRICULTURE ? Works.FARM : Works.FACTORY;
        }
        return switch (category) {
            case INDUSTRY -> Works.FACTORY;
            case INFRASTRUCTURE -> Works.ROAD;
            case AGRICULTURE -> Works.FARM;
            case ECOLOGY -> Works.ECO;
            default -> Works.BUILDING;
        };
    }

    private static boolean containsAny(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The progress text of a month: the phase that {@code stage} (0 to 1) falls in, its placeholders filled;
     * {@code scale} is the project's own size of counts (floors, piles, kilometres), so that they grow with the stage.
     */
    static String text(Works works, double stage, int scale, Random rnd) {
        int n = works.phases.size();
        double s = Math.max(0, Math.min(0.999, stage)) * n;
        int phase = (int) s;
        double within = s - phase;
        int percent = (int) Math.round(Math.max(10, Math.min(95, within * 100)) / 5) * 5;
        int count = Math.max(1, (int) Math.round(scale * Math.max(0.1, stage)));
        String t = works.phases.get(phase).replace("{p}", String.valueOf(percent)).replace("{n}",
                String.valueOf(count));
        if (t.contains("号厂房")) {
            t = t.replace(count + "号厂房", (1 + rnd.nextInt(3)) + "号厂房");
        }
        return t;
    }

    /** What a report says when a month passed without works on site. */
    static String idle(int month, Random rnd) {
        if (month <= 2) {
            return "春节期间停工，节后组织复工";
        }
        List<String> reasons = List.of("办理施工许可等相关手续，现场暂未施工", "设计变更调整中，现场暂停施工",
                "受雨季影响，现场暂停施工");
        return reasons.get(rnd.nextInt(reasons.size()));
    }

    /** A cause of delay that a lagging project's report adds (问题与困难). */
    static String delay(Random rnd) {
        List<String> causes = List.of("受用地手续影响，进度滞后", "征地拆迁尚未完成，部分工作面无法施工",
                "项目资金未足额到位，施工力量不足", "环评批复未下达，部分工程暂缓", "受周边群众阻工影响，施工时断时续",
                "水电等外部配套条件尚未落实");
        return causes.get(rnd.nextInt(causes.size()));
    }
}
