package cn.diaodu.investment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.Race;

/**
 * 转为重点项目 (CONTRACT §12): a started lead becomes a key project in one step with the fields it already has, both are
 * linked, a second call (also a concurrent one) answers 409 with the existing project and creates no duplicate; an
 * advance links an existing project. Today is 2024-07-15.
 */
class InvestmentConversionApiTest extends InvestmentCity {

    private long started(Api a, City c, String name) {
        long id = lead(a, lead(name, c.w().countyA, c.w().unitA, "60000", "2024-01-08"));
        ok(a.post("/api/investments/" + id + "/advance", sign("2024-03-01", "80000.25")));
        created(a.post("/api/investments/" + id + "/funds", Map.of("date", "2024-04-01", "amount", 20000)));
        ok(a.post("/api/investments/" + id + "/advance", advance("STARTED", "2024-06-01")));
        return id;
    }

    @Test
    void aStartedLeadBecomesAKeyProjectWithItsFieldsAndBothAreLinked() {
        City c = city();
        Api a = as(c.attraction());
        long id = started(a, c, "新能源电池材料产业园");
        Api.Res conv = created(a.post("/api/investments/" + id + "/project", null));
        long pid = conv.get("projectId").asLong();
        assertThat(conv.id()).isEqualTo(pid);
        assertThat(conv.get("investmentId").asLong()).isEqualTo(id);

        JsonNode p = ok(as(c.w().dispatcher).get("/api/projects/" + pid)).body();
        assertThat(p.get("name").asText()).isEqualTo("新能源电池材料产业园");
        assertThat(p.get("regionCode").asText()).isEqualTo(c.w().countyA);
        assertThat(p.get("leadUnitId").asLong()).isEqualTo(c.w().unitA);
        assertThat(p.get("totalInvestment").decimalValue()).isEqualByComparingTo("80000.25");
        assertThat(p.get("annualPlan").decimalValue()).isEqualByComparingTo("80000.25");
        assertThat(p.get("ownerName").asText()).isEqualTo("青岚新能源科技有限公司");
        assertThat(p.get("year").asInt()).isEqualTo(2024);
        assertThat(p.get("actualStart").asText()).isEqualTo("2024-06-01");
        assertThat(p.get("category").asText()).isEqualTo("INDUSTRY");
        assertThat(p.get("level").asText()).isEqualTo("COUNTY");
        // both ways: the lead names the project; the attraction office reads the project in the ledger
        assertThat(ok(a.get("/api/investments/" + id)).get("projectId").asLong()).isEqualTo(pid);
        assertThat(ok(a.get("/api/projects/" + pid)).get("name").asText()).isEqualTo("新能源电池材料产业园");

        // a second call: 409 with the existing project, no duplicate
        Api.Res again = a.post("/api/investments/" + id + "/project", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.get("projectId").asLong()).isEqualTo(pid);
        assertThat(count(c, "新能源电池材料产业园")).isEqualTo(1);

        JsonNode log = ok(as(c.w().auditor).get("/api/audit?objectType=INVESTMENT&objectId=" + id)).body();
        assertThat(log.get(0).get("action").asText()).isEqualTo("INVESTMENT_PROJECT");
        JsonNode plog = ok(as(c.w().auditor).get("/api/audit?objectType=PROJECT&objectId=" + pid)).body();
        assertThat(plog.get(0).get("action").asText()).isEqualTo("PROJECT_CREATE");
    }

    @Test
    void theBodyOverridesAndAProjectRuleRefusesWithNothingWritten() {
        City c = city();
        Api a = as(c.attraction());
        long id = started(a, c, "冷链物流园");
        invalid(a.post("/api/investments/" + id + "/project", Map.of("annualPlan", 90000)), "annualPlan");
        invalid(a.post("/api/investments/" + id + "/project", Map.of("category", "SPACE")), "category");
        assertThat(ok(a.get("/api/investments/" + id)).get("projectId").isNull()).as("nothing linked").isTrue();
        assertThat(count(c, "冷链物流园")).isZero();
        Api.Res conv = created(a.post("/api/investments/" + id + "/project", Map.of("category", "SERVICES",
                "level", "CITY", "annualPlan", 12000, "year", 2024)));
        JsonNode p = ok(a.get("/api/projects/" + conv.get("projectId").asLong())).body();
        assertThat(p.get("category").asText()).isEqualTo("SERVICES");
        assertThat(p.get("level").asText()).isEqualTo("CITY");
        assertThat(p.get("annualPlan").decimalValue()).isEqualByComparingTo("12000");
    }

    @Test
    void onlyASignedLeadInScopeIsConverted() {
        City c = city();
        Api a = as(c.attraction());
        long id = lead(a, lead("在谈项目", c.w().countyA, c.w().unitA, "1000", "2024-01-08"));
        assertThat(a.post("/api/investments/" + id + "/project", null).status()).isEqualTo(409);
        ok(a.post("/api/investments/" + id + "/advance", sign("2024-02-01", "1000")));
        assertThat(as(c.w().leaderUser).post("/api/investments/" + id + "/project", null).status()).isEqualTo(403);
        String countyB = user(admin(), "zsb" + c.w().province, List.of("ATTRACTION"), null, c.w().countyB);
        assertThat(as(countyB).post("/api/investments/" + id + "/project", null).status()).isEqualTo(403);
        assertThat(a.post("/api/investments/999999999/project", null).status()).isEqualTo(404);
        assertThat(count(c, "在谈项目")).isZero();
        // a signed lead (not started) converts too, without an actual start
        Api.Res conv = created(as(c.w().dispatcher).post("/api/investments/" + id + "/project", null));
        assertThat(ok(a.get("/api/projects/" + conv.get("projectId").asLong())).get("actualStart").isNull()).isTrue();
    }

    @Test
    void twoConcurrentConversionsMakeOneProject() {
        City c = city();
        Api a = as(c.attraction());
        long id = started(a, c, "并发转换项目");
        List<Api.Res> answers = Race.together(2, k -> a.post("/api/investments/" + id + "/project", null));
        assertThat(Race.count(answers, 201)).as("%s", answers).isEqualTo(1);
        assertThat(Race.count(answers, 409)).as("%s", answers).isEqualTo(1);
        long pid = answers.stream().filter(r -> r.status() == 201).findFirst().orElseThrow().get("projectId")
                .asLong();
        assertThat(answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow().get("projectId")
                .asLong()).isEqualTo(pid);
        assertThat(count(c, "并发转换项目")).isEqualTo(1);
    }

    @Test
    void anAdvanceLinksAnExistingProject() {
        City c = city();
        Api a = as(c.attraction());
        long pid = created(as(c.w().dispatcher).post("/api/projects", project("已有重点项目", c.w().countyA,
                c.w().unitA, null, "1000"))).id();
        long id = lead(a, lead("招商线索", c.w().countyA, c.w().unitA, "3000", "2024-01-08"));
        long other = lead(a, lead("另一线索", c.w().countyA, c.w().unitA, "3000", "2024-01-08"));
        Map<String, Object> body = sign("2024-02-01", "3000");
        body.put("projectId", pid);
        Api.Res r = ok(a.post("/api/investments/" + id + "/advance", body));
        assertThat(r.get("projectId").asLong()).isEqualTo(pid);
        // the project is linked once: another lead cannot take it, the linked lead converts no more
        assertThat(a.post("/api/investments/" + other + "/advance", body).status()).isEqualTo(409);
        assertThat(ok(a.get("/api/investments/" + other)).get("stage").asText()).isEqualTo("LEAD");
        Api.Res conv = a.post("/api/investments/" + id + "/project", null);
        assertThat(conv.status()).isEqualTo(409);
        assertThat(conv.get("projectId").asLong()).isEqualTo(pid);
    }

    private long count(City c, String name) {
        JsonNode all = ok(as(c.w().dispatcher).get("/api/projects?year=2024&leadUnitId=" + c.w().unitA)).body();
        long n = 0;
        for (JsonNode p : all) {
            n += name.equals(p.get("name").asText()) ? 1 : 0;
        }
        return n;
    }
}
