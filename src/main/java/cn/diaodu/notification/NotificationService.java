package cn.diaodu.notification;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;

/**
 * The in-app notifications: of a unit, read by its users, and of the offices (an audience: DISPATCHER 项目办 or
 * SUPERVISOR 督查室), read by the users holding the role whose region covers the region of what the notice is about
 * (a county-bounded dispatcher hears only of its county). {@link #send} writes one (in the transaction of the
 * listener that decided to notify) and publishes {@link NotificationCreated}, from which e-mail and the group robot
 * are delivered after commit ({@link ExternalDelivery}), each retried on its own until it succeeds, so that a retry
 * never writes the in-app notification twice.
 */
@Service
public class NotificationService {
    private final JdbcClient jdbc;
    private final AppClock clock;
    private final ApplicationEventPublisher events;
    private final DataScope scope;

    public NotificationService(JdbcClient jdbc, AppClock clock, ApplicationEventPublisher events, DataScope scope) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.scope = scope;
    }

    /**
     * What to tell a unit ({@code audience} null) or an office. {@code kind} names the occasion (REMINDER, OVERDUE,
     * ASSIGNED, RETURNED…); for an office, {@code regionCode} and {@code unitRegionCode} place the subject (a reader
     * sees the notice when its region covers either), and {@code dedupKey} (may be null) makes it once only.
     */
    record Message(long unitId, String kind, String title, String body, String link, Audience audience,
            String regionCode, String unitRegionCode, String dedupKey) {

        Message(long unitId, String kind, String title, String body, String link) {
            this(unitId, kind, title, body, link, null, null, null, null);
        }
    }

    /**
     * Writes the in-app notification and publishes it for the external channels; returns its id, or -1 when a
     * notice of the same {@code dedupKey} exists already (nothing written, nothing published).
     */
    @Transactional
    long send(Message m) {
        if (m.dedupKey() != null && sent(m.dedupKey())) {
            return -1;
        }
        String audience = m.audience() == null ? null : m.audience().name();
        Long id = insertedFirst(() -> Db.insert(jdbc.sql("insert into notification(unit_id, kind, title, body, link, "
                + "created_at, audience, region_code, unit_region_code, dedup_key) values (?,?,?,?,?,?,?,?,?,?)")
                .params(m.unitId(), m.kind(), m.title(), m.body(), m.link(), clock.now(), audience, m.regionCode(),
                        m.unitRegionCode(), m.dedupKey())));
        if (id == null) {
            return -1;
        }
        events.publishEvent(new NotificationCreated(id, m.unitId(), m.kind(), m.title(), m.body(), m.link(), audience,
                m.regionCode(), m.unitRegionCode()));
        return id;
    }

    /** Whether a notice of that dedup key was written (and committed, or written in this transaction). */
    boolean sent(String dedupKey) {
        return jdbc.sql("select count(*) from notification where dedup_key = ?").param(dedupKey).query(Integer.class)
                .single() > 0;
    }

    /** The insert behind a savepoint: null when a concurrent listener wrote the same dedup key first. */
    private static Long insertedFirst(java.util.function.LongSupplier insert) {
        TransactionStatus tx = TransactionAspectSupport.currentTransactionStatus();
        Object savepoint = tx.createSavepoint();
        try {
            long id = insert.getAsLong();
            tx.releaseSavepoint(savepoint);
            return id;
        } catch (DuplicateKeyException raced) {
            tx.rollbackToSavepoint(savepoint);
            return null;
        }
    }

    /** The notifications the user reads (its unit's, its offices' in its region), newest first. */
    public List<Notification> forUser(CurrentUser user, int limit) {
        Reader r = reader(user);
        if (r == null) {
            return List.of();
        }
        return jdbc.sql("select n.id, n.unit_id, n.kind, n.title, n.body, n.link, n.created_at, rd.read_at, n.audience "
                + "from notification n left join notification_read rd on rd.notification_id = n.id "
                + "and rd.username = :username where " + r.where() + " order by n.id desc fetch first "
                + Math.max(1, limit) + " rows only")
                .params(r.params())
                .query((rs, i) -> new Notification(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class),
                        rs.getObject(8) != null, rs.getString(9)))
                .list();
    }

    public int unread(CurrentUser user) {
        Reader r = reader(user);
        if (r == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from notification n where " + r.where() + " and not exists (select 1 from "
                + "notification_read rd where rd.notification_id = n.id and rd.username = :username)")
                .params(r.params()).query(Integer.class).single();
    }

    @Transactional
    public void markAllRead(CurrentUser user) {
        Reader r = reader(user);
        if (r == null) {
            return;
        }
        Map<String, Object> params = new HashMap<>(r.params());
        params.put("now", clock.now());
        jdbc.sql("insert into notification_read(notification_id, username, read_at) select n.id, :username, :now "
                + "from notification n where " + r.where() + " and not exists (select 1 from notification_read rd "
                + "where rd.notification_id = n.id and rd.username = :username)")
                .params(params).update();
    }

    /** Which notices a user reads: the condition on {@code notification n} and its parameters; null for none. */
    private record Reader(String where, Map<String, Object> params) {
    }

    private Reader reader(CurrentUser user) {
        List<String> any = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("username", user.username());
        if (user.unitId() != null) {
            any.add("(n.audience is null and n.unit_id = :unit)");
            params.put("unit", user.unitId());
        }
        List<String> offices = Audience.readBy(user.roles());
        if (!offices.isEmpty()) {
            params.put("audiences", offices);
            Set<String> regions = scope.visibleRegions(user);
            if (regions == null) {
                any.add("(n.audience in (:audiences))");
            } else {
                any.add("(n.audience in (:audiences) and (n.region_code in (:regions) "
                        + "or n.unit_region_code in (:regions)))");
                params.put("regions", regions.isEmpty() ? List.of("-") : List.copyOf(regions));
            }
        }
        return any.isEmpty() ? null : new Reader("(" + String.join(" or ", any) + ")", params);
    }
}
