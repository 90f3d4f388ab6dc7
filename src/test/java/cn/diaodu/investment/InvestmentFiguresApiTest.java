package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.support.Api;

/**
 * The figures of CONTRACT §12 on a hand-computed set (docs/figures.md, "Investment attraction"): two counties and
 * the city's own level, three units, eight leads. Today is 2024-07-15; amounts in 万元.
 *
 * <pre>
 * lead unit county lead-date signed (amount)      then                                  funds
 * L1   A    A      01-05     2024-02-01 (20000)   LANDED 03-01, STARTED 05-01            5000 + 3000
 * L2   A    A      01-10     2024-04-01 (5000)    -                                      1000
 * L3   A    B      02-01     2024-03-01 (150000)  LANDED 06-01                           -
 * L4   B    B      2023-09-01 2023-10-01 (8000)   LANDED 2024-01-10 (signed 2023: not counted)
 * L5   B    B      05-01     -                    -
 * L6   B    B      04-01     2024-05-01 (3000)    LANDED 06-01, STARTED 07-01, OPERATING 07-15   3000
 * L7   B    city   05-01     2024-06-01 (1000)    LOST 07-01
 * L8   C    A      01-01     -                    -
 * </pre>
 */
class InvestmentFiguresApiTest extends InvestmentCity {
    @Autowired
    InvestmentFacts facts;

    record Set8(City c, long unitC) {
    }

    private Set8 build() {
        City c = city();
        World w = c.w();
        long unitC = created(admin().post("/api/units", Map.of("name", "甲县商务局" + w.province, "kind",
                "DEPARTMENT", "regionCode", w.countyA))).id();
        Api a = as(c.attraction());
        long l1 = lead(a, lead("L1", w.countyA, w.unitA, "20000", "2024-01-05"));
        ok(a.post("/api/investments/" + l1 + "/advance", sign("2024-02-01", "20000")));
        ok(a.post("/api/investments/" + l1 + "/advance", advance("LANDED", "2024-03-01")));
        ok(a.post("/api/investments/" + l1 + "/advance", advance("STARTED", "2024-05-01")));
        created(a.post("/api/investments/" + l1 + "/funds", Map.of("date", "2024-03-01", "amount", 5000)));
        created(a.post("/api/investments/" + l1 + "/funds", Map.of("date", "2024-06-01", "amount", 3000)));
        long l2 = lead(a, lead("L2", w.countyA, w.unitA, "5000", "2024-01-10"));
        ok(a.post("/api/investments/" + l2 + "/advance", sign("2024-04-01", "5000")));
        created(a.post("/api/investments/" + l2 + "/funds", Map.of("date", "2024-04-02", "amount", 1000)));
        long l3 = lead(a, lead("L3", w.countyB, w.unitA, "150000", "2024-02-01"));
        ok(a.post("/api/investments/" + l3 + "/advance", sign("2024-03-01", "150000")));
        ok(a.post("/api/investments/" + l3 + "/advance", advance("LANDED", "2024-06-01")));
        long l4 = lead(a, lead("L4", w.countyB, w.unitB, "8000", "2023-09-01"));
        ok(a.post("/api/investments/" + l4 + "/advance", sign("2023-10-01", "8000")));
        ok(a.post("/api/investments/" + l4 + "/advance", advance("LANDED", "2024-01-10")));
        lead(a, lead("L5", w.countyB, w.unitB, "500", "2024-05-01"));
        long l6 = lead(a, lead("L6", w.countyB, w.unitB, "3000", "2024-04-01"));
        ok(a.post("/api/investments/" + l6 + "/advance", sign("2024-05-01", "3000")));
        ok(a.post("/api/investments/" + l6 + "/advance", advance("LANDED", "2024-06-01")));
        ok(a.post("/api/investments/" + l6 + "/advance", advance("STARTED", "2024-07-01")));
        ok(a.post("/api/investments/" + l6 + "/advance", advance("OPERATING", "2024-07-15")));
        created(a.post("/api/investments/" + l6 + "/funds", Map.of("date", "2024-07-01", "amount", 3000)));
        long l7 = lead(a, lead("L7", w.city, w.unitB, "1000", "2024-05-01"));
        ok(a.post("/api/investments/" + l7 + "/advance", sign("2024-06-01", "1000")));
        ok(a.post("/api/investments/" + l7 + "/lose", Map.of("date", "2024-07-01", "reason", "投资方撤资")));
        lead(a, lead("L8", w.countyA, unitC, "700", "2024-01-01"));
        return new Set8(c, unitC);
    }

    @Test
    void byUnitAndTheTotal() {
        Set8 s = build();
        World w = s.c().w();
        JsonNode r = ok(as(s.c().attraction()).get("/api/analysis/investments?year=2024&groupBy=UNIT")).body();
        figures(r.get("total"), 5, "179000", 3, 2, 1, "60.00", "40.00", "12000", "6.70");
        Map<Long, JsonNode> g = byKey(r);
        assertThat(g).hasSize(3);
        figures(g.get(w.unitA), 3, "175000", 2, 1, 0, "66.67", "33.33", "9000", "5.14");
        figures(g.get(w.unitB), 2, "4000", 1, 1, 1, "50.00", "50.00", "3000", "75.00");
        figures(g.get(s.unitC()), 0, "0", 0, 0, 0, "0.00", "0.00", "0", "0.00");
        assertThat(g.get(w.unitA).get("rank").asInt()).isEqualTo(1);
        assertThat(g.get(w.unitB).get("rank").asInt()).isEqualTo(2);
        assertThat(g.get(s.unitC()).get("rank").asInt()).isEqualTo(3);
        assertThat(r.get("groups").get(0).get("key").asLong()).isEqualTo(w.unitA);
        assertThat(g.get(w.unitA).get("name").asText()).isEqualTo("甲县发改局" + w.province.substring(0, 2));
        // a year without signings: nothing signed, every rate 0.00
        JsonNode y2023 = ok(as(s.c().attraction()).get("/api/analysis/investments?year=2023&groupBy=UNIT")).body();
        figures(y2023.get("total"), 1, "8000", 1, 0, 0, "100.00", "0.00", "0", "0.00");
    }

    @Test
    void byRegionBelowTheCity() {
        Set8 s = build();
        World w = s.c().w();
        JsonNode r = ok(as(s.c().attraction()).get("/api/analysis/investments?year=2024&groupBy=REGION&regionCode="
                + w.city)).body();
        figures(r.get("total"), 5, "179000", 3, 2, 1, "60.00", "40.00", "12000", "6.70");
        Map<String, JsonNode> g = new HashMap<>();
        r.get("groups").forEach(x -> g.put(x.get("key").asText(), x));
        assertThat(g).hasSize(3);
        figures(g.get(w.countyA), 2, "25000", 1, 1, 0, "50.00", "50.00", "9000", "36.00");
        figures(g.get(w.countyB), 2, "153000", 2, 1, 1, "100.00", "50.00", "3000", "1.96");
        figures(g.get(w.city), 1, "1000", 0, 0, 0, "0.00", "0.00", "0", "0.00");
        assertThat(g.get(w.countyB).get("rank").asInt()).isEqualTo(1);
        assertThat(g.get(w.countyA).get("rank").asInt()).isEqualTo(2);
        assertThat(g.get(w.city).get("rank").asInt()).isEqualTo(3);
        assertThat(g.get(w.city).get("name").asText()).endsWith("（本级）");
        // the county's leader sees its county only; unknown region 422; another's region 403; no reading role 403
        JsonNode county = ok(as(w.countyLeaderA).get("/api/analysis/investments?year=2024&groupBy=UNIT")).body();
        figures(county.get("total"), 2, "25000", 1, 1, 0, "50.00", "50.00", "9000", "36.00");
        invalid(as(w.leaderUser).get("/api/analysis/investments?year=2024&groupBy=REGION&regionCode=999999"),
                "regionCode");
        invalid(as(w.leaderUser).get("/api/analysis/investments?year=2024&groupBy=COLOUR"), "groupBy");
        assertThat(as(w.countyLeaderA).get("/api/analysis/investments?year=2024&groupBy=REGION&regionCode="
                + w.countyB).status()).isEqualTo(403);
        assertThat(as(w.reporterA).get("/api/analysis/investments?year=2024").status()).isEqualTo(403);
    }

    @Test
    void bandsFunnelAndUnitsWithoutSigning() {
        Set8 s = build();
        World w = s.c().w();
        CurrentUser office = new CurrentUser(0, "office", "office", Set.of(Role.ATTRACTION), null, w.province);
        InvestmentFacts.Overview o = facts.overview(2024, w.city, office);
        assertThat(o.bands().aboveYi()).isEqualTo(2);
        assertThat(o.bands().aboveYiAmount()).isEqualByComparingTo("170000");
        assertThat(o.bands().aboveTenYi()).isEqualTo(1);
        assertThat(o.bands().aboveTenYiAmount()).isEqualByComparingTo("150000");
        assertThat(o.funnel().stream().map(f -> f.stage() + "=" + f.count()).toList()).containsExactly("LEAD=7",
                "NEGOTIATING=5", "SIGNED=5", "LANDED=4", "STARTED=2", "OPERATING=1", "LOST=1");
        assertThat(o.unitsWithoutSigning()).extracting(InvestmentFacts.UnitWithoutSigning::unitId)
                .containsExactly(s.unitC());
        assertThat(facts.unitsWithoutSigning(2024, w.province)).extracting(InvestmentFacts.UnitWithoutSigning::unitId)
                .containsExactly(s.unitC());
        assertThat(facts.unitsWithoutSigning(2023, w.province)).extracting(InvestmentFacts.UnitWithoutSigning::unitId)
                .containsExactlyInAnyOrder(w.unitA, s.unitC());
        Map<Object, BigDecimal> rates = facts.landingRates(2024, InvestmentFacts.GroupBy.UNIT, w.province);
        assertThat(rates.get(w.unitA)).isEqualByComparingTo("66.67");
        assertThat(rates.get(w.unitB)).isEqualByComparingTo("50.00");
        assertThat(facts.total(2024, w.province).signedAmount()).isEqualByComparingTo("179000");
        // the industry chain: every lead here is 新能源
        assertThat(o.byIndustry()).hasSize(1);
        assertThat(o.byIndustry().get(0).name()).isEqualTo("新能源");
        assertThat(o.byIndustry().get(0).signed()).isEqualTo(5);
        List<InvestmentFigures.Group> regions = o.byRegion();
        assertThat(regions).extracting(InvestmentFigures.Group::rank).containsExactly(1, 2, 3);
    }

    private static Map<Long, JsonNode> byKey(JsonNode r) {
        Map<Long, JsonNode> g = new HashMap<>();
        r.get("groups").forEach(x -> g.put(x.get("key").asLong(), x));
        return g;
    }

    private static void figures(JsonNode n, int signed, String amount, int landed, int started, int operating,
            String landingRate, String startRate, String funds, String fundsRate) {
        assertThat(n).as("a group").isNotNull();
        assertThat(n.get("signed").asInt()).as("signed %s", n).isEqualTo(signed);
        assertThat(n.get("signedAmount").decimalValue()).as("signedAmount %s", n).isEqualByComparingTo(amount);
        assertThat(n.get("landed").asInt()).as("landed %s", n).isEqualTo(landed);
        assertThat(n.get("started").asInt()).as("started %s", n).isEqualTo(started);
        assertThat(n.get("operating").asInt()).as("operating %s", n).isEqualTo(operating);
        assertThat(n.get("landingRate").decimalValue()).as("landingRate %s", n).isEqualByComparingTo(landingRate);
        assertThat(n.get("startRate").decimalValue()).as("startRate %s", n).isEqualByComparingTo(startRate);
        assertThat(n.get("fundsInPlace").decimalValue()).as("fundsInPlace %s", n).isEqualByComparingTo(funds);
        assertThat(n.get("fundsRate").decimalValue()).as("fundsRate %s", n).isEqualByComparingTo(fundsRate);
    }
}
