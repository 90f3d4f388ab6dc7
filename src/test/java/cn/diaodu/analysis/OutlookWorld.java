package cn.diaodu.analysis;

import java.util.Map;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The worked example of docs/figures.md §6, built through the API in a world of its own (today 2024-07-15; amounts
 * in 万元):
 * <pre>
 * 2023  Q1 SFpp-2023-001 城东污水处理厂 INFRASTRUCTURE unitA countyA  03:100 06:200 10:700  (June 300, year 1000)
 *       Q2 (generated)   北区道路       INFRASTRUCTURE unitB countyB  05:80 11:420          (June 80, year 500)
 *       Q3 (generated)   老年大学       SOCIAL         unitB countyB  09:400                (June 0, year 400)
 * 2024  P1 SFpp-2024-001 城东污水处理厂 INFRASTRUCTURE unitA countyA  a 1200 T 3600 start 2023-11-01  01..06: 60
 *       P2 (generated)   北区道路       INFRASTRUCTURE unitB countyB  a 800  T 2400 start 2024-04-20  05:50 06:70
 *       P3 (generated)   老年大学二期   SOCIAL         unitB countyB  a 500  T 1500 start 2024-03-01  04:10 06:5
 *       P4 (generated)   智能装备产业园 INDUSTRY       unitA countyA  a 1000 T 3000 start 2024-01-15
 *                        plan 50,50,100×8,50,50                                            02:100 04:150 06:150
 *       P5 (generated)   数据中心       SERVICES       unitA countyB  a 200  T 300  start 2024-01-05  01:100 02:50 03:50
 * milestones: P1 主体完工 2024-06-30 (overdue 15 days), P1 设备安装 2024-09-30, P4 厂房封顶 2024-05-31 reached 2024-06-10
 * </pre>
 */
abstract class OutlookWorld extends ApiTest {

    record Example(World w, long q1, long q2, long q3, long p1, long p2, long p3, long p4, long p5) {
    }

    protected Example example() {
        World w = world();
        String pp = w.province.substring(0, 2);
        Api disp = as(w.dispatcher);

        var bq1 = project("城东污水处理厂", w.countyA, w.unitA, null, "1200");
        bq1.put("code", "SF" + pp + "-2023-001");
        bq1.put("year", 2023);
        bq1.put("category", "INFRASTRUCTURE");
        bq1.put("actualStart", "2023-02-01");
        long q1 = created(disp.post("/api/projects", bq1)).id();
        var bq2 = project("北区道路", w.countyB, w.unitB, null, "600");
        bq2.put("year", 2023);
        bq2.put("category", "INFRASTRUCTURE");
        bq2.put("actualStart", "2023-04-01");
        long q2 = created(disp.post("/api/projects", bq2)).id();
        var bq3 = project("老年大学", w.countyB, w.unitB, null, "400");
        bq3.put("year", 2023);
        bq3.put("category", "SOCIAL");
        bq3.put("actualStart", "2023-08-01");
        long q3 = created(disp.post("/api/projects", bq3)).id();
        reports(disp, q1, "2023-03", "100", "2023-06", "200", "2023-10", "700");
        reports(disp, q2, "2023-05", "80", "2023-11", "420");
        reports(disp, q3, "2023-09", "400");

        var b1 = project("城东污水处理厂", w.countyA, w.unitA, null, "1200");
        b1.put("code", "SF" + pp + "-2024-001");
        b1.put("category", "INFRASTRUCTURE");
        b1.put("actualStart", "2023-11-01");
        long p1 = created(disp.post("/api/projects", b1)).id();
        var b2 = project("北区道路", w.countyB, w.unitB, null, "800");
        b2.put("category", "INFRASTRUCTURE");
        b2.put("actualStart", "2024-04-20");
        long p2 = created(disp.post("/api/projects", b2)).id();
        var b3 = project("老年大学二期", w.countyB, w.unitB, null, "500");
        b3.put("category", "SOCIAL");
        b3.put("actualStart", "2024-03-01");
        long p3 = created(disp.post("/api/projects", b3)).id();
        var b4 = project("智能装备产业园", w.countyA, w.unitA, null, "1000");
        b4.put("actualStart", "2024-01-15");
        b4.put("monthlyPlan", months("50", "50", "100", "100", "100", "100", "100", "100", "100", "100", "50", "50"));
        long p4 = created(disp.post("/api/projects", b4)).id();
        var b5 = project("数据中心", w.countyB, w.unitA, null, "200");
        b5.put("category", "SERVICES");
        b5.put("totalInvestment", 300);
        b5.put("actualStart", "2024-01-05");
        long p5 = created(disp.post("/api/projects", b5)).id();

        for (String m : new String[] {"01", "02", "03", "04", "05", "06"}) {
            ok(disp.put("/api/projects/" + p1 + "/reports/2024-" + m, report("60")));
        }
        reports(disp, p2, "2024-05", "50", "2024-06", "70");
        reports(disp, p3, "2024-04", "10", "2024-06", "5");
        reports(disp, p4, "2024-02", "100", "2024-04", "150", "2024-06", "150");
        reports(disp, p5, "2024-01", "100", "2024-02", "50", "2024-03", "50");

        created(disp.post("/api/projects/" + p1 + "/milestones", Map.of("name", "主体完工", "plannedDate", "2024-06-30")));
        created(disp.post("/api/projects/" + p1 + "/milestones", Map.of("name", "设备安装", "plannedDate", "2024-09-30")));
        created(disp.post("/api/projects/" + p4 + "/milestones", Map.of("name", "厂房封顶", "plannedDate", "2024-05-31",
                "actualDate", "2024-06-10")));
        return new Example(w, q1, q2, q3, p1, p2, p3, p4, p5);
    }

    private static void reports(Api api, long id, String... periodAndAmount) {
        for (int i = 0; i < periodAndAmount.length; i += 2) {
            ok(api.put("/api/projects/" + id + "/reports/" + periodAndAmount[i], report(periodAndAmount[i + 1])));
        }
    }
}
