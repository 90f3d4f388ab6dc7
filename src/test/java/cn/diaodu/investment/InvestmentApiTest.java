package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * The attraction pipeline (CONTRACT §12) over HTTP: creation, every allowed transition of the table and every refusal
 * (409 on the stage, 422 naming the field) with nothing written, funds, notes, the timeline, who may write and read,
 * the list's filters and scope, the audit trail. Today is 2024-07-15.
 */
class InvestmentApiTest extends InvestmentCity {

    @Test
    void aLeadIsCreatedAtLeadDatedTodayOrTheDateGiven() {
        City c = city();
        Api a = as(c.attraction());
        Api.Res r = created(a.post("/api/investments", lead("锂电池正极材料项目", c.w().countyA, c.w().unitA, "50000",
                null)));
        assertThat(r.get("stage").asText()).isEqualTo("LEAD");
        assertThat(r.get("date").asText()).isEqualTo("2024-07-15");
        assertThat(r.get("stageDate").asText()).isEqualTo("2024-07-15");
        assertThat(r.get("stages").get("LEAD").asText()).isEqualTo("2024-07-15");
        assertThat(r.get("origin").asText()).isEqualTo("DOMESTIC");
        assertThat(r.get("plannedInvestment").decimalValue()).isEqualByComparingTo("50000");
        assertThat(r.get("responsibleUnitId").asLong()).isEqualTo(c.w().unitA);
        assertThat(r.get("informant").asText()).isEqualTo("李信息");
        Api.Res old = created(a.post("/api/investments", lead("老线索", c.w().countyA, c.w().unitA, "100",
                "2023-03-01")));
        assertThat(old.get("date").asText()).isEqualTo("2023-03-01");
        JsonNode got = ok(a.get("/api/investments/" + old.id())).body();
        assertThat(got.get("name").asText()).isEqualTo("老线索");
        assertThat(got.get("timeline").get(0).get("kind").asText()).isEqualTo("CREATED");
        assertThat(got.get("funds")).isEmpty();
    }

    @Test
    void creationRefusesBadFieldsAndWritesNothing() {
        City c = city();
        Api a = as(c.attraction());
        Map<String, Object> good = lead("项目", c.w().countyA, c.w().unitA, "100", null);
        for (String field : List.of("name", "investor", "origin", "plannedInvestment", "regionCode",
                "responsibleUnitId")) {
            Map<String, Object> bad = new LinkedHashMap<>(good);
            bad.remove(field);
            invalid(a.post("/api/investments", bad), field);
        }
        invalid(a.post("/api/investments", with(good, "origin", "MARS")), "origin");
        invalid(a.post("/api/investments", with(good, "plannedInvestment", 0)), "plannedInvestment");
        invalid(a.post("/api/investments", with(good, "plannedInvestment", -5)), "plannedInvestment");
        invalid(a.post("/api/investments", with(good, "plannedInvestment", "100")), "plannedInvestment");
        invalid(a.post("/api/investments", with(good, "regionCode", "999999")), "regionCode");
        invalid(a.post("/api/investments", with(good, "responsibleUnitId", 999999999)), "responsibleUnitId");
        invalid(a.post("/api/investments", with(good, "date", "2024-07-16")), "date");
        invalid(a.post("/api/investments", with(good, "name", "名".repeat(201))), "name");
        // 403: roles that do not write, a region outside the user's
        assertThat(as(c.w().leaderUser).post("/api/investments", good).status()).isEqualTo(403);
        assertThat(as(c.w().reporterA).post("/api/investments", good).status()).isEqualTo(403);
        assertThat(as(c.w().supervisor).post("/api/investments", good).status()).isEqualTo(403);
        assertThat(as(c.countyAttraction()).post("/api/investments",
                with(good, "regionCode", c.w().countyB)).status()).isEqualTo(403);
        assertThat(ok(a.get("/api/investments?regionCode=" + c.w().province)).body()).as("nothing written").isEmpty();
        // the dispatcher and the county's attraction office may
        created(as(c.w().dispatcher).post("/api/investments", good));
        created(as(c.countyAttraction()).post("/api/investments", good));
    }

    @Test
    void everyTransitionOfTheTable() {
        City c = city();
        Api a = as(c.attraction());
        long id = lead(a, lead("智能装备产业园", c.w().countyA, c.w().unitA, "120000", "2024-01-10"));
        String path = "/api/investments/" + id;

        Api.Res n = ok(a.post(path + "/advance", advance("NEGOTIATING", "2024-02-01")));
        assertThat(n.get("stage").asText()).isEqualTo("NEGOTIATING");
        // skipping stages: SIGNED and LANDED take the same date
        Map<String, Object> toLanded = sign("2024-03-15", "150000.50");
        toLanded.put("stage", "LANDED");
        toLanded.put("agreement", "FRAMEWORK");
        toLanded.put("registration", "青岚智能装备有限公司已注册");
        toLanded.put("site", "经开区东区200亩");
        Api.Res l = ok(a.post(path + "/advance", toLanded));
        assertThat(l.get("stage").asText()).isEqualTo("LANDED");
        assertThat(l.get("stages").get("SIGNED").asText()).isEqualTo("2024-03-15");
        assertThat(l.get("stages").get("LANDED").asText()).isEqualTo("2024-03-15");
        assertThat(l.get("signedDate").asText()).isEqualTo("2024-03-15");
        assertThat(l.get("signedAmount").decimalValue()).isEqualByComparingTo("150000.50");
        assertThat(l.get("agreement").asText()).isEqualTo("FRAMEWORK");
        assertThat(l.get("registration").asText()).isEqualTo("青岚智能装备有限公司已注册");
        assertThat(l.get("site").asText()).isEqualTo("经开区东区200亩");
        Api.Res s = ok(a.post(path + "/advance", advance("STARTED", "2024-05-20")));
        assertThat(s.get("stage").asText()).isEqualTo("STARTED");
        Api.Res o = ok(a.post(path + "/advance", with(advance("OPERATING", "2024-07-15"), "note", "一期投产")));
        assertThat(o.get("stage").asText()).isEqualTo("OPERATING");
        assertThat(o.get("stages").size()).isEqualTo(6);
        // OPERATING is the end of the pipeline: neither advance nor lose
        assertThat(a.post(path + "/advance", advance("OPERATING", "2024-07-15")).status()).isEqualTo(409);
        assertThat(a.post(path + "/lose", Map.of("date", "2024-07-15", "reason", "x")).status()).isEqualTo(409);

        JsonNode timeline = ok(a.get(path)).body().get("timeline");
        List<String> kinds = new ArrayList<>();
        timeline.forEach(e -> kinds.add(e.get("kind").asText() + ":" + e.get("stage").asText()));
        assertThat(kinds).containsExactly("ADVANCED:OPERATING", "ADVANCED:STARTED", "ADVANCED:LANDED",
                "ADVANCED:NEGOTIATING", "CREATED:LEAD");
        assertThat(timeline.get(0).get("note").asText()).isEqualTo("一期投产");

        // every write is in the audit log
        JsonNode log = ok(as(c.w().auditor).get("/api/audit?objectType=INVESTMENT&objectId=" + id)).body();
        List<String> actions = new ArrayList<>();
        log.forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("INVESTMENT_ADVANCE", "INVESTMENT_ADVANCE", "INVESTMENT_ADVANCE",
                "INVESTMENT_ADVANCE", "INVESTMENT_CREATE");
        assertThat(log.get(0).get("actor").asText()).isEqualTo(c.attraction());
    }

    @Test
    void refusedAdvancesAnswer409Or422AndWriteNothing() {
        City c = city();
        Api a = as(c.attraction());
        long id = lead(a, lead("生物医药产业园", c.w().countyA, c.w().unitA, "30000", "2024-03-01"));
        String path = "/api/investments/" + id;
        ok(a.post(path + "/advance", advance("NEGOTIATING", "2024-04-01")));

        // backwards and the same stage: 409
        assertThat(a.post(path + "/advance", advance("LEAD", "2024-05-01")).status()).isEqualTo(409);
        assertThat(a.post(path + "/advance", advance("NEGOTIATING", "2024-05-01")).status()).isEqualTo(409);
        // a date before the current stage's, after today, missing: 422 on date
        invalid(a.post(path + "/advance", sign("2024-03-31", "1000")), "date");
        invalid(a.post(path + "/advance", sign("2024-07-16", "1000")), "date");
        invalid(a.post(path + "/advance", sign(null, "1000")), "date");
        // reaching SIGNED: an amount above zero
        invalid(a.post(path + "/advance", advance("SIGNED", "2024-05-01")), "signedAmount");
        invalid(a.post(path + "/advance", sign("2024-05-01", "0")), "signedAmount");
        invalid(a.post(path + "/advance", sign("2024-05-01", "-10")), "signedAmount");
        invalid(a.post(path + "/advance", advance("LANDED", "2024-05-01")), "signedAmount");
        invalid(a.post(path + "/advance", with(sign("2024-05-01", "10"), "agreement", "HANDSHAKE")), "agreement");
        invalid(a.post(path + "/advance", advance("MOON", "2024-05-01")), "stage");
        invalid(a.post(path + "/advance", advance(null, "2024-05-01")), "stage");
        invalid(a.post(path + "/advance", advance("LOST", "2024-05-01")), "stage");
        invalid(a.post(path + "/advance", with(sign("2024-05-01", "10"), "projectId", 999999999)), "projectId");
        // a stale version: 409
        assertThat(a.post(path + "/advance", with(sign("2024-05-01", "10"), "version", 99)).status()).isEqualTo(409);
        JsonNode still = ok(a.get(path)).body();
        assertThat(still.get("stage").asText()).isEqualTo("NEGOTIATING");
        assertThat(still.get("signedAmount").isNull()).isTrue();
        assertThat(still.get("stages").size()).isEqualTo(2);
        assertThat(still.get("timeline").size()).isEqualTo(2);
        // 403: a leader, a reporter, the attraction office of the other county; 404: unknown
        assertThat(as(c.w().leaderUser).post(path + "/advance", sign("2024-05-01", "10")).status()).isEqualTo(403);
        assertThat(as(c.w().reporterA).post(path + "/advance", sign("2024-05-01", "10")).status()).isEqualTo(403);
        String countyB = user(admin(), "zsb" + c.w().province, List.of("ATTRACTION"), null, c.w().countyB);
        assertThat(as(countyB).post(path + "/advance", sign("2024-05-01", "10")).status()).isEqualTo(403);
        assertThat(a.post("/api/investments/999999999/advance", sign("2024-05-01", "10")).status()).isEqualTo(404);
        assertThat(a.get("/api/investments/999999999").status()).isEqualTo(404);
        // the same day as the current stage is fine
        assertThat(ok(a.post(path + "/advance", sign("2024-04-01", "10"))).get("stage").asText()).isEqualTo("SIGNED");
    }

    @Test
    void losingFromAnyStageBeforeOperating() {
        City c = city();
        Api a = as(c.attraction());
        long id = lead(a, lead("文旅综合体", c.w().countyA, c.w().unitA, "8000", "2024-02-01"));
        String path = "/api/investments/" + id;
        invalid(a.post(path + "/lose", Map.of("date", "2024-03-01")), "reason");
        invalid(a.post(path + "/lose", Map.of("date", "2024-01-31", "reason", "投资方资金链断裂")), "date");
        invalid(a.post(path + "/lose", Map.of("date", "2024-07-16", "reason", "投资方资金链断裂")), "date");
        assertThat(ok(a.get(path)).body().get("stage").asText()).isEqualTo("LEAD");
        Api.Res lost = ok(a.post(path + "/lose", Map.of("date", "2024-03-01", "reason", "投资方资金链断裂")));
        assertThat(lost.get("stage").asText()).isEqualTo("LOST");
        assertThat(lost.get("lostReason").asText()).isEqualTo("投资方资金链断裂");
        assertThat(lost.get("stages").get("LOST").asText()).isEqualTo("2024-03-01");
        // from LOST nothing moves
        assertThat(a.post(path + "/advance", advance("NEGOTIATING", "2024-04-01")).status()).isEqualTo(409);
        assertThat(a.post(path + "/lose", Map.of("date", "2024-04-01", "reason", "再次")).status()).isEqualTo(409);
        assertThat(a.post(path + "/funds", Map.of("date", "2024-04-01", "amount", 10)).status()).isEqualTo(409);
        // a signed and started lead may still be lost
        long started = lead(a, lead("纺织产业园", c.w().countyA, c.w().unitA, "8000", "2024-02-01"));
        ok(a.post("/api/investments/" + started + "/advance", with(sign("2024-03-01", "9000"), "stage", "STARTED")));
        assertThat(ok(a.post("/api/investments/" + started + "/lose", Map.of("reason", "政策变化")))
                .get("stageDate").asText()).isEqualTo("2024-07-15");
    }

    @Test
    void fundsInPlaceOnlyOnceSignedAboveZeroAndNotBeforeSigning() {
        City c = city();
        Api a = as(c.attraction());
        long id = lead(a, lead("食品加工项目", c.w().countyA, c.w().unitA, "20000", "2024-01-05"));
        String path = "/api/investments/" + id;
        // not signed yet: 409
        assertThat(a.post(path + "/funds", Map.of("date", "2024-02-01", "amount", 100)).status()).isEqualTo(409);
        ok(a.post(path + "/advance", sign("2024-03-10", "20000")));
        invalid(a.post(path + "/funds", Map.of("date", "2024-04-01", "amount", 0)), "amount");
        invalid(a.post(path + "/funds", Map.of("date", "2024-04-01", "amount", -100)), "amount");
        invalid(a.post(path + "/funds", Map.of("date", "2024-04-01")), "amount");
        invalid(a.post(path + "/funds", Map.of("date", "2024-03-09", "amount", 100)), "date");
        invalid(a.post(path + "/funds", Map.of("date", "2024-07-16", "amount", 100)), "date");
        invalid(a.post(path + "/funds", Map.of("amount", 100)), "date");
        assertThat(ok(a.get(path)).body().get("funds")).as("nothing written").isEmpty();
        created(a.post(path + "/funds", Map.of("date", "2024-03-10", "amount", 5000)));
        Api.Res second = created(a.post(path + "/funds", Map.of("date", "2024-06-30", "amount", 2500.5)));
        assertThat(second.get("fundsInPlace").decimalValue()).isEqualByComparingTo("7500.50");
        JsonNode got = ok(a.get(path)).body();
        assertThat(got.get("funds").size()).isEqualTo(2);
        assertThat(got.get("funds").get(0).get("date").asText()).isEqualTo("2024-03-10");
        assertThat(got.get("timeline").get(0).get("kind").asText()).isEqualTo("FUNDS");
        assertThat(got.get("timeline").get(0).get("amount").decimalValue()).isEqualByComparingTo("2500.50");
        assertThat(as(c.w().leaderUser).post(path + "/funds", Map.of("date", "2024-06-30", "amount", 1)).status())
                .isEqualTo(403);
    }

    @Test
    void notesOnTheTimeline() {
        City c = city();
        Api a = as(c.attraction());
        long id = lead(a, lead("光伏组件项目", c.w().countyA, c.w().unitA, "20000", "2024-01-05"));
        String path = "/api/investments/" + id;
        invalid(a.post(path + "/notes", Map.of()), "note");
        invalid(a.post(path + "/notes", Map.of("note", "x", "date", "2024-07-16")), "date");
        Api.Res r = created(a.post(path + "/notes", Map.of("note", "第二轮洽谈，投资方赴现场考察")));
        assertThat(r.get("timeline").get(0).get("kind").asText()).isEqualTo("NOTE");
        assertThat(r.get("timeline").get(0).get("note").asText()).isEqualTo("第二轮洽谈，投资方赴现场考察");
        assertThat(r.get("timeline").get(0).get("date").asText()).isEqualTo("2024-07-15");
        assertThat(as(c.w().supervisor).post(path + "/notes", Map.of("note", "x")).status()).isEqualTo(403);
    }

    @Test
    void readingScopeAndTheListsFilters() {
        City c = city();
        Api a = as(c.attraction());
        long a1 = lead(a, lead("甲县新能源项目", c.w().countyA, c.w().unitA, "1000", "2023-11-01"));
        long b1 = lead(a, lead("乙区物流项目", c.w().countyB, c.w().unitB, "2000", "2024-02-01"));
        ok(a.post("/api/investments/" + b1 + "/advance", sign("2024-03-01", "2500")));

        assertThat(ids(ok(a.get("/api/investments?regionCode=" + c.w().province)))).containsExactly(b1, a1);
        assertThat(ids(ok(a.get("/api/investments?regionCode=" + c.w().countyA)))).containsExactly(a1);
        assertThat(ids(ok(a.get("/api/investments?region=" + c.w().countyB + "&stage=SIGNED")))).containsExactly(b1);
        assertThat(ids(ok(a.get("/api/investments?regionCode=" + c.w().province + "&year=2023")))).containsExactly(a1);
        assertThat(ids(ok(a.get("/api/investments?regionCode=" + c.w().province + "&year=2024")))).containsExactly(b1);
        assertThat(ids(ok(a.get("/api/investments?regionCode=" + c.w().province + "&unitId=" + c.w().unitB))))
                .containsExactly(b1);
        assertThat(ids(ok(a.get("/api/investments?regionCode=" + c.w().province + "&q=物流")))).containsExactly(b1);
        invalid(a.get("/api/investments?stage=NOPE"), "stage");
        invalid(a.get("/api/investments?year=abc"), "year");
        // paging: a page and the total
        Api.Res page = ok(a.get("/api/investments?regionCode=" + c.w().province + "&page=2&size=1"));
        assertThat(ids(page)).containsExactly(a1);
        // scope: the county's leader and attraction office see their county; a reporter its unit's; an auditor none
        assertThat(ids(ok(as(c.w().countyLeaderA).get("/api/investments")))).containsExactly(a1);
        assertThat(ids(ok(as(c.countyAttraction()).get("/api/investments")))).containsExactly(a1);
        assertThat(ids(ok(as(c.w().reporterB).get("/api/investments")))).containsExactly(b1);
        assertThat(as(c.w().reporterA).get("/api/investments/" + b1).status()).isEqualTo(403);
        assertThat(as(c.w().countyLeaderA).get("/api/investments/" + b1).status()).isEqualTo(403);
        assertThat(as(c.w().auditor).get("/api/investments").status()).isEqualTo(403);
        assertThat(ok(as(c.w().supervisor).get("/api/investments/" + b1)).get("stage").asText()).isEqualTo("SIGNED");
    }

    @Test
    void theOpenApiDescriptionNamesThePaths() {
        JsonNode paths = ok(admin().get("/v3/api-docs")).get("paths");
        for (String path : List.of("/api/investments", "/api/investments/{id}", "/api/investments/{id}/advance",
                "/api/investments/{id}/lose", "/api/investments/{id}/funds", "/api/investments/{id}/notes",
                "/api/investments/{id}/project", "/api/investments/import", "/api/analysis/investments")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
        assertThat(paths.get("/api/investments").has("post")).isTrue();
    }

    static List<Long> ids(Api.Res r) {
        List<Long> out = new ArrayList<>();
        r.body().forEach(i -> out.add(i.get("id").asLong()));
        return out;
    }

    static Map<String, Object> with(Map<String, Object> m, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(m);
        copy.put(key, value);
        return copy;
    }
}
