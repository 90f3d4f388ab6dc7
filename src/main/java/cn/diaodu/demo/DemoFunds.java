package cn.diaodu.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.funds.AdvanceInput;
import cn.diaodu.funds.FundApplication;
import cn.diaodu.funds.FundService;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * The demo city's higher-level funds (向上争取资金, CONTRACT §13), written through {@link FundService} by the project
 * office: 25 policy projects across the five programmes and every stage, a third linked to key projects of the year,
 * with dates from the start of the year up to today at the latest.
 */
@Component
class DemoFunds {
    private record Seed(String name, String programme, String total, String requested, String stage,
            String obtained) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("城区老旧小区改造配套基础设施", "CENTRAL_BUDGET", "28600", "8500", "APPROVED", "6200"),
            new Seed("青岚河流域水环境综合治理", "CENTRAL_BUDGET", "45800", "12000", "SUBMITTED", null),
            new Seed("县域医疗卫生次中心建设", "CENTRAL_BUDGET", "18500", "5200", "APPROVED", "4800"),
            new Seed("城乡供水一体化工程", "CENTRAL_BUDGET", "32000", "9000", "READY", null),
            new Seed("职业教育产教融合实训基地", "CENTRAL_BUDGET", "15600", "4000", "REJECTED", null),
            new Seed("高标准农田建设", "CENTRAL_BUDGET", "12800", "6400", "RESERVE", null),
            new Seed("产业园区标准化厂房及配套", "SPECIAL_BOND", "68000", "30000", "APPROVED", "25000"),
            new Seed("城东片区棚户区改造", "SPECIAL_BOND", "56000", "28000", "SUBMITTED", null),
            new Seed("冷链物流园区建设", "SPECIAL_BOND", "39000", "18000", "SUBMITTED", null),
            new Seed("智慧停车场及充电设施", "SPECIAL_BOND", "9800", "6000", "READY", null),
            new Seed("城市燃气管网更新改造", "SPECIAL_BOND", "21000", "12000", "RESERVE", null),
            new Seed("污水处理厂提标改造", "SPECIAL_BOND", "16500", "9000", "APPROVED", "9000"),
            new Seed("重点水库除险加固", "TREASURY_BOND", "26000", "15000", "APPROVED", "12000"),
            new Seed("城市地下管网改造", "TREASURY_BOND", "48000", "24000", "SUBMITTED", null),
            new Seed("灾后恢复重建及防洪治理", "TREASURY_BOND", "35000", "20000", "READY", null),
            new Seed("高标准农田整区域推进", "TREASURY_BOND", "22000", "11000", "RESERVE", null),
            new Seed("大型灌区续建配套与现代化改造", "TREASURY_BOND", "30000", "16000", "REJECTED", null),
            new Seed("文化旅游融合发展示范区", "PROVINCIAL", "12000", "2000", "APPROVED", "1500"),
            new Seed("先进制造业技术改造", "PROVINCIAL", "25000", "3000", "SUBMITTED", null),
            new Seed("乡村振兴示范片区", "PROVINCIAL", "8600", "2500", "READY", null),
            new Seed("中小企业数字化转型", "PROVINCIAL", "6500", "1200", "RESERVE", null),
            new Seed("生态保护修复工程", "PROVINCIAL", "14200", "3500", "RESERVE", null),
            new Seed("城市更新示范项目", "OTHER", "36000", "8000", "RESERVE", null),
            new Seed("政策性开发性金融工具支持项目", "OTHER", "52000", "15000", "SUBMITTED", null),
            new Seed("新型城镇化补短板项目", "OTHER", "19000", "5000", "RESERVE", null));

    private final FundService funds;
    private final ProjectService projects;
    private final OrganisationService organisation;

    DemoFunds(FundService funds, ProjectService projects, OrganisationService organisation) {
        this.funds = funds;
        this.projects = projects;
        this.organisation = organisation;
    }

    /** Writes the applications; returns how many. */
    int seed(LocalDate today) {
        List<Unit> units = organisation.units();
        List<Project> ofYear = projects.ofYear(today.getYear());
        if (units.isEmpty()) {
            return 0;
        }
        LocalDate start = LocalDate.of(today.getYear(), 1, 1);
        int n = 0;
        for (int i = 0; i < SEEDS.size(); i++) {
            Seed s = SEEDS.get(i);
            Project linked = i % 3 == 0 && !ofYear.isEmpty() ? ofYear.get((i * 7) % ofYear.size()) : null;
            long unitId = linked != null ? linked.leadUnitId() : units.get((i * 5) % units.size()).id();
            LocalDate reserve = min(start.plusDays(i * 3L), today);
            FundApplication a = funds.create(new cn.diaodu.funds.FundInput(s.name(), today.getYear(), s.programme(),
                    new BigDecimal(s.total()), new BigDecimal(s.requested()), unitId,
                    linked == null ? null : linked.id(), reserve, null), DemoCitySeeder.OFFICE);
            LocalDate next = min(reserve.plusDays(40), today);
            if (s.stage().equals("REJECTED")) {
                funds.advance(a.id(), new AdvanceInput("SUBMITTED", next, null, null), DemoCitySeeder.OFFICE);
                next = min(next.plusDays(45), today);
            } else if (s.stage().equals("APPROVED")) {
                funds.advance(a.id(), new AdvanceInput("SUBMITTED", next, null, null), DemoCitySeeder.OFFICE);
                next = min(next.plusDays(60), today);
            }
            if (!s.stage().equals("RESERVE")) {
                funds.advance(a.id(), new AdvanceInput(s.stage(), next,
                        s.obtained() == null ? null : new BigDecimal(s.obtained()), null), DemoCitySeeder.OFFICE);
            }
            n++;
        }
        return n;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
