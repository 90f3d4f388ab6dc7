package cn.diaodu.notification;

import java.util.HashSet;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.diaodu.reporting.ReportSubmitted;

/**
 * Coalesces the {@link ReportSubmitted} of a transaction — one per report: a grid saves dozens, an import thousands —
 * into one {@link UnitReportsSubmitted} per unit and month, published at the first, in the same transaction, so
 * that the event publication registry keeps one entry per unit and month rather than one per report, and the office
 * listener, which runs after commit, reads the unit's month once.
 */
@Component
class SubmittedReports {
    private static final Object KEY = SubmittedReports.class.getName() + ".published";

    private final ApplicationEventPublisher events;

    SubmittedReports(ApplicationEventPublisher events) {
        this.events = events;
    }

    @EventListener
    public void on(ReportSubmitted e) {
        if (firstInTransaction(e.unitId() + "/" + e.period())) {
            events.publishEvent(new UnitReportsSubmitted(e.unitId(), e.period()));
        }
    }

    /** True for the first key of the running transaction (and always without one). */
    @SuppressWarnings("unchecked")
    private static boolean firstInTransaction(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        Set<String> seen = (Set<String>) TransactionSynchronizationManager.getResource(KEY);
        if (seen == null) {
            Set<String> fresh = new HashSet<>();
            TransactionSynchronizationManager.bindResource(KEY, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            seen = fresh;
        }
        return seen.add(key);
    }
}
