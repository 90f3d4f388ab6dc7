package cn.diaodu.procedure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * A small city for the procedures' figures (docs/figures.md §10 (前期手续)), year 2024, today 2024-07-15:
 * <ul>
 * <li>A 已开工: started 2024-01-10; APPROVAL done (applied 2023-10-01, approved 2023-10-21 by unit B, 20 days), the
 * rest unrecorded;</li>
 * <li>B 待开工: not started; every kind done (EIA applied 2024-03-01, approved 2024-03-11 by unit A, 10 days; PERMIT
 * 2024-06-01 → 2024-07-01 by unit C, 30 days) except ENERGY, not needed: ready;</li>
 * <li>C 办理中: not started; LAND in progress, planned 2024-06-30, unit B (overdue); SITE pending, planned 2024-07-01
 * (overdue); EIA done; the rest unrecorded;</li>
 * <li>D 八月开工 (county B): started 2024-08-05, after July; every kind done (EIA 2024-03-01 → 2024-03-31 by unit A, 30
 * days): ready at the end of July, started by the end of August.</li>
 * </ul>
 * A, B and C lie in county A (unit A), D in county B (unit B).
 */
abstract class ProcedureCity extends ApiTest {

    record City(World w, long unitC, long a, long b, long c, long d, List<String> kinds) {
    }

    City city() {
        World w = world();
        Api disp = as(w.dispatcher);
        long unitC = created(admin().post("/api/units", Map.of("name", "丙县审批局" + w.province.substring(0, 2),
                "kind", "DEPARTMENT", "regionCode", w.countyA))).id();
        List<String> kinds = new ArrayList<>();
        ok(disp.get("/api/procedures/kinds")).body().forEach(k -> kinds.add(k.get("code").asText()));

        long a = created(disp.post("/api/projects", project("已开工项目", w.countyA, w.unitA, null, "1000"))).id();
        long b = created(disp.post("/api/projects", notStarted("待开工项目", w.countyA, w.unitA, null))).id();
        long c = created(disp.post("/api/projects", notStarted("办理中项目", w.countyA, w.unitA, null))).id();
        long d = created(disp.post("/api/projects", notStarted("八月开工项目", w.countyB, w.unitB, "2024-08-05"))).id();

        ok(disp.put(at(a, "APPROVAL"), done("2023-10-01", "2023-10-21", w.unitB)));
        for (String k : kinds) {
            Map<String, Object> body = switch (k) {
                case "ENERGY" -> status("NOT_NEEDED");
                case "EIA" -> done("2024-03-01", "2024-03-11", w.unitA);
                case "PERMIT" -> done("2024-06-01", "2024-07-01", unitC);
                default -> done(null, "2024-05-01", null);
            };
            ok(disp.put(at(b, k), body));
            ok(disp.put(at(d, k), "EIA".equals(k) ? done("2024-03-01", "2024-03-31", w.unitA)
                    : done(null, "2024-05-02", null)));
        }
        Map<String, Object> land = status("IN_PROGRESS");
        land.put("plannedDate", "2024-06-30");
        land.put("approvingUnitId", w.unitB);
        ok(disp.put(at(c, "LAND"), land));
        Map<String, Object> site = status("PENDING");
        site.put("plannedDate", "2024-07-01");
        ok(disp.put(at(c, "SITE"), site));
        ok(disp.put(at(c, "EIA"), done(null, "2024-05-01", null)));
        return new City(w, unitC, a, b, c, d, kinds);
    }

    private static Map<String, Object> notStarted(String name, String region, long unit, String actualStart) {
        Map<String, Object> m = project(name, region, unit, null, "1000");
        m.put("actualStart", actualStart);
        m.put("plannedStart", "2024-08-01");
        return m;
    }

    static String at(long project, String code) {
        return "/api/projects/" + project + "/procedures/" + code;
    }

    static Map<String, Object> status(String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        return m;
    }

    static Map<String, Object> done(String applied, String actual, Long unit) {
        Map<String, Object> m = status("DONE");
        m.put("appliedDate", applied);
        m.put("actualDate", actual);
        m.put("documentNo", "青发改审批〔2024〕" + actual.substring(5, 7) + "号");
        m.put("approvingUnitId", unit);
        return m;
    }
}
