package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * Outbound attraction trips (外出招商报备, issue 13 point 3): registered before leaving (on or after the first day:
 * marked late), refused with the field named and nothing written, the result recorded after the trip has begun, a trip
 * back without a result flagged, the counts per unit, who may register and read. Today is 2024-07-15.
 */
class TripApiTest extends InvestmentCity {

    private static Map<String, Object> trip(long unit, String from, String to, List<Long> leads) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unit);
        m.put("leader", "王副市长");
        m.put("members", "招商局张三、李四");
        m.put("from", from);
        m.put("to", to);
        m.put("destination", "广东省深圳市");
        m.put("meetWith", "深圳市青岚商会、某新能源企业");
        m.put("purpose", "洽谈锂电池正极材料项目");
        m.put("investmentIds", leads);
        return m;
    }

    private static JsonNode trips(Api a, String query) {
        return ok(a.get("/api/investment-trips?year=2024" + query)).body();
    }

    @Test
    void aTripIsRegisteredBeforeLeavingAndItsResultRecordedAfter() {
        City c = city();
        Api office = as(c.attraction());
        long lead = lead(office, lead("正极材料项目", c.w().countyA, c.w().unitA, "50000", null));
        Api.Res r = created(office.post("/api/investment-trips", trip(c.w().unitA, "2024-07-20", "2024-07-23",
                List.of(lead))));
        assertThat(r.get("status").asText()).isEqualTo("PLANNED");
        assertThat(r.get("lateRegistration").asBoolean()).isFalse();
        assertThat(r.get("leads").get(0).get("id").asLong()).isEqualTo(lead);
        assertThat(r.get("leads").get(0).get("stage").asText()).isEqualTo("LEAD");
        // before it has begun, no result (409), and nothing changes
        Api.Res early = office.post("/api/investment-trips/" + r.id() + "/result", Map.of("result", "签约意向一个"));
        assertThat(early.status()).as("%s", early).isEqualTo(409);
        assertThat(ok(office.get("/api/investment-trips/" + r.id())).body().get("result").isNull()).isTrue();

        // a trip registered on its first day is kept, marked late; once under way its result may be recorded
        Api.Res today = created(office.post("/api/investment-trips", trip(c.w().unitA, "2024-07-15", "2024-07-16",
                List.of())));
        assertThat(today.get("lateRegistration").asBoolean()).isTrue();
        assertThat(today.get("status").asText()).isEqualTo("TRAVELLING");
        invalid(office.post("/api/investment-trips/" + today.id() + "/result", Map.of("result", " ")), "result");
        JsonNode done = ok(office.post("/api/investment-trips/" + today.id() + "/result",
                Map.of("result", "对接企业3家，达成投资意向1个", "investmentIds", List.of(lead)))).body();
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("result").asText()).isEqualTo("对接企业3家，达成投资意向1个");
        assertThat(done.get("leads")).hasSize(1);
        // recorded again: replaced
        JsonNode again = ok(office.post("/api/investment-trips/" + today.id() + "/result",
                Map.of("result", "对接企业4家"))).body();
        assertThat(again.get("result").asText()).isEqualTo("对接企业4家");
        assertThat(again.get("leads")).as("the leads found stay linked").hasSize(1);

        // back without a result: flagged
        Api.Res back = created(office.post("/api/investment-trips", trip(c.w().unitB, "2024-07-01", "2024-07-14",
                List.of())));
        assertThat(back.get("status").asText()).isEqualTo("RESULT_OVERDUE");
        assertThat(trips(office, "&status=RESULT_OVERDUE")).extracting(t -> t.get("id").asLong())
                .containsExactly(back.id());

        JsonNode counts = ok(office.get("/api/analysis/investment-trips?year=2024")).body();
        assertThat(counts).hasSize(2);
        JsonNode a = counts.get(0);
        assertThat(a.get("unitId").asLong()).isEqualTo(c.w().unitA);
        assertThat(a.get("trips").asInt()).isEqualTo(2);
        assertThat(a.get("done").asInt()).isEqualTo(1);
        assertThat(a.get("resultOverdue").asInt()).isZero();
        assertThat(a.get("lateRegistered").asInt()).isEqualTo(1);
        assertThat(counts.get(1).get("resultOverdue").asInt()).isEqualTo(1);

        Api.Res audit = as(c.w().auditor).get("/api/audit?objectType=INVESTMENT_TRIP&objectId=" + today.id());
        assertThat(audit.text()).contains("TRIP_REGISTER", "TRIP_RESULT");
    }

    @Test
    void badTripsAreRefusedByFieldAndNothingIsWritten() {
        City c = city();
        Api office = as(c.attraction());
        Map<String, Object> good = trip(c.w().unitA, "2024-08-01", "2024-08-03", List.of());
        for (String field : List.of("unitId", "leader", "from", "to", "destination", "meetWith")) {
            Map<String, Object> bad = new LinkedHashMap<>(good);
            bad.remove(field);
            invalid(office.post("/api/investment-trips", bad), field);
        }
        Map<String, Object> backwards = new LinkedHashMap<>(good);
        backwards.put("to", "2024-07-30");
        invalid(office.post("/api/investment-trips", backwards), "to");
        Map<String, Object> unknownLead = new LinkedHashMap<>(good);
        unknownLead.put("investmentIds", List.of(987654321L));
        invalid(office.post("/api/investment-trips", unknownLead), "investmentIds");
        Map<String, Object> unknownUnit = new LinkedHashMap<>(good);
        unknownUnit.put("unitId", 987654321L);
        invalid(office.post("/api/investment-trips", unknownUnit), "unitId");
        assertThat(trips(office, "")).as("nothing written").isEmpty();
        assertThat(office.post("/api/investment-trips/987654321/result", Map.of("result", "x")).status())
                .isEqualTo(404);
    }

    @Test
    void aUnitRegistersItsOwnTripsAndReadsOnlyThem() {
        City c = city();
        Api reporterA = as(c.w().reporterA);
        created(reporterA.post("/api/investment-trips", trip(c.w().unitA, "2024-08-01", "2024-08-02", List.of())));
        assertThat(reporterA.post("/api/investment-trips", trip(c.w().unitB, "2024-08-01", "2024-08-02", List.of()))
                .status()).as("another unit's trip").isEqualTo(403);
        long b = created(as(c.w().dispatcher).post("/api/investment-trips", trip(c.w().unitB, "2024-08-05",
                "2024-08-06", List.of()))).id();
        assertThat(trips(reporterA, "")).hasSize(1);
        assertThat(reporterA.get("/api/investment-trips/" + b).status()).isEqualTo(403);
        assertThat(trips(as(c.w().leaderUser), "")).as("leaders read every trip").hasSize(2);
        assertThat(as(c.w().leaderUser).post("/api/investment-trips", trip(c.w().unitB, "2024-08-01", "2024-08-02",
                List.of())).status()).as("leaders do not register").isEqualTo(403);
        assertThat(trips(as(c.w().dispatcher), "&unitId=" + c.w().unitB)).hasSize(1);
    }
}
