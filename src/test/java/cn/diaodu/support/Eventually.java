package cn.diaodu.support;

import java.time.Duration;

/**
 * Waits for what happens after commit (notifications are delivered asynchronously once the business transaction
 * committed): runs an assertion again and again until it passes, or fails with its last error after the timeout.
 */
public final class Eventually {
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Eventually() {
    }

    public static void assertThat(Runnable assertion) {
        within(TIMEOUT, assertion);
    }

    public static void within(Duration timeout, Runnable assertion) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | RuntimeException e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
