package cn.diaodu.reporting;

import static cn.diaodu.support.Race.count;
import static cn.diaodu.support.Race.together;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Issue 10, "no races": a state change checks and changes the state in one conditional write, so that of concurrent
 * identical changes exactly one succeeds (the others 409), an approved report refuses a PUT whatever the interleaving,
 * two first reports of a month give no 500, and the history keeps the order of the writes. Months of 2023 no other
 * test opens as periods (periods are global); every round a project of its own.
 */
class ReviewRaceTest extends ApiTest {

    private long project(Api dispatcher, World w, String name) {
        Map<String, Object> body = project(name, w.countyA, w.unitA, null, "1200");
        body.put("year", 2023);
        body.put("actualStart", "2023-01-05");
        return created(dispatcher.post("/api/projects", body)).id();
    }

    private static List<String> statuses(JsonNode history) {
        List<String> out = new ArrayList<>();
        history.forEach(v -> out.add(v.get("status").asText()));
        return out;
    }

    @Test
    void tenConcurrentApprovalsGiveOneApproval() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        for (int round = 0; round < 3; round++) {
            String path = "/api/projects/" + project(dispatcher, w, "并发审核" + round) + "/reports/2023-08";
            ok(as(w.reporterA).put(path, report("100")));

            List<Api.Res> answers = together(10, i -> dispatcher.post(path + "/approve", null));

            assertThat(count(answers, 200)).as("round %s: %s", round, answers).isEqualTo(1);
            assertThat(count(answers, 409)).as("round %s: %s", round, answers).isEqualTo(9);
            assertThat(statuses(ok(dispatcher.get(path + "/history")).body()))
                    .as("round %s", round).containsExactly("SUBMITTED", "APPROVED");
        }
    }

    @Test
    void concurrentReturnsAndUnlocksGiveOneEach() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        String path = "/api/projects/" + project(dispatcher, w, "并发退回") + "/reports/2023-08";
        ok(as(w.reporterA).put(path, report("100")));

        List<Api.Res> returns = together(8, i -> dispatcher.post(path + "/return", Map.of("reason", "退回" + i)));
        assertThat(count(returns, 200)).as("%s", returns).isEqualTo(1);
        assertThat(count(returns, 409)).as("%s", returns).isEqualTo(7);

        ok(as(w.reporterA).put(path, report("110")));
        ok(dispatcher.post(path + "/approve", null));
        List<Api.Res> unlocks = together(8, i -> dispatcher.post(path + "/unlock", Map.of("reason", "解锁" + i)));
        assertThat(count(unlocks, 200)).as("%s", unlocks).isEqualTo(1);
        assertThat(count(unlocks, 409)).as("%s", unlocks).isEqualTo(7);
        assertThat(statuses(ok(dispatcher.get(path + "/history")).body()))
                .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "SUBMITTED");
    }

    @Test
    void anApprovalRacedByTheReportersPutsStaysApproved() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporter = as(w.reporterA);
        int approvedRounds = 0;
        for (int round = 0; round < 5; round++) {
            String path = "/api/projects/" + project(dispatcher, w, "审核与修改" + round) + "/reports/2023-09";
            ok(reporter.put(path, report("100")));

            // call 0 approves, calls 1..5 put new figures
            List<Api.Res> answers = together(6, i -> i == 0 ? dispatcher.post(path + "/approve", null)
                    : reporter.put(path, report(String.valueOf(100 + i))));

            answers.forEach(a -> assertThat(a.status()).as("%s", answers).isIn(200, 409));
            JsonNode history = ok(dispatcher.get(path + "/history")).body();
            List<String> steps = statuses(history);
            assertThat(steps).as("every 200 is one version: %s", answers).hasSize(1 + (int) count(answers, 200));
            JsonNode report = ok(dispatcher.get(path)).body();
            JsonNode last = history.get(history.size() - 1);
            assertThat(report.get("status").asText()).isEqualTo(last.get("status").asText());
            assertThat(report.get("investment").decimalValue()).isEqualByComparingTo(last.get("investment")
                    .decimalValue());
            if (answers.get(0).status() == 200) {
                approvedRounds++;
                assertThat(report.get("status").asText()).as("round %s: %s", round, steps).isEqualTo("APPROVED");
                assertThat(steps.subList(steps.indexOf("APPROVED"), steps.size()))
                        .as("nothing follows the approval: %s", steps).containsExactly("APPROVED");
                assertThat(answers.get(0).get("investment").decimalValue())
                        .isEqualByComparingTo(report.get("investment").decimalValue());
            } else {
                assertThat(steps).doesNotContain("APPROVED");
            }
            assertThat(reporter.put(path, report("999")).status()).isEqualTo(
                    answers.get(0).status() == 200 ? 409 : 200);
        }
        assertThat(approvedRounds).as("the approval waits for the reporter's writes, never fails for them")
                .isEqualTo(5);
    }

    @Test
    void concurrentFirstReportsOfAMonthAreAllWrittenInOrder() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporter = as(w.reporterA);
        for (int round = 0; round < 3; round++) {
            String path = "/api/projects/" + project(dispatcher, w, "首次填报" + round) + "/reports/2023-10";

            List<Api.Res> answers = together(10, i -> reporter.put(path, report(String.valueOf(10 + i))));

            assertThat(count(answers, 200)).as("round %s: %s", round, answers).isEqualTo(10);
            JsonNode history = ok(dispatcher.get(path + "/history")).body();
            assertThat(history).hasSize(10);
            List<Integer> written = new ArrayList<>();
            OffsetDateTime before = null;
            for (JsonNode v : history) {
                written.add(v.get("investment").intValue());
                OffsetDateTime at = OffsetDateTime.parse(v.get("at").asText());
                if (before != null) {
                    assertThat(at).as("the history in the order of the writes").isAfterOrEqualTo(before);
                }
                before = at;
            }
            assertThat(written).containsExactlyInAnyOrder(10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
            assertThat(ok(dispatcher.get(path)).get("investment").intValue()).as("the last version is the report")
                    .isEqualTo(written.get(written.size() - 1));
        }
    }

    @Test
    void concurrentClosingsOfAPeriodGiveOneSuccess() {
        Api dispatcher = as(world().dispatcher);
        created(dispatcher.post("/api/periods", Map.of("period", "2022-09", "opensAt", "2022-09-25T00:00:00+08:00",
                "deadline", "2022-10-05T18:00:00+08:00")));

        List<Api.Res> closings = together(8, i -> dispatcher.post("/api/periods/2022-09/close", null));
        assertThat(count(closings, 200)).as("%s", closings).isEqualTo(1);
        assertThat(count(closings, 409)).as("%s", closings).isEqualTo(7);

        List<Api.Res> reopenings = together(8, i -> dispatcher.post("/api/periods/2022-09/reopen", null));
        assertThat(count(reopenings, 200)).as("%s", reopenings).isEqualTo(1);
        assertThat(count(reopenings, 409)).as("%s", reopenings).isEqualTo(7);

        List<Api.Res> openings = together(8, i -> dispatcher.post("/api/periods", Map.of("period", "2022-10",
                "opensAt", "2022-10-25T00:00:00+08:00", "deadline", "2022-11-05T18:00:00+08:00")));
        assertThat(count(openings, 201)).as("%s", openings).isEqualTo(1);
        assertThat(count(openings, 409)).as("%s", openings).isEqualTo(7);
    }
}
