package cn.diaodu.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.campaign.Campaign;
import cn.diaodu.campaign.CampaignInput;
import cn.diaodu.campaign.CampaignItem;
import cn.diaodu.campaign.CampaignItems;
import cn.diaodu.campaign.CampaignService;
import cn.diaodu.campaign.DailyReportInput;
import cn.diaodu.campaign.DailyReports;
import cn.diaodu.campaign.ItemInput;
import cn.diaodu.common.AppClock;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.Unit;

/**
 * The demo city's flood-season campaign (防汛工作日报): the water bureau, the towns and the counties that have a
 * reporter send a figure sheet or a zero report every day of the last week (now and then late), today some have
 * reported and the others are missing; the ledger holds hazard points in every state of the loop, one overdue.
 */
@Component
class DemoCampaigns {
    private static final List<String> UNITS = List.of("slj", "lsjd", "hkz", "ytz", "xlz", "qlq", "ytx", "fmx", "lhx",
            "smx", "bsq", "dgq");
    private final CampaignService campaigns;
    private final DailyReports reports;
    private final CampaignItems items;
    private final AppClock clock;

    DemoCampaigns(CampaignService campaigns, DailyReports reports, CampaignItems items, AppClock clock) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.items = items;
        this.clock = clock;
    }

    /** Writes the campaign, its week of reports and its ledger; returns how many reports. */
    int seed(Map<String, Unit> units, Map<String, CurrentUser> reporters, LocalDate today) {
        List<String> keys = UNITS.stream().filter(k -> units.containsKey(k) && reporters.containsKey(k)).toList();
        if (keys.size() < 3) {
            return 0;
        }
        Campaign c = campaigns.create(new CampaignInput(today.getYear() + "年防汛工作日报", "FLOOD", today.minusDays(6),
                null, "17:00", keys.stream().map(k -> units.get(k).id()).toList(), List.of(
                        new CampaignInput.FieldInput("patrols", "巡查人次", "NUMBER"),
                        new CampaignInput.FieldInput("hazards", "发现隐患（处）", "NUMBER"),
                        new CampaignInput.FieldInput("moved", "转移群众（人）", "NUMBER"),
                        new CampaignInput.FieldInput("notes", "情况说明", "TEXT"))), DemoCitySeeder.OFFICE);
        OffsetDateTime now = clock.now();
        int n = 0;
        for (int back = 6; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            for (int i = 0; i < keys.size(); i++) {
                int seed = i * 7 + back * 3;
                if (back == 0 && i % 3 == 2) {
                    continue;
                }
                boolean zero = seed % 5 == 1;
                boolean late = seed % 11 == 4;
                OffsetDateTime at = day.atTime(late ? LocalTime.of(18, 20 + i) : LocalTime.of(9 + i % 6, 10 + i))
                        .atZone(AppClock.ZONE).toOffsetDateTime();
                if (at.isAfter(now)) {
                    at = now;
                }
                Map<String, Object> values = new LinkedHashMap<>();
                if (!zero) {
                    values.put("patrols", 8 + seed % 23);
                    values.put("hazards", seed % 4);
                    values.put("moved", seed % 7 == 0 ? 15 + seed % 30 : 0);
                    values.put("notes", seed % 4 == 0 ? "辖区内无险情" : "对" + (seed % 4) + "处隐患点设置警示标识并安排专人值守");
                }
                reports.putAsOf(c.id(), day, new DailyReportInput(units.get(keys.get(i)).id(), values, zero),
                        reporters.get(keys.get(i)), at);
                n++;
            }
        }
        List<CampaignItem> made = new ArrayList<>();
        String[][] hazards = { { "河口镇大沙河左岸渗水点", "桩号K2+300处堤脚渗水" }, { "云台镇水库溢洪道淤堵", "溢洪道内树枝、淤泥堆积" },
                { "杏林镇低洼地块积水隐患", "2个村民小组地势低洼" }, { "龙山街道地下通道积水点", "暴雨时积水深度超过40厘米" },
                { "水利局城区排涝泵站检修", "3号机组电机绝缘偏低" } };
        for (int i = 0; i < hazards.length; i++) {
            String key = keys.get(i % keys.size());
            made.add(items.register(c.id(), new ItemInput(hazards[i][0], units.get(key).id(),
                    today.plusDays(i == 2 ? -2 : 3 + i), hazards[i][1]), DemoCitySeeder.OFFICE));
        }
        step(made.get(0), "handle", "已采用反滤围井处置，安排专人24小时巡查", reporters, units, keys, 0);
        items.act(made.get(0).id(), "verify", "现场复核渗水已控制，同意销号", DemoCitySeeder.OFFICE);
        step(made.get(1), "handle", "已组织人员清淤，溢洪道畅通", reporters, units, keys, 1);
        items.act(made.get(1).id(), "verify", "复核通过", DemoCitySeeder.OFFICE);
        step(made.get(3), "handle", "已增设移动泵车2台，设置警示标识", reporters, units, keys, 3);
        return n;
    }

    private void step(CampaignItem item, String action, String note, Map<String, CurrentUser> reporters,
            Map<String, Unit> units, List<String> keys, int index) {
        items.act(item.id(), action, note, reporters.get(keys.get(index % keys.size())));
    }
}
