package cn.diaodu.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.investment.TripInput;
import cn.diaodu.investment.TripResultInput;
import cn.diaodu.investment.TripService;
import cn.diaodu.organisation.Unit;

/**
 * The demo city's outbound attraction trips (外出招商报备): two back with their results, one back without a result
 * (flagged), one under way, two planned and one registered late (补报), by the units that lead the attraction work,
 * registered through {@link TripService} as the project office.
 */
@Component
class DemoTrips {
    private final TripService trips;

    DemoTrips(TripService trips) {
        this.trips = trips;
    }

    private record Seed(String unitKey, String leader, int from, int to, int registered, String destination,
            String meet, String purpose, String result) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("gxq", "市政府副市长 刘建国", -40, -37, -45, "广东省深圳市", "深圳新能源行业协会、恒能新能源科技有限公司",
                    "洽谈动力电池项目二期", "对接企业5家，恒能新能源二期签订投资意向书，计划投资30亿元"),
            new Seed("jkq", "经开区管委会主任 陈志强", -25, -22, -30, "江苏省苏州市", "苏州工业园区光伏企业", "光伏组件配套项目招引",
                    "对接企业3家，获得项目线索2条，已录入招商项目库"),
            new Seed("gxj", "市工信局局长 周敏", -12, -10, -14, "上海市", "上海生物医药产业园区、华瑞医药集团", "生物医药创新港落地推进",
                    null),
            new Seed("dgq", "东港区副区长 郑伟", -1, 2, -5, "浙江省杭州市", "顺达供应链、阿里云华东区域", "冷链物流集散中心及数字化改造",
                    null),
            new Seed("gxq", "高新区管委会副主任 孙明", 6, 9, -2, "北京市", "中关村科技园区企业", "高端装备及软件企业招引", null),
            new Seed("jkq", "经开区招商局局长 赵丽", 15, 18, -1, "湖北省武汉市", "武汉光谷汽车零部件企业", "汽车零部件产业链招商", null),
            new Seed("gxj", "市工信局副局长 吴磊", -5, -3, -5, "山东省青岛市", "青岛海尔卡奥斯", "工业互联网平台合作", "对接平台企业1家，形成合作框架"));

    /** Writes the trips; returns how many. */
    int seed(Map<String, Unit> units, LocalDate today) {
        int n = 0;
        for (Seed s : SEEDS) {
            Unit unit = units.get(s.unitKey());
            if (unit == null) {
                continue;
            }
            var at = today.plusDays(s.registered()).atTime(LocalTime.of(9, 30)).atZone(AppClock.ZONE)
                    .toOffsetDateTime();
            long id = trips.registerAsOf(new TripInput(unit.id(), s.leader(), "招商专员2人", today.plusDays(s.from()),
                    today.plusDays(s.to()), s.destination(), s.meet(), s.purpose(), List.of()), DemoCitySeeder.OFFICE,
                    at).id();
            if (s.result() != null) {
                trips.recordResult(id, new TripResultInput(s.result(), List.of()), DemoCitySeeder.OFFICE);
            }
            n++;
        }
        return n;
    }
}
