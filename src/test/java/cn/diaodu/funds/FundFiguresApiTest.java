package cn.diaodu.funds;

import static cn.diaodu.funds.FundApiTest.approve;
import static cn.diaodu.funds.FundApiTest.body;
import static cn.diaodu.funds.FundApiTest.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The figures of the funds pipeline (CONTRACT §13, docs/figures.md §13) on a hand-computed set: one row per stage,
 * each application in its current stage, zeros included; the region filter and the caller's scope; by programme and
 * by unit; the seeds' sentence. Today is 2024-07-15.
 */
class FundFiguresApiTest extends ApiTest {

    private long app(Api d, Map<String, Object> b, String... steps) {
        long id = created(d.post("/api/fund-applications", withDate(b, "2024-01-05"))).id();
        for (String s : steps) {
            String[] p = s.split(":");
            ok(d.post("/api/fund-applications/" + id + "/advance",
                    p.length == 2 ? approve("2024-05-01", p[1]) : step(p[0], "2024-04-01")));
        }
        return id;
    }

    private static Map<String, Object> withDate(Map<String, Object> b, String date) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(b);
        m.put("date", date);
        return m;
    }

    private static List<String> rows(JsonNode stages) {
        List<String> out = new ArrayList<>();
        stages.forEach(s -> out.add(s.get("stage").asText() + " " + s.get("count").asInt() + " "
                + money(s.get("totalInvestment")) + " " + money(s.get("requested")) + " " + money(s.get("obtained"))));
        return out;
    }

    /** An amount as JSON holds it, with its two decimals (the client reads numbers as doubles). */
    private static String money(JsonNode n) {
        assertThat(n.isNumber()).as("%s", n).isTrue();
        return n.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @Test
    void byStageByProgrammeByUnitAndTheSentence() {
        World w = world();
        Api d = as(w.dispatcher);
        app(d, body("A1", "CENTRAL_BUDGET", "10000", "3000", w.unitA));
        app(d, body("A2", "CENTRAL_BUDGET", "20000", "5000", w.unitA), "READY");
        app(d, body("A3", "SPECIAL_BOND", "30000", "10000", w.unitA), "SUBMITTED");
        app(d, body("A4", "SPECIAL_BOND", "40000", "12000", w.unitA), "SUBMITTED", "APPROVED:8000.50");
        app(d, body("B1", "TREASURY_BOND", "50000", "20000", w.unitB), "SUBMITTED", "REJECTED");
        app(d, body("B2", "PROVINCIAL", "1234.56", "1000", w.unitB), "APPROVED:1000");
        Map<String, Object> old = body("B3", "OTHER", "99999", "99999", w.unitB);
        old.put("year", 2023);
        app(d, old);

        JsonNode all = ok(d.get("/api/analysis/fund-applications?year=2024&regionCode=" + w.province)).body();
        assertThat(rows(all.get("stages"))).containsExactly(
                "RESERVE 1 10000.00 3000.00 0.00",
                "READY 1 20000.00 5000.00 0.00",
                "SUBMITTED 1 30000.00 10000.00 0.00",
                "APPROVED 2 41234.56 13000.00 9000.50",
                "REJECTED 1 50000.00 20000.00 0.00");
        assertThat(all.get("sentence").asText()).isEqualTo("筛选梳理拟争取政策项目6个，总投资15.12亿元；已上报4项，总投资12.12亿元，"
                + "申请资金4.30亿元；已下达2项，争取资金0.90亿元；储备具备上报条件的项目1项，总投资2.00亿元，申请资金0.50亿元；"
                + "正在开展前期工作的项目1项。");
        JsonNode programmes = all.get("programmes");
        assertThat(programmes.size()).isEqualTo(5);
        assertThat(programmes.get(1).get("key").asText()).isEqualTo("SPECIAL_BOND");
        assertThat(programmes.get(1).get("count").asInt()).isEqualTo(2);
        assertThat(programmes.get(1).get("submitted").asInt()).isEqualTo(2);
        assertThat(programmes.get(1).get("approved").asInt()).isEqualTo(1);
        assertThat(programmes.get(1).get("obtained").decimalValue()).isEqualByComparingTo("8000.50");
        assertThat(programmes.get(4).get("count").asInt()).isZero();
        JsonNode units = all.get("units");
        assertThat(units.size()).isEqualTo(2);
        assertThat(units.get(0).get("key").asLong()).isEqualTo(w.unitA);
        assertThat(units.get(0).get("requested").decimalValue()).isEqualByComparingTo("30000");
        assertThat(units.get(1).get("obtained").decimalValue()).isEqualByComparingTo("1000");

        // one county: its unit's applications only; every stage still has its row
        JsonNode a = ok(d.get("/api/analysis/fund-applications?year=2024&regionCode=" + w.countyA)).body();
        assertThat(rows(a.get("stages"))).containsExactly(
                "RESERVE 1 10000.00 3000.00 0.00",
                "READY 1 20000.00 5000.00 0.00",
                "SUBMITTED 1 30000.00 10000.00 0.00",
                "APPROVED 1 40000.00 12000.00 8000.50",
                "REJECTED 0 0.00 0.00 0.00");
        // a reporter counts its own unit's; a county leader its county's
        assertThat(rows(ok(as(w.reporterB).get("/api/analysis/fund-applications?year=2024")).get("stages")))
                .containsExactly("RESERVE 0 0.00 0.00 0.00", "READY 0 0.00 0.00 0.00",
                        "SUBMITTED 0 0.00 0.00 0.00", "APPROVED 1 1234.56 1000.00 1000.00",
                        "REJECTED 1 50000.00 20000.00 0.00");
        assertThat(ok(as(w.countyLeaderA).get("/api/analysis/fund-applications?year=2024")).get("sentence")
                .asText()).startsWith("筛选梳理拟争取政策项目4个，总投资10.00亿元；已上报2项");
        // another year, refusals
        assertThat(rows(ok(d.get("/api/analysis/fund-applications?year=2023&regionCode=" + w.province))
                .get("stages")).get(0)).isEqualTo("RESERVE 1 99999.00 99999.00 0.00");
        invalid(d.get("/api/analysis/fund-applications"), "year");
        invalid(d.get("/api/analysis/fund-applications?year=2024&regionCode=999999"), "regionCode");
        assertThat(as(w.countyLeaderA).get("/api/analysis/fund-applications?year=2024&regionCode=" + w.countyB)
                .status()).isEqualTo(403);
        assertThat(as(w.auditor).get("/api/analysis/fund-applications?year=2024").status()).isEqualTo(403);
        // in English on request
        Api.Res en = d.send("GET", "/api/analysis/fund-applications?year=2024&regionCode=" + w.countyA
                + "&lang=en", null);
        assertThat(en.status()).isEqualTo(200);
    }
}
