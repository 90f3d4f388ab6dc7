package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * The attraction pipeline in the assessment rounds (CONTRACT §14): the source INVESTMENT_LANDING gives §12's landing
 * rate per responsible unit and per county, and a subject with leads but nothing signed this year is proposed for the
 * veto (招商引资一票否决). Today is 2024-07-15.
 */
class InvestmentAssessmentTest extends InvestmentCity {

    private static Map<String, Object> round(String subject, String region) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "2024年上半年考核");
        m.put("year", 2024);
        m.put("month", 6);
        m.put("subject", subject);
        m.put("regionCode", region);
        m.put("indicators", List.of(Map.of("code", "LAND", "name", "招商落地率", "weight", 1, "source",
                "INVESTMENT_LANDING", "rule", Map.of("type", "TARGET", "target", 50))));
        return m;
    }

    @Test
    void theLandingRateIsASourceAndNoSigningIsProposedForTheVeto() {
        City c = city();
        Api office = as(c.attraction());
        Api disp = as(c.w().dispatcher);
        created(disp.post("/api/projects", project("甲项目", c.w().countyA, c.w().unitA, null, "100")));
        created(disp.post("/api/projects", project("乙项目", c.w().countyB, c.w().unitB, null, "100")));
        long a = lead(office, lead("甲线索", c.w().countyA, c.w().unitA, "5000", "2024-01-10"));
        ok(office.post("/api/investments/" + a + "/advance", sign("2024-03-01", "6000")));
        ok(office.post("/api/investments/" + a + "/advance", advance("LANDED", "2024-05-01")));
        lead(office, lead("乙线索", c.w().countyB, c.w().unitB, "3000", "2024-02-01"));

        long units = created(disp.post("/api/assessments", round("UNIT", c.w().city))).id();
        Map<Long, JsonNode> byUnit = new LinkedHashMap<>();
        ok(disp.get("/api/assessments/" + units + "/results")).get("results")
                .forEach(r -> byUnit.put(r.get("subject").asLong(), r));
        assertThat(byUnit.get(c.w().unitA).get("scores").get(0).get("value").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(byUnit.get(c.w().unitA).get("scores").get(0).get("score").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(byUnit.get(c.w().unitB).get("scores").get(0).get("value").decimalValue())
                .as("a lead, nothing signed").isEqualByComparingTo("0");
        JsonNode proposed = ok(disp.get("/api/assessments/" + units + "/veto-proposals")).body();
        assertThat(proposed).extracting(p -> p.get("subject").asText()).containsExactly(String.valueOf(c.w().unitB));
        assertThat(proposed.get(0).get("reason").asText()).contains("2024年度无签约招商项目");

        long regions = created(disp.post("/api/assessments", round("REGION", c.w().city))).id();
        Map<String, JsonNode> byRegion = new LinkedHashMap<>();
        ok(disp.get("/api/assessments/" + regions + "/results")).get("results")
                .forEach(r -> byRegion.put(r.get("subject").asText(), r));
        assertThat(byRegion.get(c.w().countyA).get("scores").get(0).get("value").decimalValue())
                .isEqualByComparingTo("100");
        assertThat(ok(disp.get("/api/assessments/" + regions + "/veto-proposals")).body())
                .extracting(p -> p.get("subject").asText()).containsExactly(c.w().countyB);
    }
}
