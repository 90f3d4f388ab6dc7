package cn.diaodu.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import cn.diaodu.common.AppClock;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;
import cn.diaodu.support.Exact;

/**
 * Time passes: in this context today is moved day by day (a spy on AppClock), so that a problem is seen on its due
 * date (not overdue) and on the day after (overdue); the daily job reminds on the due date and, with
 * {@code diaodu.problems.auto-escalate=true}, escalates overdue problems one level at a time; the board's on-time
 * closure rate.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"diaodu.problems.auto-escalate=true", "diaodu.problems.auto-escalate-every=3"})
class ProblemOverdueApiTest extends ApiTest {
    @MockitoSpyBean
    AppClock clock;

    @Autowired
    ProblemJob job;

    private void today(String date) {
        doReturn(LocalDate.parse(date)).when(clock).today();
    }

    @AfterEach
    void backToTheTestsToday() {
        today("2024-07-15");
    }

    private long project(Api dispatcher, World w) {
        return created(dispatcher.post("/api/projects", project("逾期项目", w.countyA, w.unitA, null, "1000"))).id();
    }

    private static List<Long> ids(Api.Res r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        List<Long> out = new ArrayList<>();
        r.body().forEach(p -> out.add(p.get("id").asLong()));
        return out;
    }

    @Test
    void overdueTheDayAfterTheDueDateNotOnIt() {
        today("2024-07-15");
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, w);
        long open = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "三日办结", "APPROVAL", w.unitA, 3))).id();
        long resolved = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "已办结的", "APPROVAL", w.unitA, 3))).id();
        ok(as(w.reporterA).post("/api/problems/" + resolved + "/resolve", null));
        String mine = "&projectId=" + projectId;

        today("2024-07-18");
        var onTheDay = ok(dispatcher.get("/api/problems/" + open));
        assertThat(onTheDay.get("dueDate").asText()).isEqualTo("2024-07-18");
        assertThat(onTheDay.get("overdue").asBoolean()).as("on the due date itself").isFalse();
        assertThat(ids(dispatcher.get("/api/problems?overdue=true" + mine))).isEmpty();

        today("2024-07-19");
        assertThat(ok(dispatcher.get("/api/problems/" + open)).get("overdue").asBoolean()).isTrue();
        assertThat(ok(dispatcher.get("/api/problems/" + resolved)).get("overdue").asBoolean())
                .as("a resolved problem is never overdue").isFalse();
        assertThat(ids(dispatcher.get("/api/problems?overdue=true" + mine))).containsExactly(open);
        assertThat(ids(dispatcher.get("/api/problems?overdue=false" + mine))).containsExactly(resolved);
        assertThat(ids(as(w.reporterA).get("/api/problems?overdue=true&assigneeUnitId=" + w.unitA)))
                .containsExactly(open);
        ok(as(w.reporterA).post("/api/problems/" + open + "/accept", null));
        assertThat(ids(dispatcher.get("/api/problems?overdue=true&status=ACCEPTED" + mine))).containsExactly(open);

        // resolving ends the overdue; reopening a late one makes it overdue again (the deadline stands)
        ok(as(w.reporterA).post("/api/problems/" + open + "/resolve", null));
        assertThat(ids(dispatcher.get("/api/problems?overdue=true" + mine))).isEmpty();
        ok(dispatcher.post("/api/problems/" + open + "/reopen", Map.of("note", "未解决")));
        assertThat(ids(dispatcher.get("/api/problems?overdue=true" + mine))).containsExactly(open);
    }

    @Test
    void overdueAcrossNationalDay() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, w);
        today("2024-09-30");
        var p = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "节前交办", "UTILITIES", w.unitA, 1)));
        assertThat(p.get("dueDate").asText()).isEqualTo("2024-10-08");
        today("2024-10-07");
        assertThat(ok(dispatcher.get("/api/problems/" + p.id())).get("overdue").asBoolean()).isFalse();
        today("2024-10-08");
        assertThat(ok(dispatcher.get("/api/problems/" + p.id())).get("overdue").asBoolean()).isFalse();
        today("2024-10-09");
        assertThat(ok(dispatcher.get("/api/problems/" + p.id())).get("overdue").asBoolean()).isTrue();

        today("2024-09-27");
        var sunday = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "调休周日计入", "UTILITIES", w.unitA, 2)));
        assertThat(sunday.get("dueDate").asText()).as("Sunday 09-29 is a working day").isEqualTo("2024-09-30");
    }

    @Test
    void theJobRemindsOnTheDueDateAndEscalatesOverdueProblemsOneLevelAtATime() {
        today("2024-07-15");
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, w);
        long id = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "电力迁改", "UTILITIES", w.unitA, 3))).id();
        long onTime = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "按期办结", "UTILITIES", w.unitA, 3))).id();
        String p = "/api/problems/" + id;

        today("2024-07-18");
        job.run();
        var due = ok(dispatcher.get(p));
        assertThat(due.get("level").asText()).as("not overdue yet").isEqualTo("UNIT");
        assertThat(lastAction(due)).isEqualTo("REMIND");
        assertThat(lastBy(due)).isEqualTo("system");
        job.run();
        assertThat(ok(dispatcher.get(p)).get("timeline")).as("one reminder a day").hasSize(2);
        Eventually.assertThat(() -> assertThat(notifications(w, id)).contains("PROBLEM_REMINDER"));
        ok(as(w.reporterA).post("/api/problems/" + onTime + "/resolve", null));

        today("2024-07-19");
        job.run();
        var leader = ok(dispatcher.get(p));
        assertThat(leader.get("level").asText()).isEqualTo("LEADER");
        assertThat(lastAction(leader)).isEqualTo("ESCALATE");
        assertThat(lastBy(leader)).isEqualTo("system");
        assertThat(leader.get("timeline").get(2).get("note").asText()).contains("2024-07-18");
        Eventually.assertThat(() -> assertThat(notifications(w, id)).contains("PROBLEM_ESCALATED"));
        assertThat(ok(dispatcher.get("/api/problems/" + onTime)).get("level").asText()).as("resolved in time")
                .isEqualTo("UNIT");
        job.run();
        assertThat(ok(dispatcher.get(p)).get("level").asText()).as("once a day at most").isEqualTo("LEADER");

        today("2024-07-23");
        job.run();
        assertThat(ok(dispatcher.get(p)).get("level").asText()).as("two working days later").isEqualTo("LEADER");
        today("2024-07-24");
        job.run();
        assertThat(ok(dispatcher.get(p)).get("level").asText()).as("three working days later")
                .isEqualTo("GOVERNMENT");
        today("2024-08-30");
        job.run();
        var top = ok(dispatcher.get(p));
        assertThat(top.get("level").asText()).isEqualTo("GOVERNMENT");
        List<String> actions = new ArrayList<>();
        top.get("timeline").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("CREATE", "REMIND", "ESCALATE", "ESCALATE");
    }

    private static String lastAction(Api.Res r) {
        var t = r.get("timeline");
        return t.get(t.size() - 1).get("action").asText();
    }

    private static String lastBy(Api.Res r) {
        var t = r.get("timeline");
        return t.get(t.size() - 1).get("by").asText();
    }

    private List<String> notifications(World w, long problemId) {
        List<String> out = new ArrayList<>();
        ok(as(w.reporterA).get("/api/notifications")).body().forEach(n -> {
            if (n.get("link").asText().equals("/problems/" + problemId)) {
                out.add(n.get("kind").asText());
            }
        });
        return out;
    }

    @Test
    void theBoardRanksUnitsByOnTimeClosure() {
        today("2024-07-15");
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = project(dispatcher, w);
        List<Long> a = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            a.add(created(dispatcher.post("/api/problems",
                    ProblemApiTest.problem(projectId, "甲" + i, "LAND", w.unitA, 3))).id());
        }
        long b = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "乙", "FUNDING", w.unitB, 3))).id();
        long bOpen = created(dispatcher.post("/api/problems",
                ProblemApiTest.problem(projectId, "乙未办", "FUNDING", w.unitB, 3))).id();

        today("2024-07-18");
        ok(as(w.reporterA).post("/api/problems/" + a.get(0) + "/resolve", null));
        ok(as(w.reporterB).post("/api/problems/" + b + "/resolve", null));
        today("2024-07-19");
        ok(as(w.reporterA).post("/api/problems/" + a.get(1) + "/resolve", null));
        ok(as(w.reporterA).post("/api/problems/" + a.get(2) + "/resolve", null));
        today("2024-07-22");
        for (long id : List.of(a.get(0), a.get(1), a.get(2), b)) {
            ok(as(w.supervisor).post("/api/problems/" + id + "/verify", null));
        }
        var board = ok(dispatcher.get("/api/problems/board")).body();
        var rates = board.get("onTime");
        assertThat(rates.get(0).get("unitId").asLong()).isEqualTo(w.unitB);
        assertThat(rates.get(0).get("rank").asInt()).isEqualTo(1);
        Exact.number(rates.get(0), "rate", "100.00");
        assertThat(rates.get(1).get("unitId").asLong()).isEqualTo(w.unitA);
        assertThat(rates.get(1).get("closed").asInt()).isEqualTo(3);
        assertThat(rates.get(1).get("closedOnTime").asInt()).isEqualTo(1);
        Exact.number(rates.get(1), "rate", "33.33");
        assertThat(rates.get(1).get("rank").asInt()).isEqualTo(2);
        var total = board.get("total");
        assertThat(total.get("closed").asInt()).isEqualTo(4);
        assertThat(total.get("open").asInt()).isEqualTo(1);
        assertThat(total.get("overdue").asInt()).as("乙未办, due 07-18").isEqualTo(1);
        var unitB = Exact.one(board.get("byUnit"), "key", String.valueOf(w.unitB));
        assertThat(unitB.get("overdue").asInt()).isEqualTo(1);
        var land = Exact.one(board.get("byCategory"), "key", "LAND");
        assertThat(land.get("closed").asInt()).isEqualTo(3);
        assertThat(land.get("name").asText()).isEqualTo("用地");
        assertThat(bOpen).isPositive();
    }
}
