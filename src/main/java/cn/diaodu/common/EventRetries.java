package cn.diaodu.common;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retries the deliveries that failed: every {@code diaodu.events.retry-every} (default one minute), on one node
 * (ShedLock), the event publications still incomplete after {@code diaodu.events.retry-after} (default one minute)
 * are handed to their listeners again. Those left over by a crash are also resubmitted on start
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
public class EventRetries {
    private static final Logger log = LoggerFactory.getLogger(EventRetries.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    EventRetries(IncompleteEventPublications incomplete,
            @Value("${diaodu.events.retry-after:PT1M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${diaodu.events.retry-every:PT1M}",
            initialDelayString = "${diaodu.events.retry-every:PT1M}")
    @SchedulerLock(name = "event-retries", lockAtMostFor = "PT10M")
    public void scheduled() {
        resubmit(retryAfter);
    }

    /** Hands the publications incomplete for longer than {@code olderThan} to their listeners again. */
    public void resubmit(Duration olderThan) {
        log.debug("Resubmitting event publications incomplete for more than {}", olderThan);
        incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
    }
}
