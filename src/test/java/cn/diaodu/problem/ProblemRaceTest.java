package cn.diaodu.problem;

import static cn.diaodu.support.Race.count;
import static cn.diaodu.support.Race.together;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Issue 10, "no races": every action of the transition table is one conditional write (the version read and a state
 * the action may start from), so that of concurrent identical actions exactly one succeeds and the others get 409,
 * and the timeline has exactly one step for it.
 */
class ProblemRaceTest extends ApiTest {

    private static List<String> actions(Api.Res problem) {
        List<String> out = new ArrayList<>();
        problem.get("timeline").forEach(e -> out.add(e.get("action").asText()));
        return out;
    }

    private static void oneOf(List<Api.Res> answers) {
        assertThat(count(answers, 200)).as("%s", answers).isEqualTo(1);
        assertThat(count(answers, 409)).as("%s", answers).isEqualTo(answers.size() - 1);
    }

    @Test
    void concurrentIdenticalActionsGiveOneSuccess() {
        // accept, resolve and verify leave a state the action cannot start from again: exactly one of ten succeeds
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporter = as(w.reporterA);
        long projectId = created(dispatcher.post("/api/projects", project("并发问题项目", w.countyA, w.unitA, null,
                "1000"))).id();
        for (int round = 0; round < 3; round++) {
            long id = created(dispatcher.post("/api/problems", ProblemApiTest.problem(projectId, "并发" + round, "LAND",
                    w.unitA, 5))).id();
            String p = "/api/problems/" + id;

            oneOf(together(10, i -> reporter.post(p + "/accept", Map.of("note", "受理" + i))));
            // escalating is not idempotent: a request that reads the problem after another's escalation may raise it
            // again (LEADER → GOVERNMENT); what must hold is one level per success, never one level for two
            List<Api.Res> escalations = together(10, i -> dispatcher.post(p + "/escalate", Map.of("note", "升级" + i)));
            long raised = count(escalations, 200);
            assertThat(raised).as("%s", escalations).isBetween(1L, 2L);
            assertThat(count(escalations, 409)).as("%s", escalations).isEqualTo(10 - raised);
            oneOf(together(10, i -> reporter.post(p + "/resolve", Map.of("note", "办结" + i))));
            oneOf(together(10, i -> dispatcher.post(p + "/verify", Map.of("note", "销号" + i))));

            Api.Res after = ok(dispatcher.get(p));
            assertThat(after.get("status").asText()).isEqualTo("CLOSED");
            assertThat(after.get("level").asText()).as("one level per escalation")
                    .isEqualTo(raised == 1 ? "LEADER" : "GOVERNMENT");
            List<String> steps = new ArrayList<>(List.of("CREATE", "ACCEPT"));
            for (int i = 0; i < raised; i++) {
                steps.add("ESCALATE");
            }
            steps.addAll(List.of("RESOLVE", "VERIFY"));
            assertThat(actions(after)).containsExactlyElementsOf(steps);
        }
    }

    @Test
    void differentActionsRacingLeaveOneOutcome() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api reporter = as(w.reporterA);
        for (int round = 0; round < 3; round++) {
            long id = created(dispatcher.post("/api/problems", ProblemApiTest.problem(null, "竞争" + round, "OTHER",
                    w.unitA, 5))).id();
            String p = "/api/problems/" + id;
            ok(reporter.post(p + "/resolve", Map.of("note", "已办结")));

            // the office verifies and reopens at the same time. Reopening is allowed from RESOLVED and from CLOSED,
            // so both may succeed one after the other; whatever the order, the problem ends in the state of the step
            // its timeline shows last, with one step per success and never a step written twice
            List<Api.Res> answers = together(2, i -> i == 0 ? dispatcher.post(p + "/verify", Map.of("note", "销号"))
                    : dispatcher.post(p + "/reopen", Map.of("note", "重办", "dueWorkingDays", 3)));
            assertThat(answers).extracting(Api.Res::status).allMatch(s -> s == 200 || s == 409);
            long won = count(answers, 200);
            assertThat(won).as("%s", answers).isBetween(1L, 2L);
            Api.Res after = ok(dispatcher.get(p));
            List<String> steps = actions(after);
            assertThat(steps).hasSize(2 + (int) won);
            String last = steps.get(steps.size() - 1);
            assertThat(after.get("status").asText()).isEqualTo("VERIFY".equals(last) ? "CLOSED" : "ASSIGNED");
            if (won == 1) {
                assertThat(after.get("status").asText())
                        .isEqualTo(answers.get(0).status() == 200 ? "CLOSED" : "ASSIGNED");
            } else {
                assertThat(steps.subList(2, 4)).as("a reopening can follow a verification, never precede it")
                        .containsExactly("VERIFY", "REOPEN");
            }
        }
    }
}
