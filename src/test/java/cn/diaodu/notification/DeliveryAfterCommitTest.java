package cn.diaodu.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doReturn;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.EventRetries;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.problem.ProblemEscalated;
import cn.diaodu.problem.ProblemService;
import cn.diaodu.reporting.ReportService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;

/**
 * Notifications leave the process after commit, from the event publication registry: by e-mail to GreenMail and to a
 * robot webhook (a local HTTP server that can be made to hang); a failed delivery stays incomplete and is delivered by
 * the retry; a rolled-back transaction notifies nobody; the daily problem job commits problem by problem.
 */
class DeliveryAfterCommitTest extends ApiTest {
    private static final int SMTP_PORT = 4025 + (int) (ProcessHandle.current().pid() % 1000);
    private static final ServerSetup SMTP = new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp");
    private static final AtomicReference<GreenMail> smtp = new AtomicReference<>(startSmtp());
    private static final List<String> webhook = new CopyOnWriteArrayList<>();
    private static final AtomicReference<CountDownLatch> hang = new AtomicReference<>(new CountDownLatch(0));
    private static final CountDownLatch hanging = new CountDownLatch(1);
    private static final HttpServer robot = startRobot();

    private static GreenMail startSmtp() {
        GreenMail g = new GreenMail(SMTP).withConfiguration(GreenMailConfiguration.aConfig()
                .withDisabledAuthentication());
        g.start();
        return g;
    }

    private static HttpServer startRobot() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            s.createContext("/robot", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                CountDownLatch latch = hang.get();
                if (latch.getCount() > 0) {
                    hanging.countDown();
                    try {
                        latch.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    ex.close();
                    return;
                }
                webhook.add(body);
                byte[] ok = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
                ex.sendResponseHeaders(200, ok.length);
                ex.getResponseBody().write(ok);
                ex.close();
            });
            s.start();
            return s;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServers() {
        hang.get().countDown();
        robot.stop(0);
        smtp.get().stop();
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
        r.add("diaodu.notification.webhook-url", () -> "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot");
        r.add("diaodu.notification.webhook-read-timeout", () -> "1s");
    }

    /** A step of the daily job that fails for one problem, in the job's transaction (as an audit entry could). */
    @TestConfiguration
    static class FailingStep {
        @EventListener
        void on(ProblemEscalated e) {
            if (e.after().title().contains("坏")) {
                throw new IllegalStateException("this step fails");
            }
        }
    }

    @MockitoSpyBean
    AppClock clock;
    @Autowired
    EventRetries retries;
    @Autowired
    ReportService reports;
    @Autowired
    ProblemService problems;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToToday() {
        doReturn(LocalDate.parse("2024-07-15")).when(clock).today();
    }

    /** A unit whose reporter has an address, with a submitted report of July per project name. */
    private record Setup(World w, Api dispatcher, String address, List<Long> projects) {
    }

    private Setup setup(String... names) {
        World w = world();
        Api admin = admin();
        String address = w.reporterA + "@example.cn";
        ok(admin.put("/api/users/" + userId(admin, w.reporterA), Map.of("roles", List.of("REPORTER"), "unitId",
                w.unitA, "email", address)));
        Api dispatcher = as(w.dispatcher);
        List<Long> ids = Arrays.stream(names).map(n -> {
            long id = created(dispatcher.post("/api/projects", project(n, w.countyA, w.unitA, null, "100"))).id();
            ok(dispatcher.put("/api/projects/" + id + "/reports/2024-07", report("10")));
            return id;
        }).toList();
        return new Setup(w, dispatcher, address, ids);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.get().getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private int inApp(Setup s, String text) {
        return (int) java.util.stream.StreamSupport.stream(ok(as(s.w().reporterA).get("/api/notifications")).body()
                .spliterator(), false).filter(n -> n.get("title").asText().contains(text)).count();
    }

    private int incomplete(String listener, String text) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null and listener_id like ? "
                + "and serialized_event like ?").params("%" + listener + "%", "%" + text + "%")
                .query(Integer.class).single();
    }

    private String returned(Setup s, int i) {
        ok(s.dispatcher().post("/api/projects/" + s.projects().get(i) + "/reports/2024-07/return",
                Map.of("reason", "数据有误")));
        return "【退回】" + project(s, i);
    }

    private String project(Setup s, int i) {
        return ok(s.dispatcher().get("/api/projects/" + s.projects().get(i))).get("name").asText();
    }

    @Test
    void aReturnIsMailedAfterCommit() {
        Setup s = setup("退回通知项目");
        String title = returned(s, 0);
        Eventually.assertThat(() -> assertThat(mailsTo(s.address())).extracting(MimeMessage::getSubject)
                .containsExactly(title + " 2024-07 月报被退回"));
        assertThat(inApp(s, title)).isEqualTo(1);
        Eventually.assertThat(() -> assertThat(webhook).anyMatch(b -> b.contains(title)));
    }

    @Test
    void aMailThatFailedIsDeliveredByTheRetryOnceTheServerIsUpWithoutASecondInAppNotification() throws Exception {
        Setup s = setup("邮件重试项目");
        smtp.getAndSet(null).stop();
        try {
            String title = returned(s, 0);
            assertThat(ok(s.dispatcher().get("/api/projects/" + s.projects().get(0) + "/reports/2024-07"))
                    .get("status").asText()).as("the return succeeded at once").isEqualTo("RETURNED");
            Eventually.assertThat(() -> assertThat(webhook).anyMatch(b -> b.contains(title)));
            assertThat(inApp(s, title)).isEqualTo(1);
            Thread.sleep(1000); // the refused connection has failed the e-mail listener by now
            assertThat(incomplete("email", title)).as("the e-mail stays to be delivered").isEqualTo(1);
            assertThat(incomplete("webhook", title)).as("the robot got it").isZero();

            smtp.set(startSmtp());
            retries.resubmit(Duration.ZERO);
            Eventually.assertThat(() -> assertThat(mailsTo(s.address())).hasSize(1));
            Eventually.assertThat(() -> assertThat(incomplete("email", title)).isZero());
            assertThat(inApp(s, title)).as("the retry does not notify in-app again").isEqualTo(1);
            assertThat(webhook.stream().filter(b -> b.contains(title))).as("nor the robot").hasSize(1);
        } finally {
            if (smtp.get() == null) {
                smtp.set(startSmtp());
            }
        }
    }

    @Test
    void aRolledBackReturnNotifiesNobody() {
        Setup s = setup("回滚项目", "对照项目");
        CurrentUser office = new CurrentUser(0L, "system", "系统", Set.of(Role.DISPATCHER), null, null);
        String rolledBack = "【退回】" + project(s, 0);
        tx.executeWithoutResult(st -> {
            reports.returnReport(s.projects().get(0), "2024-07", "数据有误", office);
            st.setRollbackOnly();
        });
        assertThat(incomplete("", rolledBack)).as("no publication survives the rollback").isZero();
        String committed = returned(s, 1);
        Eventually.assertThat(() -> assertThat(mailsTo(s.address())).hasSize(1));
        Eventually.assertThat(() -> assertThat(inApp(s, committed)).isEqualTo(1));
        assertThat(inApp(s, rolledBack)).isZero();
        assertThat(mailsTo(s.address())).extracting(MimeMessage::getSubject).noneMatch(t -> t.startsWith(rolledBack));
        assertThat(webhook).noneMatch(b -> b.contains(rolledBack));
    }

    @Test
    void aHangingRobotDoesNotHoldUpTheReviewAndIsRetried() throws Exception {
        Setup s = setup("慢机器人项目", "照常审核项目");
        CountDownLatch latch = new CountDownLatch(1);
        hang.set(latch);
        try {
            String title = returned(s, 0);
            assertThat(hanging.await(20, TimeUnit.SECONDS)).as("the robot got the call and hangs").isTrue();
            ok(s.dispatcher().post("/api/projects/" + s.projects().get(1) + "/reports/2024-07/approve", null));
            assertThat(latch.getCount()).as("approved while the robot still hangs").isEqualTo(1);
            Eventually.assertThat(() -> assertThat(mailsTo(s.address())).hasSize(1));
            // the read timeout (1 s) fails the robot's listener; its publication stays incomplete
            Thread.sleep(1500);
            assertThat(incomplete("webhook", title)).isEqualTo(1);
            hang.set(new CountDownLatch(0));
            latch.countDown();
            retries.resubmit(Duration.ZERO);
            Eventually.assertThat(() -> assertThat(webhook).anyMatch(b -> b.contains(title)));
            Eventually.assertThat(() -> assertThat(incomplete("webhook", title)).isZero());
            assertThat(inApp(s, title)).isEqualTo(1);
        } finally {
            hang.set(new CountDownLatch(0));
            latch.countDown();
        }
    }

    @Test
    void theOverdueEscalationCommitsProblemByProblem() {
        Setup s = setup("问题作业项目");
        long good = problem(s, "好问题：管线迁改");
        long bad = problem(s, "坏问题：用地报批");
        doReturn(LocalDate.parse("2024-07-18")).when(clock).today();
        assertThat(problems.escalateOverdue(3)).as("the failing problem is not counted").isEqualTo(1);
        Api office = s.dispatcher();
        assertThat(ok(office.get("/api/problems/" + good)).get("level").asText()).isEqualTo("LEADER");
        assertThat(ok(office.get("/api/problems/" + bad)).get("level").asText()).as("rolled back alone")
                .isEqualTo("UNIT");
        Eventually.assertThat(() -> assertThat(inApp(s, "【逾期升级】")).isEqualTo(1));
        Eventually.assertThat(() -> assertThat(mailsTo(s.address())).extracting(MimeMessage::getSubject)
                .anyMatch(t -> t.contains("好问题")));
        assertThat(mailsTo(s.address())).extracting(MimeMessage::getSubject).noneMatch(t -> t.contains("坏问题")
                && t.contains("逾期升级"));
    }

    private long problem(Setup s, String title) {
        return created(s.dispatcher().post("/api/problems", Map.of("projectId", s.projects().get(0), "title", title,
                "category", "UTILITIES", "description", "影响施工", "assigneeUnitId", s.w().unitA,
                "dueWorkingDays", 1))).id();
    }

    private static long userId(Api admin, String username) {
        for (var u : ok(admin.get("/api/users")).body()) {
            if (u.get("username").asText().equals(username)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError(username);
    }
}
