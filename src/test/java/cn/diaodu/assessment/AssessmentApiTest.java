package cn.diaodu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Assessment rounds over HTTP (CONTRACT §14): creation and its refusals with nothing written, copying, manual
 * scores (replaced, visible to the organiser only), vetoes, results ordered by rank, publishing that freezes the
 * round against later reports and answers 409 to every write. Today is 2024-07-15.
 */
class AssessmentApiTest extends ApiTest {

    private static Map<String, Object> indicator(String code, String name, Object weight, String source,
            Map<String, Object> rule) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("weight", weight);
        m.put("source", source);
        m.put("rule", rule);
        return m;
    }

    private static Map<String, Object> round(String name, String region, List<Map<String, Object>> indicators) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("year", 2024);
        m.put("month", 6);
        m.put("subject", "REGION");
        m.put("regionCode", region);
        m.put("indicators", indicators);
        return m;
    }

    private static List<Map<String, Object>> scheme() {
        return List.of(
                indicator("CR", "投资完成率", 40, "COMPLETION_RATE", Map.of("type", "RANK", "first", 100, "step", 10)),
                indicator("RT", "按时报送率", 30, "REPORTS_ON_TIME", Map.of("type", "TARGET", "target", 100)),
                indicator("MAN", "观摩评分", 30, "MANUAL", Map.of("type", "MANUAL")));
    }

    private long project(World w, String name, String region, long unit, String plan) {
        return created(as(w.dispatcher).post("/api/projects", project(name, region, unit, w.leader1, plan))).id();
    }

    private void reports(String reporter, long project, int months) {
        Api r = as(reporter);
        for (int m = 1; m <= months; m++) {
            ok(r.put("/api/projects/" + project + "/reports/2024-0" + m, report("100")));
        }
    }

    private static Map<String, Object> score(Object subject, String indicator, Object score) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("subject", subject);
        m.put("indicator", indicator);
        m.put("score", score);
        return m;
    }

    /** A live copy of the round for the same quarter, to see the figures as they are now. */
    private static long copyOf(Api disp, long id) {
        return created(disp.post("/api/assessments/" + id + "/copy", Map.of("year", 2024, "month", 3, "name", "现时")))
                .id();
    }

    private static List<String> subjects(Api.Res results) {
        List<String> out = new ArrayList<>();
        results.get("results").forEach(l -> out.add(l.get("subject").asText()));
        return out;
    }

    private static JsonNode line(Api.Res results, String subject) {
        for (JsonNode l : results.get("results")) {
            if (l.get("subject").asText().equals(subject)) {
                return l;
            }
        }
        throw new AssertionError("no line for " + subject + " in " + results);
    }

    /**
     * The first quarter (months 1..3, which no other test opens a period for). County A: plan 1200, three months of
     * 100 → completion 25.00, reports 3/3 = 100.00; county B: plan 1000, one month → 10.00, 1/3 = 33.33. Manual: A
     * (90, 80 replacing 70, 100) → 90; B (80) → 80. A: 100 × 40 + 100 × 30 + 90 × 30 → 97.00; B: 90 × 40 + 33.33 × 30
     * + 80 × 30 = 6999.9 / 100 → 69.999 → 70.00.
     */
    @Test
    void aRoundFromCreationToPublishing() {
        World w = world();
        long pa = project(w, "甲县产业园", w.countyA, w.unitA, "1200");
        long pb = project(w, "乙区污水厂", w.countyB, w.unitB, "1000");
        reports(w.reporterA, pa, 3);
        reports(w.reporterB, pb, 1);
        Api disp = as(w.dispatcher);

        Map<String, Object> body = round("2024年第一季度考核", w.city, scheme());
        body.put("month", 3);
        Api.Res made = created(disp.post("/api/assessments", body));
        long id = made.id();
        assertThat(made.get("published").asBoolean()).isFalse();
        assertThat(made.get("indicators").get(0).get("rule").get("step").asInt()).isEqualTo(10);
        assertThat(made.get("indicators").get(1).get("weight").asText()).isEqualTo("30");
        ok(as(w.leaderUser).get("/api/assessments/" + id));

        Api leader = as(w.leaderUser);
        Api sup = as(w.supervisor);
        created(leader.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 90)));
        created(leader.post("/api/assessments/" + id + "/scores", score(w.countyB, "MAN", 80)));
        created(disp.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 70)));
        Api.Res replaced = created(disp.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 80)));
        assertThat(replaced.get("score").decimalValue()).isEqualByComparingTo("80");
        created(sup.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 100)));

        // the organiser sees who scored what; other assessors only their own
        assertThat(ok(disp.get("/api/assessments/" + id + "/scores")).body()).hasSize(4);
        Api.Res own = ok(leader.get("/api/assessments/" + id + "/scores"));
        assertThat(own.body()).hasSize(2);
        own.body().forEach(s -> assertThat(s.get("assessor").asText()).isEqualTo(w.leaderUser));
        assertThat(ok(sup.get("/api/assessments/" + id + "/scores")).body()).hasSize(1);

        Api.Res live = ok(disp.get("/api/assessments/" + id + "/results"));
        assertThat(live.get("published").asBoolean()).isFalse();
        assertThat(subjects(live)).containsExactly(w.countyA, w.countyB);
        JsonNode a = line(live, w.countyA);
        assertThat(a.get("total").decimalValue()).isEqualByComparingTo("97.00");
        assertThat(a.get("rank").asInt()).isEqualTo(1);
        assertThat(a.get("vetoed").asBoolean()).isFalse();
        assertThat(a.get("scores").get(0).get("indicator").asText()).isEqualTo("CR");
        assertThat(a.get("scores").get(0).get("value").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(a.get("scores").get(1).get("value").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(a.get("scores").get(2).get("score").decimalValue()).isEqualByComparingTo("90.00");
        JsonNode b = line(live, w.countyB);
        assertThat(b.get("total").decimalValue()).isEqualByComparingTo("70.00");
        assertThat(b.get("scores").get(1).get("value").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(b.get("scores").get(1).get("score").decimalValue()).isEqualByComparingTo("33.33");

        // a veto puts A after B with a total of 0
        assertThat(as(w.leaderUser).post("/api/assessments/" + id + "/vetoes",
                Map.of("subject", w.countyA, "reason", "x")).status()).isEqualTo(403);
        invalid(disp.post("/api/assessments/" + id + "/vetoes", Map.of("subject", w.countyA)), "reason");
        invalid(disp.post("/api/assessments/" + id + "/vetoes", Map.of("subject", "999999", "reason", "x")),
                "subject");
        created(disp.post("/api/assessments/" + id + "/vetoes", Map.of("subject", w.countyA, "reason", "发生重大安全事故")));
        assertThat(disp.post("/api/assessments/" + id + "/vetoes", Map.of("subject", w.countyA, "reason", "again"))
                .status()).isEqualTo(409);
        Api.Res vetoed = ok(disp.get("/api/assessments/" + id + "/results"));
        assertThat(subjects(vetoed)).containsExactly(w.countyB, w.countyA);
        assertThat(line(vetoed, w.countyA).get("total").decimalValue()).isEqualByComparingTo("0");
        assertThat(line(vetoed, w.countyA).get("rank").asInt()).isEqualTo(2);
        assertThat(line(vetoed, w.countyA).get("vetoed").asBoolean()).isTrue();

        // publishing freezes: a later report changes the live figures, not the round
        assertThat(leader.post("/api/assessments/" + id + "/publish", null).status()).isEqualTo(403);
        Api.Res published = ok(disp.post("/api/assessments/" + id + "/publish", null));
        assertThat(published.get("published").asBoolean()).isTrue();
        ok(as(w.reporterB).put("/api/projects/" + pb + "/reports/2024-02", report("500")));
        assertThat(line(ok(disp.get("/api/assessments/" + copyOf(disp, id) + "/results")), w.countyB).get("scores")
                .get(0).get("value").decimalValue()).as("live figures moved on").isEqualByComparingTo("60.00");
        Api.Res after = ok(disp.get("/api/assessments/" + id + "/results"));
        assertThat(after.get("published").asBoolean()).isTrue();
        assertThat(after.get("results").toString()).isEqualTo(vetoed.get("results").toString());
        assertThat(line(after, w.countyB).get("scores").get(0).get("value").decimalValue())
                .isEqualByComparingTo("10.00");

        // every write to a published round: 409, nothing changed
        assertThat(leader.post("/api/assessments/" + id + "/scores", score(w.countyB, "MAN", 10)).status())
                .isEqualTo(409);
        assertThat(disp.post("/api/assessments/" + id + "/vetoes", Map.of("subject", w.countyB, "reason", "x"))
                .status()).isEqualTo(409);
        assertThat(disp.post("/api/assessments/" + id + "/publish", null).status()).isEqualTo(409);
        assertThat(ok(disp.get("/api/assessments/" + id + "/scores")).body()).hasSize(4);
        assertThat(ok(disp.get("/api/assessments/" + id + "/results")).get("results").toString())
                .isEqualTo(vetoed.get("results").toString());

        // a new round copied from this one takes the scheme, not the scores or the veto
        Api.Res copy = created(disp.post("/api/assessments/" + id + "/copy", Map.of("year", 2025, "month", 3)));
        assertThat(copy.get("name").asText()).isEqualTo("2025年第一季度考核");
        assertThat(copy.get("year").asInt()).isEqualTo(2025);
        assertThat(copy.get("published").asBoolean()).isFalse();
        assertThat(copy.get("indicators").toString()).isEqualTo(made.get("indicators").toString());
        assertThat(ok(disp.get("/api/assessments/" + copy.id() + "/scores")).body()).isEmpty();
        assertThat(ok(disp.get("/api/assessments/" + copy.id() + "/vetoes")).body()).isEmpty();
    }

    @Test
    void refusalsWriteNothing() {
        World w = world();
        Api disp = as(w.dispatcher);
        int before = ok(disp.get("/api/assessments")).body().size();

        List<Map<String, Object>> zeroWeight = new ArrayList<>(scheme());
        zeroWeight.set(1, indicator("RT", "按时报送率", 0, "REPORTS_ON_TIME", Map.of("type", "TARGET", "target", 100)));
        invalid(disp.post("/api/assessments", round("x", w.city, zeroWeight)), "indicators[1].weight");
        zeroWeight.set(1, indicator("RT", "按时报送率", -5, "REPORTS_ON_TIME", Map.of("type", "TARGET", "target", 100)));
        invalid(disp.post("/api/assessments", round("x", w.city, zeroWeight)), "indicators[1].weight");

        List<Map<String, Object>> badSource = new ArrayList<>(scheme());
        badSource.set(0, indicator("CR", "完成率", 40, "GDP_GROWTH", Map.of("type", "RANK", "first", 100, "step", 5)));
        invalid(disp.post("/api/assessments", round("x", w.city, badSource)), "indicators[0].source");

        List<Map<String, Object>> badRule = new ArrayList<>(scheme());
        badRule.set(0, indicator("CR", "完成率", 40, "COMPLETION_RATE", Map.of("type", "BANDS")));
        invalid(disp.post("/api/assessments", round("x", w.city, badRule)), "indicators[0].rule");
        badRule.set(0, indicator("CR", "完成率", 40, "COMPLETION_RATE", Map.of("type", "MANUAL")));
        invalid(disp.post("/api/assessments", round("x", w.city, badRule)), "indicators[0].rule");

        List<Map<String, Object>> duplicate = new ArrayList<>(scheme());
        duplicate.set(1, indicator("CR", "开工率", 30, "START_RATE", Map.of("type", "TARGET", "target", 90)));
        invalid(disp.post("/api/assessments", round("x", w.city, duplicate)), "indicators[1].code");

        invalid(disp.post("/api/assessments", round("x", w.city, List.of())), "indicators");
        Map<String, Object> badSubject = round("x", w.city, scheme());
        badSubject.put("subject", "CATEGORY");
        invalid(disp.post("/api/assessments", badSubject), "subject");
        Map<String, Object> stringWeight = round("x", w.city, List.of(indicator("CR", "完成率", "40",
                "COMPLETION_RATE", Map.of("type", "RANK", "first", 100, "step", 5))));
        assertThat(disp.post("/api/assessments", stringWeight).status()).isEqualTo(422);

        // only a dispatcher or supervisor creates
        assertThat(as(w.leaderUser).post("/api/assessments", round("x", w.city, scheme())).status()).isEqualTo(403);
        assertThat(as(w.reporterA).post("/api/assessments", round("x", w.city, scheme())).status()).isEqualTo(403);
        assertThat(ok(disp.get("/api/assessments")).body()).hasSize(before);

        long id = created(as(w.supervisor).post("/api/assessments", round("2024年上半年考核", w.city, scheme()))).id();
        assertThat(ok(disp.get("/api/assessments")).body()).hasSize(before + 1);
        assertThat(disp.get("/api/assessments/999999999").status()).isEqualTo(404);
        assertThat(as(w.reporterA).get("/api/assessments/" + id).status()).isEqualTo(403);
        assertThat(as(w.countyLeaderA).get("/api/assessments/" + id).status()).isEqualTo(403);

        // scores: range, unknown subject or indicator, non-manual indicator, role
        Api leader = as(w.leaderUser);
        invalid(leader.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 101)), "score");
        invalid(leader.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", -1)), "score");
        invalid(leader.post("/api/assessments/" + id + "/scores", score("999999", "MAN", 90)), "subject");
        invalid(leader.post("/api/assessments/" + id + "/scores", score(w.countyA, "NOPE", 90)), "indicator");
        invalid(leader.post("/api/assessments/" + id + "/scores", score(w.countyA, "CR", 90)), "indicator");
        assertThat(as(w.reporterA).post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 90)).status())
                .isEqualTo(403);
        assertThat(disp.post("/api/assessments/999999999/scores", score(w.countyA, "MAN", 90)).status())
                .isEqualTo(404);
        assertThat(ok(disp.get("/api/assessments/" + id + "/scores")).body()).isEmpty();
        // the creator (a supervisor) is the organiser and sees every score
        created(leader.post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 88.5)));
        assertThat(ok(as(w.supervisor).get("/api/assessments/" + id + "/scores")).body()).hasSize(1);
    }

    @Test
    void unitRoundsAreKeyedByUnitId() {
        World w = world();
        long pa = project(w, "甲县产业园", w.countyA, w.unitA, "1200");
        project(w, "乙区污水厂", w.countyB, w.unitB, "1000");
        reports(w.reporterA, pa, 2);
        Api disp = as(w.dispatcher);
        Map<String, Object> body = round("2024年第一季度部门考核", w.city, List.of(
                indicator("CR", "完成率", 1, "COMPLETION_RATE", Map.of("type", "TARGET", "target", 25)),
                indicator("LAND", "招商落地率", 1, "INVESTMENT_LANDING", Map.of("type", "TARGET", "target", 50))));
        body.put("subject", "UNIT");
        body.put("month", 3);
        long id = created(disp.post("/api/assessments", body)).id();
        Api.Res r = ok(disp.get("/api/assessments/" + id + "/results"));
        JsonNode first = r.get("results").get(0);
        assertThat(first.get("subject").isNumber()).isTrue();
        assertThat(first.get("subject").asLong()).isEqualTo(w.unitA);
        // A: 200 / 1200 = 16.67 % → 66.68 of target 25; unit A has no lead, so no landing rate: null, scored 0
        assertThat(first.get("scores").get(0).get("value").decimalValue()).isEqualByComparingTo("16.67");
        assertThat(first.get("scores").get(0).get("score").decimalValue()).isEqualByComparingTo("66.68");
        assertThat(first.get("scores").get(1).get("value").isNull()).isTrue();
        assertThat(first.get("scores").get(1).get("score").decimalValue()).isEqualByComparingTo("0");
        assertThat(first.get("total").decimalValue()).isEqualByComparingTo("33.34");
        // a unit id as number or as text
        created(disp.post("/api/assessments/" + id + "/vetoes", Map.of("subject", w.unitB, "reason", "督办逾期")));
        assertThat(disp.post("/api/assessments/" + id + "/vetoes",
                Map.of("subject", String.valueOf(w.unitB), "reason", "x")).status()).isEqualTo(409);
    }

    @Test
    void scoresAreAuditedAndTheApiIsDescribed() {
        World w = world();
        Api disp = as(w.dispatcher);
        long id = created(disp.post("/api/assessments", round("2024年上半年考核", w.city, scheme()))).id();
        created(as(w.leaderUser).post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 70)));
        created(as(w.leaderUser).post("/api/assessments/" + id + "/scores", score(w.countyA, "MAN", 75)));
        Api.Res log = ok(as(w.auditor).get("/api/audit?action=ASSESSMENT_SCORE"));
        List<String> mine = new ArrayList<>();
        log.body().forEach(e -> {
            if (e.get("objectId").asText().equals(id + "/" + w.countyA + "/MAN")) {
                mine.add(e.get("actor").asText() + ":" + e.get("changes").get(0).get("before").asText() + "->"
                        + e.get("changes").get(0).get("after").asText());
            }
        });
        assertThat(mine).containsExactlyInAnyOrder(w.leaderUser + ":null->70.00", w.leaderUser + ":70.00->75.00");
        assertThat(ok(as(w.auditor).get("/api/audit?action=ASSESSMENT_CREATE")).body().toString())
                .contains("2024年上半年考核");

        JsonNode paths = ok(admin().get("/v3/api-docs")).get("paths");
        for (String p : List.of("/api/assessments", "/api/assessments/{id}", "/api/assessments/{id}/copy",
                "/api/assessments/{id}/scores", "/api/assessments/{id}/vetoes", "/api/assessments/{id}/results",
                "/api/assessments/{id}/publish")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.get("/api/assessments").has("post")).isTrue();
    }

    /**
     * The other sources: START_RATE and GAP from the summary, REPORTS_ON_TIME with a late report, PROBLEMS_ON_TIME
     * with a problem closed on time, and the veto proposed for a unit whose task is overdue past 30 days.
     */
    @Test
    void theSourcesAndTheProposedVeto() {
        World w = world();
        Api disp = as(w.dispatcher);
        // the year 2022, whose first quarter no other test opens or closes (periods are the whole system's)
        Map<String, Object> started = project("甲县产业园", w.countyA, w.unitA, w.leader1, "1200");
        started.put("year", 2022);
        started.put("actualStart", "2022-01-10");
        long pa = created(disp.post("/api/projects", started)).id();
        Map<String, Object> notStarted = project("乙区污水厂", w.countyB, w.unitB, w.leader1, "1000");
        notStarted.put("year", 2022);
        notStarted.remove("actualStart");
        long pb = created(disp.post("/api/projects", notStarted)).id();
        // February's period closed its deadline before today: A's February report is late
        created(disp.post("/api/periods", Map.of("period", "2022-02", "opensAt", "2022-02-25T00:00:00+08:00",
                "deadline", "2022-03-05T18:00:00+08:00")));
        for (int m = 1; m <= 3; m++) {
            ok(as(w.reporterA).put("/api/projects/" + pa + "/reports/2022-0" + m, report("100")));
        }
        ok(as(w.reporterB).put("/api/projects/" + pb + "/reports/2022-01", report("100")));
        // a problem of unit A closed on time
        long problem = created(disp.post("/api/problems", Map.of("projectId", pa, "title", "用地指标未落实",
                "category", "LAND", "description", "缺少用地指标", "assigneeUnitId", w.unitA, "dueWorkingDays", 10)))
                .id();
        Api repA = as(w.reporterA);
        ok(repA.post("/api/problems/" + problem + "/accept", Map.of("note", "已接收")));
        ok(repA.post("/api/problems/" + problem + "/resolve", Map.of("note", "已落实")));
        ok(disp.post("/api/problems/" + problem + "/verify", Map.of("note", "销号")));
        // a task of unit B overdue since May
        long meeting = created(disp.post("/api/meetings", Map.of("title", "六月调度会", "type", "MONTHLY",
                "date", "2024-04-20"))).id();
        created(disp.post("/api/meetings/" + meeting + "/decisions", Map.of("content", "完成管网迁改",
                "responsibleUnitId", w.unitB, "responsiblePerson", "张三", "dueDate", "2024-05-10")));

        Map<String, Object> body = round("2022年第一季度考核", w.city, List.of(
                indicator("SR", "开工率", 1, "START_RATE", Map.of("type", "TARGET", "target", 100)),
                indicator("GAP", "差距", 1, "GAP", Map.of("type", "RANK", "first", 100, "step", 50)),
                indicator("RT", "按时报送", 1, "REPORTS_ON_TIME", Map.of("type", "TARGET", "target", 100)),
                indicator("PB", "问题办结", 1, "PROBLEMS_ON_TIME", Map.of("type", "TARGET", "target", 100))));
        body.put("month", 3);
        body.put("year", 2022);
        long id = created(disp.post("/api/assessments", body)).id();
        Api.Res r = ok(disp.get("/api/assessments/" + id + "/results"));
        JsonNode a = line(r, w.countyA).get("scores");
        JsonNode b = line(r, w.countyB).get("scores");
        assertThat(a.get(0).get("value").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(b.get(0).get("value").decimalValue()).isEqualByComparingTo("0.00");
        // A: 300 of 1200 by March = 25 % against 25 % due: gap 0; B: 100 of 1000 = 10 % against 25 %: −15
        assertThat(a.get(1).get("value").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(b.get(1).get("value").decimalValue()).isEqualByComparingTo("-15.00");
        assertThat(a.get(1).get("score").decimalValue()).isEqualByComparingTo("100");
        assertThat(b.get(1).get("score").decimalValue()).isEqualByComparingTo("50");
        // A: January and March on time, February late → 2 of 3; B: 1 of 3
        assertThat(a.get(2).get("value").decimalValue()).isEqualByComparingTo("66.67");
        assertThat(b.get(2).get("value").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(a.get(3).get("value").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(b.get(3).get("value").isNull()).isTrue();
        // A: (100 + 100 + 66.67 + 100) / 4 = 91.6675 → 91.67
        assertThat(line(r, w.countyA).get("total").decimalValue()).isEqualByComparingTo("91.67");

        Api.Res proposed = ok(disp.get("/api/assessments/" + id + "/veto-proposals"));
        assertThat(proposed.body()).hasSize(1);
        assertThat(proposed.body().get(0).get("subject").asText()).isEqualTo(w.countyB);
        assertThat(proposed.body().get(0).get("reason").asText()).contains("逾期");
    }
}
