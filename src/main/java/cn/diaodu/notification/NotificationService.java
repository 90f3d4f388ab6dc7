package cn.diaodu.notification;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;
import cn.diaodu.identity.CurrentUser;

/**
 * The in-app notifications of a unit. {@link #send} writes one (in the transaction of the listener that decided to
 * notify) and publishes {@link NotificationCreated}, from which e-mail and the group robot are delivered after commit
 * ({@link ExternalDelivery}), each retried on its own until it succeeds, so that a retry never writes the in-app
 * notification twice.
 */
@Service
public class NotificationService {
    private final JdbcClient jdbc;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    public NotificationService(JdbcClient jdbc, AppClock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** What to tell a unit. {@code kind} names the occasion (REMINDER, OVERDUE, ASSIGNED, RETURNED…). */
    record Message(long unitId, String kind, String title, String body, String link) {
    }

    /** Writes the in-app notification and publishes it for the external channels; returns its id. */
    @Transactional
    long send(Message m) {
        long id = Db.insert(jdbc.sql("insert into notification(unit_id, kind, title, body, link, created_at) "
                + "values (?,?,?,?,?,?)")
                .params(m.unitId(), m.kind(), m.title(), m.body(), m.link(), clock.now()));
        events.publishEvent(new NotificationCreated(id, m.unitId(), m.kind(), m.title(), m.body(), m.link()));
        return id;
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
