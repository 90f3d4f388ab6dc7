package cn.diaodu.suspension;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The rule of CONTRACT §11 through the public {@link SuspensionFacts}: suspended(p, M) ⇔ an approved suspension
 * (APPROVED or RESUMED) with {@code from} on or before the last day of M, not resumed on or before that day. Edge
 * days: from on the last day of M, resumed on the last day, resumed the day after, rejected, requested only.
 */
class SuspensionFactsTest extends ApiTest {
    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 30);

    @Autowired
    SuspensionFacts facts;

    private long project(World w, String name) {
        return created(as(w.dispatcher).post("/api/projects", project(name, w.countyA, w.unitA, w.leader1, "1000")))
                .id();
    }

    private long ask(Api api, long project, String reason, String from, String expected) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("reason", reason);
        m.put("from", from);
        m.put("expectedResume", expected);
        return created(api.post("/api/projects/" + project + "/suspensions", m)).id();
    }

    @Test
    void theRuleOnItsEdgeDays() {
        World w = world();
        Api d = as(w.dispatcher);
        long fromLastDay = project(w, "停工自月末");
        long resumedLastDay = project(w, "月末复工");
        long resumedNextDay = project(w, "次月首日复工");
        long rejected = project(w, "申请被驳回");
        long requested = project(w, "仅申请");
        long ongoing = project(w, "长期停工");
        long none = project(w, "正常施工");

        long s1 = ask(d, fromLastDay, "因环保督察停工整改", "2024-06-30", "2024-08-31");
        ok(d.post("/api/suspensions/" + s1 + "/approve", Map.of()));
        long s2 = ask(d, resumedLastDay, "因汛期暂停施工", "2024-06-01", null);
        ok(d.post("/api/suspensions/" + s2 + "/approve", Map.of()));
        ok(d.post("/api/suspensions/" + s2 + "/resume", Map.of("date", "2024-06-30")));
        long s3 = ask(d, resumedNextDay, "因资金链紧张缓建", "2024-06-01", "2024-07-01");
        ok(d.post("/api/suspensions/" + s3 + "/approve", Map.of()));
        ok(d.post("/api/suspensions/" + s3 + "/resume", Map.of("date", "2024-07-01")));
        long s4 = ask(d, rejected, "因施工单位更换", "2024-05-01", null);
        ok(d.post("/api/suspensions/" + s4 + "/reject", Map.of("note", "不予批准")));
        ask(d, requested, "因征地拆迁停工", "2024-05-01", null);
        long s6 = ask(d, ongoing, "因规划调整缓建", "2024-05-10", null);
        ok(d.post("/api/suspensions/" + s6 + "/approve", Map.of()));

        List<Long> all = List.of(fromLastDay, resumedLastDay, resumedNextDay, rejected, requested, ongoing, none);
        assertThat(facts.suspendedIn(JUNE, all)).containsExactlyInAnyOrder(fromLastDay, resumedNextDay, ongoing);
        assertThat(facts.suspendedAt(LAST, all)).containsExactlyInAnyOrder(fromLastDay, resumedNextDay, ongoing);
        assertThat(facts.suspendedAt(LAST.minusDays(1), all)).as("the day before: from not reached, not resumed yet")
                .containsExactlyInAnyOrder(resumedLastDay, resumedNextDay, ongoing);
        assertThat(facts.suspendedIn(YearMonth.of(2024, 7), all)).containsExactlyInAnyOrder(fromLastDay, ongoing);
        assertThat(facts.suspendedIn(YearMonth.of(2024, 5), all)).containsExactly(ongoing);
        assertThat(facts.suspendedIn(YearMonth.of(2024, 4), all)).isEmpty();
        assertThat(facts.suspendedAt(LAST, List.of())).isEmpty();
        assertThat(facts.suspendedAt(LAST, List.of(rejected, requested, none))).isEmpty();

        Map<Long, SuspensionFacts.SuspendedProject> lists = facts.suspensionsOf(all, LAST);
        assertThat(lists.keySet()).containsExactlyInAnyOrder(fromLastDay, resumedNextDay, ongoing);
        assertThat(lists.get(fromLastDay).reason()).isEqualTo("因环保督察停工整改");
        assertThat(lists.get(fromLastDay).from()).isEqualTo(LAST);
        assertThat(lists.get(fromLastDay).expectedResume()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(lists.get(fromLastDay).suspensionId()).isEqualTo(s1);
        assertThat(lists.get(resumedNextDay).expectedResume()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(lists.get(ongoing).expectedResume()).isNull();

        // many ids: chunked by 500, the answer the same
        List<Long> many = new ArrayList<>();
        for (long i = 0; i < 1200; i++) {
            many.add(-1 - i);
        }
        many.add(700, ongoing);
        many.add(fromLastDay);
        many.add(none);
        assertThat(facts.suspendedAt(LAST, many)).containsExactlyInAnyOrder(fromLastDay, ongoing);
        assertThat(facts.suspensionsOf(many, LAST).keySet()).containsExactlyInAnyOrder(fromLastDay, ongoing);
    }

    @Test
    void theRuleAsAFunction() {
        LocalDate from = LocalDate.of(2024, 6, 30);
        assertThat(SuspensionFacts.inForce(SuspensionStatus.APPROVED, from, null, LAST)).isTrue();
        assertThat(SuspensionFacts.inForce(SuspensionStatus.APPROVED, from, null, LAST.minusDays(1))).isFalse();
        assertThat(SuspensionFacts.inForce(SuspensionStatus.RESUMED, from, LAST, LAST)).isFalse();
        assertThat(SuspensionFacts.inForce(SuspensionStatus.RESUMED, from, LAST.plusDays(1), LAST)).isTrue();
        assertThat(SuspensionFacts.inForce(SuspensionStatus.REJECTED, from, null, LAST)).isFalse();
        assertThat(SuspensionFacts.inForce(SuspensionStatus.REQUESTED, from, null, LAST)).isFalse();
    }
}
