package cn.diaodu.calendar;

import java.time.LocalDate;

/**
 * A day that differs from the weekday rule (or an administrator's correction of one). {@code source}: BUILT_IN (the
 * State Council data shipped with the application) or ADMIN.
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {
}
