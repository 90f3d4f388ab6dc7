package cn.diaodu.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * docs/figures.md §10 (前期手续) on the small city of {@link ProcedureCity}: GET /api/analysis/procedures (projects, not started
 * and its rate, ready, per kind with unrecorded kinds pending) for July and August, in scope and by region; the
 * approving units' ranking.
 */
class ProcedureFiguresApiTest extends ProcedureCity {

    private static JsonNode kind(JsonNode a, String code) {
        for (JsonNode k : a.get("kinds")) {
            if (k.get("code").asText().equals(code)) {
                return k;
            }
        }
        throw new AssertionError("no kind " + code);
    }

    private static void counts(JsonNode k, int done, int inProgress, int pending, int notNeeded, int overdue) {
        assertThat(List.of(k.get("done").asInt(), k.get("inProgress").asInt(), k.get("pending").asInt(),
                k.get("notNeeded").asInt(), k.get("overdue").asInt())).as(k.toString())
                .containsExactly(done, inProgress, pending, notNeeded, overdue);
    }

    @Test
    void theOverviewCountsNotStartedReadyAndEveryKind() {
        City c = city();
        Api disp = as(c.w().dispatcher);
        Api.Res julyRes = ok(disp.get("/api/analysis/procedures?year=2024&month=7"));
        JsonNode july = julyRes.body();
        assertThat(july.get("projects").asInt()).isEqualTo(4);
        assertThat(july.get("notStarted").asInt()).as("B, C and D (started in August)").isEqualTo(3);
        assertThat(july.get("notStartedRate").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(julyRes.text()).as("two decimals").contains("\"notStartedRate\":75.00");
        assertThat(july.get("ready").asInt()).as("B and D").isEqualTo(2);
        List<String> codes = new ArrayList<>();
        july.get("kinds").forEach(k -> codes.add(k.get("code").asText()));
        assertThat(codes).as("every kind, in the catalogue's order").isEqualTo(c.kinds());
        assertThat(kind(july, "EIA").get("name").asText()).isEqualTo("环评");
        counts(kind(july, "EIA"), 3, 0, 1, 0, 0);
        counts(kind(july, "LAND"), 2, 1, 1, 0, 1);
        counts(kind(july, "SITE"), 2, 0, 2, 0, 1);
        counts(kind(july, "ENERGY"), 1, 0, 2, 1, 0);
        counts(kind(july, "APPROVAL"), 3, 0, 1, 0, 0);
        counts(kind(july, "PERMIT"), 2, 0, 2, 0, 0);
        for (JsonNode k : july.get("kinds")) {
            int sum = k.get("done").asInt() + k.get("inProgress").asInt() + k.get("pending").asInt()
                    + k.get("notNeeded").asInt();
            assertThat(sum).as("every project once per kind: %s", k).isEqualTo(4);
        }

        JsonNode august = ok(disp.get("/api/analysis/procedures?year=2024&month=8")).body();
        assertThat(august.get("notStarted").asInt()).isEqualTo(2);
        assertThat(august.get("notStartedRate").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(august.get("ready").asInt()).as("D has started").isEqualTo(1);

        // one more procedure done makes C ready? not while others are pending
        ok(disp.put(at(c.c(), "LAND"), done(null, "2024-07-10", null)));
        JsonNode after = ok(disp.get("/api/analysis/procedures?year=2024&month=7")).body();
        assertThat(after.get("ready").asInt()).isEqualTo(2);
        counts(kind(after, "LAND"), 3, 0, 1, 0, 0);
    }

    @Test
    void theOverviewKeepsToTheScopeAndTheRegion() {
        City c = city();
        JsonNode county = ok(as(c.w().countyLeaderA).get("/api/analysis/procedures?year=2024&month=7")).body();
        assertThat(county.get("projects").asInt()).isEqualTo(3);
        assertThat(county.get("notStarted").asInt()).isEqualTo(2);
        assertThat(county.get("notStartedRate").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(county.get("ready").asInt()).isEqualTo(1);

        Api disp = as(c.w().dispatcher);
        JsonNode b = ok(disp.get("/api/analysis/procedures?year=2024&month=7&regionCode=" + c.w().countyB)).body();
        assertThat(b.get("projects").asInt()).isEqualTo(1);
        assertThat(b.get("notStartedRate").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(b.get("ready").asInt()).isEqualTo(1);
        JsonNode none = ok(disp.get("/api/analysis/procedures?year=2023&month=7")).body();
        assertThat(none.get("projects").asInt()).isZero();
        assertThat(none.get("notStartedRate").decimalValue()).isEqualByComparingTo("0");

        assertThat(as(c.w().reporterA).get("/api/analysis/procedures?year=2024&month=7").status()).isEqualTo(403);
        assertThat(as(c.w().countyLeaderA).get("/api/analysis/procedures?year=2024&month=7&regionCode="
                + c.w().countyB).status()).isEqualTo(403);
        invalid(disp.get("/api/analysis/procedures?year=2024&month=7&regionCode=999999"), "regionCode");
        invalid(disp.get("/api/analysis/procedures?year=2024&month=13"), "month");
        invalid(disp.get("/api/analysis/procedures?year=1999&month=7"), "year");
        assertThat(anonymous().get("/api/analysis/procedures?year=2024&month=7").status()).isEqualTo(401);
    }

    @Test
    void approvingUnitsAreRankedByOverdueThenAverageDays() {
        City c = city();
        JsonNode all = ok(as(c.w().dispatcher).get("/api/analysis/procedures/approvers?year=2024")).body();
        List<Long> order = new ArrayList<>();
        all.forEach(u -> order.add(u.get("unitId").asLong()));
        assertThat(order).containsExactly(c.w().unitB, c.unitC(), c.w().unitA);
        JsonNode unitB = all.get(0);
        assertThat(unitB.get("unitName").asText()).startsWith("乙区住建局");
        assertThat(unitB.get("procedures").asInt()).isEqualTo(2);
        assertThat(unitB.get("done").asInt()).isEqualTo(1);
        assertThat(unitB.get("overdue").asInt()).isEqualTo(1);
        assertThat(unitB.get("averageDays").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(unitB.get("longestDays").asLong()).isEqualTo(20);
        JsonNode unitA = all.get(2);
        assertThat(unitA.get("done").asInt()).isEqualTo(2);
        assertThat(unitA.get("overdue").asInt()).isZero();
        assertThat(unitA.get("averageDays").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(unitA.get("longestDays").asLong()).isEqualTo(30);
        assertThat(all.get(1).get("averageDays").decimalValue()).isEqualByComparingTo("30.00");

        JsonNode county = ok(as(c.w().countyLeaderA).get("/api/analysis/procedures/approvers?year=2024")).body();
        assertThat(county.size()).isEqualTo(3);
        assertThat(county.get(2).get("unitId").asLong()).isEqualTo(c.w().unitA);
        assertThat(county.get(2).get("averageDays").decimalValue()).as("only B's 10 days").isEqualByComparingTo("10");
        assertThat(as(c.w().reporterA).get("/api/analysis/procedures/approvers?year=2024").status()).isEqualTo(403);
    }
}
