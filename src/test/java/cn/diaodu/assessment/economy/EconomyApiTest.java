package cn.diaodu.assessment.economy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Economic indicators (经济运行, issue 14 point 6): entered per county and month, replaced, refused with nothing
 * written, listed with growth, completion and the gap in points ranked by growth, shown on the page and used as an
 * assessment source.
 */
@AutoConfigureMockMvc
class EconomyApiTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private static Map<String, Object> value(String region, String value, String target, String lastYear) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("regionCode", region);
        m.put("period", "2024-06");
        m.put("indicator", "GDP");
        m.put("value", new BigDecimal(value));
        m.put("target", target == null ? null : new BigDecimal(target));
        m.put("lastYear", lastYear == null ? null : new BigDecimal(lastYear));
        return m;
    }

    private static JsonNode row(Api.Res list, String region) {
        for (JsonNode r : list.body()) {
            if (r.get("regionCode").asText().equals(region)) {
                return r;
            }
        }
        throw new AssertionError(region + " not in " + list);
    }

    @Test
    void enteredRankedShownAndAssessed() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        // A: 110 against 100 last year, target 115 → growth 10.00, completion 95.65, 5 points below target
        Api.Res a = ok(disp.post("/api/economy", value(w.countyA, "105", "115", "100")));
        assertThat(a.get("growth").decimalValue()).isEqualByComparingTo("5.00");
        ok(disp.post("/api/economy", value(w.countyA, "110", "115", "100")));
        // B: 50 against 40, target 46 → growth 25.00, completion 108.70, 10 points above
        ok(disp.post("/api/economy", value(w.countyB, "50", "46", "40")));

        invalid(disp.post("/api/economy", value(w.countyA, "-1", null, null)), "value");
        invalid(disp.post("/api/economy", value(w.countyA, "1", "0", null)), "target");
        Map<String, Object> bad = value(w.countyA, "1", null, null);
        bad.put("indicator", "GNP");
        invalid(disp.post("/api/economy", bad), "indicator");
        bad = value("999999", "1", null, null);
        invalid(disp.post("/api/economy", bad), "regionCode");
        assertThat(as(w.leaderUser).post("/api/economy", value(w.countyA, "1", null, null)).status()).isEqualTo(403);

        Api.Res list = ok(as(w.leaderUser).get("/api/economy?period=2024-06&indicator=GDP"));
        assertThat(list.body()).hasSize(2);
        assertThat(list.body().get(0).get("regionCode").asText()).isEqualTo(w.countyB);
        JsonNode ra = row(list, w.countyA);
        assertThat(ra.get("value").decimalValue()).isEqualByComparingTo("110");
        assertThat(ra.get("growth").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(ra.get("completion").decimalValue()).isEqualByComparingTo("95.65");
        assertThat(ra.get("gap").decimalValue()).isEqualByComparingTo("-5.00");
        assertThat(ra.get("rank").asInt()).isEqualTo(2);
        JsonNode rb = row(list, w.countyB);
        assertThat(rb.get("completion").decimalValue()).isEqualByComparingTo("108.70");
        assertThat(rb.get("gap").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(ok(as(w.countyLeaderA).get("/api/economy?period=2024-06&indicator=GDP")).body()).hasSize(1);

        String page = mvc.perform(get("/economy").param("period", "2024-06").param("indicator", "GDP")
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(w.dispatcher))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"economy-list\"", "低于目标值5.00个百分点", "高于目标值10.00个百分点",
                "id=\"economy-form\"");

        // an assessment indicator of its own source: growth against a target of 20 %
        Map<String, Object> round = new LinkedHashMap<>();
        round.put("name", "2024年上半年经济运行考核");
        round.put("year", 2024);
        round.put("month", 6);
        round.put("subject", "REGION");
        round.put("regionCode", w.city);
        round.put("indicators", List.of(Map.of("code", "GDP", "name", "地区生产总值增速", "weight", 1, "source",
                "ECONOMY_GROWTH_GDP", "rule", Map.of("type", "TARGET", "target", 20))));
        long id = created(disp.post("/api/assessments", round)).id();
        Api.Res r = ok(disp.get("/api/assessments/" + id + "/results"));
        assertThat(r.get("results").get(0).get("subject").asText()).isEqualTo(w.countyB);
        assertThat(r.get("results").get(0).get("total").decimalValue()).isEqualByComparingTo("100");
        assertThat(r.get("results").get(1).get("total").decimalValue()).isEqualByComparingTo("50");
    }
}
