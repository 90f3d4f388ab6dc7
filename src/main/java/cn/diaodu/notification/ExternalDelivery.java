package cn.diaodu.notification;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.client.RestClient;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.identity.UserService;

/**
 * Delivers a written notification outside the process, after its transaction committed: by e-mail (SMTP when
 * {@code spring.mail.host} is set, with the timeouts of {@code spring.mail.properties.mail.smtp.*}) to the unit's
 * users with an address (for an office's notice, to the office's users in whose region its subject lies), and to
 * the group robot ({@code diaodu.notification.webhook-url}, DingTalk / WeCom text format, connect and read
 * timeouts {@code diaodu.notification.webhook-connect-timeout} / {@code -read-timeout}).
 *
 * <p>Two listeners, so that each channel is retried on its own: a failure throws, the event publication registry
 * keeps the publication incomplete and {@code cn.diaodu.common.EventRetries} resubmits it. They run asynchronously
 * and outside a transaction, so that no database connection waits on a slow server.
 */
@Component
class ExternalDelivery {
    private final UserService users;
    private final DataScope scope;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailFrom;
    private final String webhookUrl;
    private final RestClient http;

    ExternalDelivery(UserService users, DataScope scope, ObjectProvider<JavaMailSender> mail,
            @Value("${diaodu.notification.mail-from:diaodu@localhost}") String mailFrom,
            @Value("${diaodu.notification.webhook-url:}") String webhookUrl,
            @Value("${diaodu.notification.webhook-connect-timeout:3s}") Duration connectTimeout,
            @Value("${diaodu.notification.webhook-read-timeout:5s}") Duration readTimeout, RestClient.Builder http) {
        this.users = users;
        this.scope = scope;
        this.mail = mail;
        this.mailFrom = mailFrom;
        this.webhookUrl = webhookUrl;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(connectTimeout);
        factory.setReadTimeout(readTimeout);
        this.http = http.requestFactory(factory).build();
    }

    @Async
    @TransactionalEventListener
    public void email(NotificationCreated n) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        List<String> to = n.audience() == null ? users.emailsOfUnit(n.unitId()) : officeEmails(n);
        if (to.isEmpty()) {
            return;
        }
        SimpleMailMessage msg = new SimpleMailMessage();
        msg.setFrom(mailFrom);
        msg.setTo(to.toArray(String[]::new));
        msg.setSubject(n.title());
        msg.setText(n.body() == null ? n.title() : n.body());
        sender.send(msg);
    }

    /**
     * The addresses of the enabled users of the notice's offices whose region covers the region of its subject (the
     * project's or the unit's), as {@link NotificationService} shows it in-app.
     */
    private List<String> officeEmails(NotificationCreated n) {
        Set<Role> roles = Audience.valueOf(n.audience()).roles();
        return users.list().stream()
                .filter(u -> u.enabled() && u.email() != null && !u.email().isBlank()
                        && u.roles().stream().anyMatch(roles::contains))
                .filter(u -> {
                    CurrentUser reader = new CurrentUser(u.id(), u.username(), u.displayName(), u.roles(), u.unitId(),
                            u.regionCode());
                    return covers(reader, n.regionCode()) || covers(reader, n.unitRegionCode());
                })
                .map(UserService.UserView::email).toList();
    }

    private boolean covers(CurrentUser reader, String regionCode) {
        return reader.regionCode() == null || regionCode != null && scope.covers(reader, regionCode);
    }

    /** DingTalk and WeCom group robots both take {"msgtype":"text","text":{"content":"…"}}. */
    @Async
    @TransactionalEventListener
    public void webhook(NotificationCreated n) {
        if (webhookUrl == null || webhookUrl.isBlank()) {
            return;
        }
        String content = n.title() + (n.body() == null ? "" : "\n" + n.body());
        http.post().uri(webhookUrl).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("msgtype", "text", "text", Map.of("content", content)))
                .retrieve().toBodilessEntity();
    }
}
