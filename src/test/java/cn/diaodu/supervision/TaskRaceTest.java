package cn.diaodu.supervision;

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
 * Issue 10, "no races": a task's actions check and change its state in one conditional write, so that concurrent
 * completions or verifications give one success and 409 for the rest, and no feedback or reminder slips in after a
 * completion that came first.
 */
class TaskRaceTest extends ApiTest {

    private static List<String> actions(Api.Res task) {
        List<String> out = new ArrayList<>();
        task.get("timeline").forEach(e -> out.add(e.get("action").asText()));
        return out;
    }

    @Test
    void concurrentCompletionsAndVerificationsGiveOneEach() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api supervisor = as(w.supervisor);
        Api reporter = as(w.reporterA);
        long meeting = created(supervisor.post("/api/meetings", Map.of("title", "并发督办", "type", "SPECIAL", "date",
                "2024-07-12"))).id();
        for (int round = 0; round < 3; round++) {
            long id = created(dispatcher.post("/api/meetings/" + meeting + "/decisions", Map.of("content",
                    "并发事项" + round, "responsibleUnitId", w.unitA, "responsiblePerson", "张三", "dueDate",
                    "2024-07-30"))).id();
            String t = "/api/tasks/" + id;

            List<Api.Res> completions = together(10, i -> reporter.post(t + "/complete", Map.of("note", "办结" + i)));
            assertThat(count(completions, 200)).as("%s", completions).isEqualTo(1);
            assertThat(count(completions, 409)).as("%s", completions).isEqualTo(9);

            List<Api.Res> verifications = together(10, i -> supervisor.post(t + "/verify", Map.of("note", "核验")));
            assertThat(count(verifications, 200)).as("%s", verifications).isEqualTo(1);
            assertThat(count(verifications, 409)).as("%s", verifications).isEqualTo(9);

            Api.Res after = ok(dispatcher.get(t));
            assertThat(after.get("status").asText()).isEqualTo("CLOSED");
            assertThat(actions(after)).containsExactly("CREATE", "COMPLETE", "VERIFY");
        }
    }

    @Test
    void nothingSlipsInAfterACompletion() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api supervisor = as(w.supervisor);
        Api reporter = as(w.reporterA);
        long meeting = created(supervisor.post("/api/meetings", Map.of("title", "办结与催办", "type", "SPECIAL", "date",
                "2024-07-12"))).id();
        for (int round = 0; round < 3; round++) {
            long id = created(dispatcher.post("/api/meetings/" + meeting + "/decisions", Map.of("content",
                    "事项" + round, "responsibleUnitId", w.unitA, "responsiblePerson", "张三", "dueDate",
                    "2024-07-30"))).id();
            String t = "/api/tasks/" + id;

            // call 0 completes; the others remind or give feedback
            List<Api.Res> answers = together(7, i -> i == 0 ? reporter.post(t + "/complete", Map.of("note", "办结"))
                    : i % 2 == 0 ? reporter.post(t + "/feedback", Map.of("note", "反馈" + i))
                    : supervisor.post(t + "/remind", Map.of("note", "催办" + i)));

            assertThat(answers.get(0).status()).as("%s", answers).isEqualTo(200);
            answers.forEach(a -> assertThat(a.status()).as("%s", answers).isIn(200, 409));
            List<String> steps = actions(ok(dispatcher.get(t)));
            assertThat(steps).as("one step per success: %s", answers).hasSize(1 + (int) count(answers, 200));
            assertThat(steps.get(steps.size() - 1)).as("the completion is the last step: %s", steps)
                    .isEqualTo("COMPLETE");
        }
    }
}
