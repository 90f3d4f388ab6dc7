package cn.diaodu.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain in id order and recomputes every hash: an entry changed in the database (any column, the changes
 * included) no longer matches its hash, an entry deleted in the middle breaks the next entry's link to its
 * predecessor, an entry deleted at the end no longer matches the chain's head.
 */
@Component
class AuditVerifier {
    private final JdbcClient jdbc;

    AuditVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }


    @Transactional(readOnly = true)
    AuditVerdict verify() {
        AuditWriter.Head head = jdbc.sql("select last_id, last_hash, legacy_until from audit_chain_head where id = 1")
                .query((rs, i) -> new AuditWriter.Head(rs.getLong(1), rs.getString(2), rs.getLong(3))).single();
        long[] count = {0};
        Long[] broken = {null};
        String[] prev = {AuditHash.GENESIS};
        long[] lastId = {0};
        AuditStore.each(jdbc, row -> {
            count[0]++;
            if (broken[0] == null) {
                boolean linked = prev[0].equals(row.prevHash());
                boolean intact = row.hash() != null && row.hash().equals(AuditHash.hash(row));
                if (!linked || !intact) {
                    broken[0] = row.id();
                }
            }
            prev[0] = row.hash() == null ? "" : row.hash();
            lastId[0] = row.id();
        });
        if (broken[0] == null && (lastId[0] != head.lastId() || !prev[0].equals(head.lastHash()))) {
            // the last entries are gone (or entries follow the head): broken just after the last that holds
            broken[0] = Math.min(lastId[0], head.lastId()) + 1;
        }
        return new AuditVerdict(count[0], broken[0] == null, broken[0]);
    }
}
