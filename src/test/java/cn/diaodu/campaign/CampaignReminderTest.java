package cn.diaodu.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;

import cn.diaodu.common.AppClock;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;

/**
 * 催报 of a campaign's daily report, delivered to a real SMTP server (GreenMail): nothing long before the deadline;
 * within the hour before it, the unit that has not reported is reminded once (not the one that has); the day after,
 * the unit still missing is told it is overdue; the command office's 催报 reminds the missing units at once. Today is
 * 2024-07-15; the time of day is fixed by the test.
 */
class CampaignReminderTest extends ApiTest {
    private static final int SMTP_PORT = 4025 + (int) (ProcessHandle.current().pid() % 1000);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @DynamicPropertySource
    static void channels(DynamicPropertyRegistry r) {
        r.add("spring.mail.host", () -> "127.0.0.1");
        r.add("spring.mail.port", () -> SMTP_PORT);
    }

    @Autowired
    CampaignReminders reminders;
    @Autowired
    AppClock clock;

    @AfterEach
    void unfix() {
        clock.fixTime(null);
    }

    private static long userId(Api admin, String username) {
        for (var u : ok(admin.get("/api/users")).body()) {
            if (u.get("username").asText().equals(username)) {
                return u.get("id").asLong();
            }
        }
        throw new AssertionError(username);
    }

    @Test
    void theMissingUnitIsRemindedBeforeTheDeadlineAndNotTheOneThatReported() throws Exception {
        World w = world();
        Api admin = admin();
        for (var r : List.of(List.of(w.reporterA, w.unitA, "a@example.cn"), List.of(w.reporterB, w.unitB,
                "b@example.cn"))) {
            ok(admin.put("/api/users/" + userId(admin, (String) r.get(0)), Map.of("roles", List.of("REPORTER"),
                    "unitId", r.get(1), "email", r.get(2))));
        }
        Api disp = as(w.dispatcher);
        long id = created(disp.post("/api/campaigns", Map.of("name", "安全生产日报", "kind", "SAFETY",
                "from", "2024-07-14", "deadline", "17:00", "unitIds", List.of(w.unitA, w.unitB),
                "fields", List.of(Map.of("code", "checks", "name", "检查企业数", "type", "NUMBER"))))).id();
        ok(as(w.reporterA).put("/api/campaigns/" + id + "/reports/2024-07-15",
                Map.of("unitId", w.unitA, "values", Map.of("checks", 4))));

        clock.fixTime(LocalTime.of(10, 0));
        assertThat(reminders.run()).as("yesterday both were missing: both overdue").isEqualTo(2);
        Eventually.assertThat(() -> assertThat(smtp.getReceivedMessages()).hasSize(2));
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("【逾期未报】安全生产日报 2024-07-14");
        smtp.purgeEmailFromAllMailboxes();
        clock.fixTime(LocalTime.of(15, 30));
        assertThat(reminders.run()).as("too early").isZero();
        clock.fixTime(LocalTime.of(16, 10));
        assertThat(reminders.run()).as("unit B only").isEqualTo(1);
        assertThat(reminders.run()).as("once").isZero();
        Eventually.assertThat(() -> assertThat(smtp.getReceivedMessages()).hasSize(1));
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("b@example.cn");
        assertThat(mail.getSubject()).startsWith("【催报】安全生产日报 2024-07-15");
        Eventually.assertThat(() -> assertThat(ok(as(w.reporterB).get("/api/notifications")).text())
                .contains("【催报】安全生产日报 2024-07-15 日报将于17:00截止"));

        clock.fixTime(LocalTime.of(17, 30));
        assertThat(reminders.run()).as("after the deadline nothing more today").isZero();
        assertThat(as(w.reporterA).post("/api/campaigns/" + id + "/days/2024-07-15/remind", null).status())
                .isEqualTo(403);
        assertThat(ok(disp.post("/api/campaigns/" + id + "/days/2024-07-15/remind", null)).get("reminded").asInt())
                .isEqualTo(1);
        Eventually.assertThat(() -> assertThat(ok(as(w.reporterB).get("/api/notifications")).text())
                .contains("【逾期未报】安全生产日报 2024-07-15"));
        assertThat(ok(as(w.reporterA).get("/api/notifications")).text()).doesNotContain("2024-07-15 日报");
    }
}
