package cn.diaodu.investment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** Helpers of the attraction tests: the attraction office's users and a valid lead's body. Today is 2024-07-15. */
abstract class InvestmentCity extends ApiTest {

    /** The world of {@link ApiTest#world()} with an attraction office for the province and one for county A. */
    protected record City(World w, String attraction, String countyAttraction) {
    }

    protected City city() {
        World w = world();
        String a = user(admin(), "zs" + w.province, List.of("ATTRACTION"), null, w.province);
        String ca = user(admin(), "zsa" + w.province, List.of("ATTRACTION"), null, w.countyA);
        return new City(w, a, ca);
    }

    protected static Map<String, Object> lead(String name, String region, long unit, String planned, String date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("investor", "青岚新能源科技有限公司");
        m.put("origin", "DOMESTIC");
        m.put("industry", "新能源");
        m.put("plannedInvestment", new java.math.BigDecimal(planned));
        m.put("regionCode", region);
        m.put("responsibleUnitId", unit);
        m.put("negotiator", "张洽谈");
        m.put("informant", "李信息");
        if (date != null) {
            m.put("date", date);
        }
        return m;
    }

    protected static Map<String, Object> advance(String stage, String date) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", stage);
        m.put("date", date);
        return m;
    }

    protected static Map<String, Object> sign(String date, String amount) {
        Map<String, Object> m = advance("SIGNED", date);
        m.put("signedAmount", new java.math.BigDecimal(amount));
        m.put("agreement", "CONTRACT");
        return m;
    }

    protected long lead(Api a, Map<String, Object> body) {
        return created(a.post("/api/investments", body)).id();
    }
}
