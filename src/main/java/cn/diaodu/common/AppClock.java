package cn.diaodu.common;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's idea of today. {@code DIAODU_TODAY=YYYY-MM-DD} fixes the date (deadlines, "not after
 * the current month", overdue); otherwise the system clock in China Standard Time.
 */
@Component
public class AppClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final LocalDate fixedToday;
    private volatile java.time.LocalTime fixedTime;
    private final Clock clock = Clock.system(ZONE);

    public AppClock(@Value("${diaodu.today:}") String today) {
        LocalDate parsed = null;
        if (today != null && !today.isBlank()) {
            try {
                parsed = LocalDate.parse(today.trim());
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("DIAODU_TODAY must be YYYY-MM-DD, was: " + today, e);
            }
        }
        this.fixedToday = parsed;
    }

    public LocalDate today() {
        return fixedToday != null ? fixedToday : LocalDate.now(clock);
    }

    public YearMonth currentMonth() {
        return YearMonth.from(today());
    }

    /**
     * The current instant in China Standard Time, to the microsecond (as both databases keep it); with a fixed today,
     * that day at the current wall-clock time.
     */
    public OffsetDateTime now() {
        OffsetDateTime real = OffsetDateTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        java.time.LocalTime time = fixedTime;
        if (time != null) {
            real = real.with(time);
        }
        return fixedToday == null ? real : real.with(fixedToday);
    }

    /**
     * Fixes the time of day that {@link #now()} answers (Beijing time), or lets it run again with null: for tests of
     * what depends on the hour, such as a campaign's daily deadline.
     */
    public void fixTime(java.time.LocalTime time) {
        this.fixedTime = time;
    }

    public Instant instant() {
        return now().toInstant();
    }
}
