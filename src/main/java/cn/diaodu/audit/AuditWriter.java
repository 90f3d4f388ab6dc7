package cn.diaodu.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;

/**
 * Appends entries to the chain. Within a transaction the entries are collected and written just before it commits,
 * under the row lock of {@code audit_chain_head} ({@code select … for update}), so that concurrent transactions are
 * chained one after the other and the lock is held only for that moment; a rolled-back transaction leaves no entry.
 * Without a transaction (a failed sign-in, a download), or in a read-only one, the entry is written at once in a
 * transaction of its own.
 */
@Component
class AuditWriter {
    private final JdbcClient jdbc;
    private final AppClock clock;
    private final TransactionTemplate own;

    AuditWriter(JdbcClient jdbc, AppClock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.own = new TransactionTemplate(tx);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** An entry before it is chained: what the record says, who and from where. */
    record Pending(AuditRecord record, String actor, String clientIp) {
    }

    void write(AuditRecord record, String actor, String clientIp) {
        Pending p = new Pending(record, actor, clientIp);
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            collector().pending.add(p);
        } else {
            own.executeWithoutResult(s -> append(List.of(p)));
        }
    }

    /** Chains the entries written before the chain existed, if that has not been done yet. */
    void chainLegacy() {
        own.executeWithoutResult(s -> append(List.of()));
    }

    private Collector collector() {
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Collector c && c.owner == this) {
                return c;
            }
        }
        Collector c = new Collector(this);
        TransactionSynchronizationManager.registerSynchronization(c);
        return c;
    }

    private static final class Collector implements TransactionSynchronization {
        final AuditWriter owner;
        final List<Pending> pending = new ArrayList<>();

        Collector(AuditWriter owner) {
            this.owner = owner;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            if (!pending.isEmpty()) {
                owner.append(List.copyOf(pending));
                pending.clear();
            }
        }

        @Override
        public int getOrder() {
            return LOWEST_PRECEDENCE;
        }
    }

    record Head(long lastId, String lastHash, long legacyUntil) {
    }

    /** Takes the chain's lock and appends; must run in a transaction. */
    private void append(List<Pending> entries) {
        Head head = jdbc.sql("select last_id, last_hash, legacy_until from audit_chain_head where id = 1 for update")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).single();
        long id = head.lastId();
        String hash = head.lastHash();
        if (id < head.legacyUntil()) {
            for (AuditHash.Row legacy : AuditStore.unchained(jdbc, id, head.legacyUntil())) {
                AuditHash.Row chained = withHash(legacy, hash);
                jdbc.sql("update audit_log set prev_hash = ?, entry_hash = ? where id = ?")
                        .params(chained.prevHash(), chained.hash(), chained.id()).update();
                id = chained.id();
                hash = chained.hash();
            }
            id = Math.max(id, head.legacyUntil());
        }
        for (Pending p : entries) {
            AuditRecord r = p.record();
            String target = cut(r.objectType() + (r.objectId() == null ? "" : " " + r.objectId()), 200);
            AuditHash.Row row = withHash(new AuditHash.Row(++id, clock.now(), cut(p.actor(), 64),
                    cut(r.action(), 64), target, cut(r.objectType(), 64), cut(r.objectId(), 200),
                    cut(r.objectName(), 400), cut(r.note(), 4000), cut(p.clientIp(), 64), null, null,
                    AuditHash.changesText(r.changes().stream().map(AuditWriter::cut).toList()), hash, null), hash);
            AuditStore.insert(jdbc, row);
            hash = row.hash();
        }
        jdbc.sql("update audit_chain_head set last_id = ?, last_hash = ? where id = 1").params(id, hash).update();
    }

    private static AuditHash.Row withHash(AuditHash.Row r, String prev) {
        AuditHash.Row linked = new AuditHash.Row(r.id(), r.at(), r.actor(), r.action(), r.target(), r.objectType(),
                r.objectId(), r.objectName(), r.note(), r.clientIp(), r.oldValue(), r.newValue(), r.changes(), prev,
                null);
        return new AuditHash.Row(r.id(), r.at(), r.actor(), r.action(), r.target(), r.objectType(), r.objectId(),
                r.objectName(), r.note(), r.clientIp(), r.oldValue(), r.newValue(), r.changes(), prev,
                AuditHash.hash(linked));
    }

    private static AuditRecord.Change cut(AuditRecord.Change c) {
        return new AuditRecord.Change(cut(c.field(), 100), cut(c.before(), 4000), cut(c.after(), 4000));
    }

    /** Text as stored: at most {@code max} characters, NUL characters replaced (PostgreSQL refuses them). */
    static String cut(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = s.replace('\u0000', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max - 3) + "...";
    }
}
