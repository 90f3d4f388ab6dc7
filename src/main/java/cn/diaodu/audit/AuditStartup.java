package cn.diaodu.audit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start: refuses a retention below the 180 days of GB/T 22239 level 3, and chains the entries written before the
 * chain existed (once; before any other start-up work writes an entry).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditStartup implements ApplicationRunner {
    static final int MINIMUM_RETENTION_DAYS = 180;
    private final AuditWriter writer;

    AuditStartup(AuditWriter writer, @Value("${diaodu.audit.retention-days:180}") int retentionDays) {
        if (retentionDays < MINIMUM_RETENTION_DAYS) {
            throw new IllegalStateException("diaodu.audit.retention-days must be at least " + MINIMUM_RETENTION_DAYS
                    + " (GB/T 22239 level 3), was " + retentionDays);
        }
        this.writer = writer;
    }

    @Override
    public void run(ApplicationArguments args) {
        writer.chainLegacy();
    }
}
