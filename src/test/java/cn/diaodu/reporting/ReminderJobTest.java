package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;

/**
 * Reminders go out on the right days to the units with missing reports only, once each, in-app, by e-mail to a real
 * SMTP server (GreenMail) and to a robot webhook (a local HTTP endpoint). Today is 2024-07-15.
 */
class ReminderJobTest extends ApiTest {
    private static final int SMTP_PORT = 3025 + (int) (ProcessHandle.current().pid() % 1000);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    private static final List<String> webhook = new CopyOnWriteArrayList<>();
    private static final HttpServer robot = startRobot();

    private static HttpServer startRobot() {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            s.createContext("/robot", ex -> {
                webhook.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
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
    static void stopRobot() {
        robot.stop(0);
    }

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
        r.add("diaodu.notification.webhook-url", () -> "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot");
    }

    @Autowired
    ReminderJob job;

    @Test
    void remindsUnitsWithMissingReportsBeforeTheDeadlineAndTheDayAfterOnce() throws Exception {
        World w = world();
        Api admin = admin();
        Api dispatcher = as(w.dispatcher);
        ok(admin.put("/api/users/" + userId(admin, w.reporterA), Map.of("roles", List.of("REPORTER"), "unitId",
                w.unitA, "email", "reporter-a@example.cn")));
        long a1 = created(dispatcher.post("/api/projects", project("甲项目一", w.countyA, w.unitA, null, "100"))).id();
        created(dispatcher.post("/api/projects", project("甲项目二", w.countyA, w.unitA, null, "100")));
        long b1 = created(dispatcher.post("/api/projects", project("乙项目", w.countyB, w.unitB, null, "100"))).id();
        ok(dispatcher.put("/api/projects/" + a1 + "/reports/2024-07", report("10")));
        ok(dispatcher.put("/api/projects/" + b1 + "/reports/2024-07", report("10")));
        // July's deadline is two days ahead: a reminder; June's was yesterday: an overdue notice.
        created(dispatcher.post("/api/periods", Map.of("period", "2024-07", "opensAt", "2024-07-01T00:00:00+08:00",
                "deadline", "2024-07-17T18:00:00+08:00")));
        created(dispatcher.post("/api/periods", Map.of("period", "2024-06", "opensAt", "2024-06-01T00:00:00+08:00",
                "deadline", "2024-07-14T18:00:00+08:00")));
        // A period whose deadline is far away sends nothing today.
        created(dispatcher.post("/api/periods", Map.of("period", "2024-05", "opensAt", "2024-05-01T00:00:00+08:00",
                "deadline", "2024-07-30T18:00:00+08:00")));

        int first = job.run();
        assertThat(first).isGreaterThanOrEqualTo(3);
        assertThat(job.run()).as("each reminder is sent once").isZero();

        Api reporterA = as(w.reporterA);
        Eventually.assertThat(() -> assertThat(ok(reporterA.get("/api/notifications")).body()).hasSize(2));
        var mine = ok(reporterA.get("/api/notifications"));
        assertThat(mine.body()).hasSize(2);
        assertThat(mine.text()).contains("【催报】2024年7月", "【逾期未报】2024年6月", "尚有1个未报送", "尚有2个未报送");
        assertThat(ok(reporterA.get("/api/notifications/unread")).get("unread").asInt()).isEqualTo(2);
        ok(reporterA.post("/api/notifications/read", null));
        assertThat(ok(reporterA.get("/api/notifications/unread")).get("unread").asInt()).isZero();

        Api reporterB = as(w.reporterB);
        Eventually.assertThat(() -> assertThat(ok(reporterB.get("/api/notifications")).text()).contains("2024年6月"));
        var unitB = ok(reporterB.get("/api/notifications"));
        assertThat(unitB.text()).as("unit B has reported July").doesNotContain("2024年7月").contains("2024年6月");

        Eventually.assertThat(() -> assertThat(smtp.getReceivedMessages()).hasSizeGreaterThanOrEqualTo(2));
        Eventually.assertThat(() -> assertThat(webhook).anyMatch(body -> body.contains("甲县发改局")));
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString()).containsOnly("reporter-a@example.cn");
        assertThat(mails).hasSize(2);
        assertThat(mails).extracting(MimeMessage::getSubject).anyMatch(s -> s.startsWith("【催报】"));

        assertThat(webhook).anyMatch(body -> body.contains("\"msgtype\":\"text\"") && body.contains("甲县发改局"));
        assertThat(webhook).noneMatch(body -> body.contains("2024年5月"));
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
