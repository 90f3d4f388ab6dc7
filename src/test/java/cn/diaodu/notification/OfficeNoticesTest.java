package cn.diaodu.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.reporting.ReminderJob;
import cn.diaodu.reporting.ReportInput;
import cn.diaodu.reporting.ReportService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;

/**
 * The offices hear of what awaits them (issue 11, point 6): a problem awaiting verification and a completed task
 * (both offices), a unit that submitted all its reports of a month (the project office, once per unit and month) or
 * missed them (both offices, once per unit and period); a county-bounded dispatcher only of its county; by e-mail to
 * the office's users in scope; the unread count clears when read. Today is 2024-07-15.
 */
class OfficeNoticesTest extends ApiTest {
    private static final int SMTP_PORT = 5025 + (int) (ProcessHandle.current().pid() % 1000);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    ReminderJob job;

    @Autowired
    ReportService reports;

    @Autowired
    TransactionTemplate tx;

    static final List<UnitReportsSubmitted> coalesced = new CopyOnWriteArrayList<>();

    /** Hears the coalesced events in the publisher's transaction. */
    @TestConfiguration
    static class Heard {
        @EventListener
        void on(UnitReportsSubmitted e) {
            coalesced.add(e);
        }
    }

    /** The world plus a dispatcher bounded to each county. */
    private record Offices(World w, String countyDispatcherA, String countyDispatcherB) {
    }

    private Offices offices() {
        World w = world();
        Api admin = admin();
        String a = user(admin, "cdispa" + w.province.substring(0, 2), List.of("DISPATCHER"), null, w.countyA);
        String b = user(admin, "cdispb" + w.province.substring(0, 2), List.of("DISPATCHER"), null, w.countyB);
        return new Offices(w, a, b);
    }

    private List<JsonNode> notices(String username, String kind) {
        List<JsonNode> out = new ArrayList<>();
        ok(as(username).get("/api/notifications")).body().forEach(n -> {
            if (n.get("kind").asText().equals(kind)) {
                out.add(n);
            }
        });
        return out;
    }

    private List<String> links(String username, String kind) {
        return notices(username, kind).stream().map(n -> n.get("link").asText()).toList();
    }

    private int unread(String username) {
        return ok(as(username).get("/api/notifications/unread")).get("unread").asInt();
    }

    @Test
    void aResolvedProblemAndACompletedTaskAwaitVerificationByBothOfficesInTheirRegion() {
        Offices o = offices();
        World w = o.w();
        Api admin = admin();
        setEmail(admin, w.dispatcher, "office@example.cn");
        setEmail(admin, o.countyDispatcherB(), "county-b@example.cn");
        Api dispatcher = as(w.dispatcher);
        long projectA = created(dispatcher.post("/api/projects", project("甲县污水厂", w.countyA, w.unitA, null, "800")))
                .id();

        long problem = created(dispatcher.post("/api/problems", Map.of("projectId", projectA, "title", "管网征迁受阻",
                "category", "LAND", "description", "三户未签协议", "assigneeUnitId", w.unitA, "dueWorkingDays", 5))).id();
        String p = "/api/problems/" + problem;
        Api reporterA = as(w.reporterA);
        ok(reporterA.post(p + "/accept", Map.of("note", "已签收")));
        assertThat(links(w.dispatcher, "PROBLEM_RESOLVED")).as("not resolved yet").isEmpty();
        ok(reporterA.post(p + "/resolve", Map.of("note", "协议已全部签订")));

        String link = "/problems/" + problem;
        Eventually.assertThat(() -> assertThat(links(w.dispatcher, "PROBLEM_RESOLVED")).containsExactly(link));
        Eventually.assertThat(() -> assertThat(links(w.supervisor, "PROBLEM_RESOLVED")).containsExactly(link));
        Eventually.assertThat(() -> assertThat(links(o.countyDispatcherA(), "PROBLEM_RESOLVED")).containsExactly(link));
        JsonNode notice = notices(w.dispatcher, "PROBLEM_RESOLVED").get(0);
        assertThat(notice.get("title").asText()).contains("【待核验】", "管网征迁受阻");
        assertThat(notice.get("body").asText()).contains("甲县发改局", "协议已全部签订", "甲县污水厂");
        assertThat(notice.get("audience").asText()).isEqualTo("OFFICES");
        assertThat(links(o.countyDispatcherB(), "PROBLEM_RESOLVED")).as("another county").isEmpty();
        assertThat(links(w.reporterA, "PROBLEM_RESOLVED")).as("the unit is not told its own step").isEmpty();
        assertThat(links(w.leaderUser, "PROBLEM_RESOLVED")).as("leaders are not an office").isEmpty();

        long meeting = created(dispatcher.post("/api/meetings", Map.of("title", "7月份调度会", "type", "MONTHLY",
                "date", "2024-07-10"))).id();
        long task = created(dispatcher.post("/api/meetings/" + meeting + "/decisions", Map.of("content",
                "7月25日前完成管网迁改", "responsibleUnitId", w.unitA, "responsiblePerson", "张三", "dueDate",
                "2024-07-25", "projectId", projectA))).id();
        ok(reporterA.post("/api/tasks/" + task + "/complete", Map.of("note", "迁改完成")));
        String taskLink = "/tasks/" + task;
        Eventually.assertThat(() -> assertThat(links(w.supervisor, "TASK_COMPLETED")).containsExactly(taskLink));
        Eventually.assertThat(() -> assertThat(links(w.dispatcher, "TASK_COMPLETED")).containsExactly(taskLink));
        Eventually.assertThat(() -> assertThat(links(o.countyDispatcherA(), "TASK_COMPLETED"))
                .containsExactly(taskLink));
        assertThat(notices(w.supervisor, "TASK_COMPLETED").get(0).get("body").asText()).contains("迁改完成");
        assertThat(links(o.countyDispatcherB(), "TASK_COMPLETED")).isEmpty();

        // by e-mail to the office's users with an address in whose region it lies
        Eventually.assertThat(() -> assertThat(mailsTo("office@example.cn")).anyMatch(s -> s.contains("管网征迁受阻"))
                .anyMatch(s -> s.contains("7月25日前完成管网迁改")));
        assertThat(mailsTo("county-b@example.cn")).isEmpty();

        // the unread count clears when read
        assertThat(unread(w.supervisor)).isGreaterThanOrEqualTo(2);
        assertThat(ok(as(w.supervisor).post("/api/notifications/read", null)).get("unread").asInt()).isZero();
        assertThat(unread(w.supervisor)).isZero();
        assertThat(unread(w.dispatcher)).as("each reader has its own state").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aUnitThatSubmittedAllItsReportsOfAMonthIsAnnouncedOnceToTheProjectOffice() throws Exception {
        Offices o = offices();
        World w = o.w();
        Api dispatcher = as(w.dispatcher);
        long a1 = created(dispatcher.post("/api/projects", project("甲一", w.countyA, w.unitA, null, "100"))).id();
        long a2 = created(dispatcher.post("/api/projects", project("甲二", w.countyA, w.unitA, null, "100"))).id();
        long b1 = created(dispatcher.post("/api/projects", project("乙一", w.countyB, w.unitB, null, "100"))).id();
        Api reporterA = as(w.reporterA);
        ok(reporterA.put("/api/projects/" + a1 + "/reports/2024-07", report("10")));
        ok(as(w.reporterB).put("/api/projects/" + b1 + "/reports/2024-07", report("10")));
        String review = "/review?period=2024-07";
        Eventually.assertThat(() -> assertThat(notices(w.dispatcher, "UNIT_SUBMITTED")).hasSize(1));
        assertThat(notices(w.dispatcher, "UNIT_SUBMITTED").get(0).get("unitId").asLong())
                .as("unit B is complete, unit A is not").isEqualTo(w.unitB);

        ok(reporterA.put("/api/projects/" + a2 + "/reports/2024-07", report("20")));
        Eventually.assertThat(() -> assertThat(notices(w.dispatcher, "UNIT_SUBMITTED")).hasSize(2));
        // resubmitting, even after a return, adds no second notice for the unit and month
        ok(dispatcher.post("/api/projects/" + a1 + "/reports/2024-07/return", Map.of("reason", "数据有误")));
        ok(reporterA.put("/api/projects/" + a1 + "/reports/2024-07", report("12")));
        ok(reporterA.put("/api/projects/" + a2 + "/reports/2024-07", report("21")));
        Thread.sleep(2_000);
        List<JsonNode> all = notices(w.dispatcher, "UNIT_SUBMITTED");
        assertThat(all).hasSize(2);
        JsonNode unitA = all.stream().filter(n -> n.get("unitId").asLong() == w.unitA).findFirst().orElseThrow();
        assertThat(unitA.get("title").asText()).contains("甲县发改局", "2024年7月", "已全部报送");
        assertThat(unitA.get("body").asText()).contains("共2个项目", "待审核2个");
        assertThat(unitA.get("link").asText()).isEqualTo(review);

        assertThat(notices(o.countyDispatcherA(), "UNIT_SUBMITTED")).extracting(n -> n.get("unitId").asLong())
                .containsExactly(w.unitA);
        assertThat(notices(o.countyDispatcherB(), "UNIT_SUBMITTED")).extracting(n -> n.get("unitId").asLong())
                .containsExactly(w.unitB);
        assertThat(notices(w.supervisor, "UNIT_SUBMITTED")).as("the project office reviews").isEmpty();
        assertThat(notices(w.reporterA, "UNIT_SUBMITTED")).isEmpty();

        // a zero report that fills the unit's last gap announces it too (June)
        ok(reporterA.put("/api/projects/" + a1 + "/reports/2024-06", report("5")));
        ok(reporterA.post("/api/periods/2024-06/units/" + w.unitA + "/zero", null));
        Eventually.assertThat(() -> assertThat(links(w.dispatcher, "UNIT_SUBMITTED"))
                .contains("/review?period=2024-06"));
        // a month long past, without an open period, is back-filling: nobody is told (April)
        ok(reporterA.put("/api/projects/" + a1 + "/reports/2024-04", report("5")));
        ok(reporterA.put("/api/projects/" + a2 + "/reports/2024-04", report("5")));
        Thread.sleep(2_000);
        assertThat(links(w.dispatcher, "UNIT_SUBMITTED")).doesNotContain("/review?period=2024-04");
    }

    @Test
    void theReportsOfOneTransactionAreOneEventPerUnitAndMonth() {
        Offices o = offices();
        World w = o.w();
        Api dispatcher = as(w.dispatcher);
        List<Long> ids = new ArrayList<>();
        for (String name : List.of("甲一", "甲二", "甲三")) {
            ids.add(created(dispatcher.post("/api/projects", project(name, w.countyA, w.unitA, null, "100"))).id());
        }
        ids.add(created(dispatcher.post("/api/projects", project("乙一", w.countyB, w.unitB, null, "100"))).id());
        CurrentUser office = new CurrentUser(0L, "system", "系统", Set.of(Role.DISPATCHER), null, null);
        tx.executeWithoutResult(s -> ids.forEach(id -> reports.put(id, "2024-07",
                new ReportInput(BigDecimal.TEN, "主体施工", 20), office)));

        assertThat(coalesced).filteredOn(e -> e.unitId() == w.unitA || e.unitId() == w.unitB)
                .as("four reports, two units").extracting(UnitReportsSubmitted::unitId)
                .containsExactlyInAnyOrder(w.unitA, w.unitB);
        Eventually.assertThat(() -> assertThat(notices(w.dispatcher, "UNIT_SUBMITTED"))
                .extracting(n -> n.get("unitId").asLong()).containsExactlyInAnyOrder(w.unitA, w.unitB));
        assertThat(notices(w.dispatcher, "UNIT_SUBMITTED")).filteredOn(n -> n.get("unitId").asLong() == w.unitA)
                .singleElement().satisfies(n -> assertThat(n.get("body").asText()).contains("共3个项目", "待审核3个"));
    }

    @Test
    void aUnitThatMissedItsReportsIsAnnouncedToBothOfficesOncePerPeriod() {
        Offices o = offices();
        World w = o.w();
        Api dispatcher = as(w.dispatcher);
        created(dispatcher.post("/api/projects", project("甲项目", w.countyA, w.unitA, null, "100")));
        long b1 = created(dispatcher.post("/api/projects", project("乙项目", w.countyB, w.unitB, null, "100"))).id();
        ok(dispatcher.put("/api/projects/" + b1 + "/reports/2024-06", report("10")));
        created(dispatcher.post("/api/periods", Map.of("period", "2024-06", "opensAt", "2024-06-01T00:00:00+08:00",
                "deadline", "2024-07-14T18:00:00+08:00")));

        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        Eventually.assertThat(() -> assertThat(notices(w.dispatcher, "UNIT_MISSED")).hasSize(1));
        Eventually.assertThat(() -> assertThat(notices(w.supervisor, "UNIT_MISSED")).hasSize(1));
        JsonNode missed = notices(w.dispatcher, "UNIT_MISSED").get(0);
        assertThat(missed.get("unitId").asLong()).as("unit B reported June").isEqualTo(w.unitA);
        assertThat(missed.get("title").asText()).contains("【逾期未报】", "甲县发改局", "2024年6月");
        assertThat(missed.get("body").asText()).contains("2024-07-14 18:00", "尚有1个未报送");
        assertThat(missed.get("link").asText()).isEqualTo("/periods/2024-06");
        assertThat(notices(o.countyDispatcherA(), "UNIT_MISSED")).hasSize(1);
        assertThat(notices(o.countyDispatcherB(), "UNIT_MISSED")).isEmpty();

        assertThat(job.run()).as("once per unit and period").isZero();
        assertThat(notices(w.dispatcher, "UNIT_MISSED")).hasSize(1);
    }

    private List<String> mailsTo(String address) {
        List<String> out = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                for (var r : m.getRecipients(RecipientType.TO)) {
                    if (r.toString().equals(address)) {
                        out.add(m.getSubject());
                    }
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return out;
    }

    private static void setEmail(Api admin, String username, String email) {
        for (var u : ok(admin.get("/api/users")).body()) {
            if (u.get("username").asText().equals(username)) {
                List<String> roles = new ArrayList<>();
                u.get("roles").forEach(r -> roles.add(r.asText()));
                Map<String, Object> body = new java.util.HashMap<>();
                body.put("roles", roles);
                body.put("regionCode", u.get("regionCode").asText());
                body.put("email", email);
                ok(admin.put("/api/users/" + u.get("id").asLong(), body));
                return;
            }
        }
        throw new AssertionError(username);
    }
}
