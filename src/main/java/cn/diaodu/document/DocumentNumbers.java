package cn.diaodu.document;

import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;

/**
 * The document-number register (发文字号): a document — its kind and a key naming it, e.g. the bulletin of 2026-11
 * for region X — gets the next number of its kind in the year it is first issued and keeps it whenever it is written
 * again. Numbers are "prefix + infix + 〔year〕 + n + 号". Each new number is written in a transaction of its own
 * (so that a download, which reads, still records it) and audited; two concurrent first downloads meet the unique
 * keys and the loser reads the winner's number or takes the next one.
 */
@Service
public class DocumentNumbers {
    /** A number with the day it was first issued. */
    public record Issued(String number, LocalDate issuedOn) {
    }

    private final JdbcClient jdbc;
    private final DocumentSettingsService settings;
    private final ApplicationEventPublisher events;
    private final AppClock clock;
    private final TransactionTemplate tx;

    DocumentNumbers(JdbcClient jdbc, DocumentSettingsService settings, ApplicationEventPublisher events,
            AppClock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The number of the document {@code key} of {@code kind}: its own if it has one, else the next. */
    public Issued numberOf(DocumentKind kind, String key, String actor) {
        return numberOf(kind, key, actor, clock.today());
    }

    /** As {@link #numberOf(DocumentKind, String, String)}, issued on {@code today} when new. */
    Issued numberOf(DocumentKind kind, String key, String actor, LocalDate today) {
        for (int attempt = 0; ; attempt++) {
            try {
                return tx.execute(status -> existing(kind, key).orElseGet(() -> assign(kind, key, actor, today)));
            } catch (DuplicateKeyException e) {
                if (attempt >= 5) {
                    throw e;
                }
            }
        }
    }

    private java.util.Optional<Issued> existing(DocumentKind kind, String key) {
        return jdbc.sql("select number_text, issued_on from document_number where kind = ? and doc_key = ?")
                .params(kind.name(), key)
                .query((rs, i) -> new Issued(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
    }

    private Issued assign(DocumentKind kind, String key, String actor, LocalDate today) {
        int year = today.getYear();
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from document_number where kind = ? and issue_year = ?")
                .params(kind.name(), year).query(Integer.class).single();
        String number = format(settings.current().numberPrefix(), kind, year, seq);
        jdbc.sql("insert into document_number(kind, doc_key, issue_year, seq, number_text, issued_on, created_by, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(kind.name(), key, year, seq, number, today, actor == null ? "system" : actor, clock.now())
                .update();
        events.publishEvent(AuditRecord.of("DOCUMENT_NUMBER", "DOCUMENT", kind.name() + ":" + key, number)
                .by(actor));
        return new Issued(number, today);
    }

    /** "青重项办〔2026〕11号". */
    static String format(String prefix, DocumentKind kind, int year, int seq) {
        return (prefix == null ? "" : prefix) + kind.infix() + "〔" + year + "〕" + seq + "号";
    }
}
