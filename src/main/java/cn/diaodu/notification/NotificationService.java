package cn.diaodu.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.RestClient;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.UserService;

/**
 * Sends a message to a unit through every configured channel. The in-app notification is written in the caller's
 * transaction; e-mail and webhook failures are logged and never undo the caller's work.
 */
@Service
public class NotificationService {
    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final JdbcClient jdbc;
    private final AppClock clock;
    private final UserService users;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailFrom;
    private final String webhookUrl;
    private final RestClient http;

    public NotificationService(JdbcClient jdbc, AppClock clock, UserService users, ObjectProvider<JavaMailSender> mail,
            @Value("${diaodu.notification.mail-from:diaodu@localhost}") String mailFrom,
            @Value("${diaodu.notification.webhook-url:}") String webhookUrl, RestClient.Builder http) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.users = users;
        this.mail = mail;
        this.mailFrom = mailFrom;
        this.webhookUrl = webhookUrl;
        this.http = http.build();
    }

    /** What to tell a unit. {@code kind} names the occasion (REMINDER, OVERDUE, ASSIGNED, RETURNED…). */
    public record Message(long unitId, String kind, String title, String body, String link) {
    }

    /** Delivers the message on every channel; returns the id of the in-app notification. */
    @Transactional
    public long send(Message m) {
        long id = Db.insert(jdbc.sql("insert into notification(unit_id, kind, title, body, link, created_at) "
                + "values (?,?,?,?,?,?)")
                .params(m.unitId(), m.kind(), m.title(), m.body(), m.link(), clock.now()));
        email(m);
        webhook(m);
        return id;
    }

    private void email(Message m) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<String> to = users.emailsOfUnit(m.unitId());
        if (to.isEmpty()) {
            return;
        }
        try {
            SimpleMailMessage msg = new SimpleMailMessage();
            msg.setFrom(mailFrom);
            msg.setTo(to.toArray(String[]::new));
            msg.setSubject(m.title());
            msg.setText(m.body() == null ? m.title() : m.body());
            sender.send(msg);
        } catch (RuntimeException e) {
            log.warn("E-mail to unit {} failed: {}", m.unitId(), e.getMessage());
        }
    }

    /** DingTalk and WeCom group robots both take {"msgtype":"text","text":{"content":"…"}}. */
    private void webhook(Message m) {
        if (webhookUrl == null || webhookUrl.isBlank()) {
            return;
        }
        String content = m.title() + (m.body() == null ? "" : "\n" + m.body());
        try {
            http.post().uri(webhookUrl).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("msgtype", "text", "text", Map.of("content", content)))
                    .retrieve().toBodilessEntity();
        } catch (RuntimeException e) {
            log.warn("Webhook for unit {} failed: {}", m.unitId(), e.getMessage());
        }
    }

    /** The notifications of the user's unit, newest first. */
    public List<Notification> forUser(CurrentUser user, int limit) {
        if (user.unitId() == null) {
            return List.of();
        }
        return jdbc.sql("select n.id, n.unit_id, n.kind, n.title, n.body, n.link, n.created_at, r.read_at "
                + "from notification n left join notification_read r on r.notification_id = n.id and r.username = ? "
                + "where n.unit_id = ? order by n.id desc")
                .params(user.username(), user.unitId())
                .query((rs, i) -> new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8) != null))
                .list().stream().limit(limit).toList();
    }

    public int unread(CurrentUser user) {
        if (user.unitId() == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification n where n.unit_id = ? and not exists (select 1 from "
                + "notification_read r where r.notification_id = n.id and r.username = ?)")
                .params(user.unitId(), user.username()).query(Integer.class).single();
    }

    @Transactional
    public void markAllRead(CurrentUser user) {
        if (user.unitId() == null) {
            return;
        }
        jdbc.sql("insert into notification_read(notification_id, username, read_at) select n.id, ?, ? "
                + "from notification n where n.unit_id = ? and not exists (select 1 from notification_read r "
                + "where r.notification_id = n.id and r.username = ?)")
                .params(user.username(), clock.now(), user.unitId(), user.username()).update();
    }
}
