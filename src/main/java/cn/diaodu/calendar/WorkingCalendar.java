package cn.diaodu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The working-day calendar at one moment: the covered years and the days that differ from the weekday rule. A day
 * is a working day ⇔ (Monday to Friday and not a holiday) or a declared 调休 working day.
 */
public final class WorkingCalendar {
    private final SortedSet<Integer> years;
    private final Map<LocalDate, DayKind> special;

    WorkingCalendar(Set<Integer> years, Map<LocalDate, DayKind> special) {
        this.years = new TreeSet<>(years);
        this.special = Map.copyOf(special);
    }

    public boolean covers(LocalDate date) {
        return years.contains(date.getYear());
    }

    public SortedSet<Integer> years() {
        return java.util.Collections.unmodifiableSortedSet(years);
    }

    /** True on a working day; throws {@link OutsideCalendarException} for a date the data does not cover. */
    public boolean isWorkingDay(LocalDate date) {
        if (!covers(date)) {
            throw new OutsideCalendarException(date, describe());
        }
        DayKind kind = special.get(date);
        if (kind == DayKind.HOLIDAY) {
            return false;
        }
        if (kind == DayKind.WORKDAY) {
            return true;
        }
        return !weekend(date);
    }

    /**
     * The {@code n}-th working day after {@code from} ({@code from} itself not counted), n ≥ 1. Throws
     * {@link OutsideCalendarException} when a day to be examined lies beyond the data.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1, was " + n);
        }
        LocalDate d = from;
        int counted = 0;
        while (counted < n) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }

    static boolean weekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** "2020—2026年" or "2020—2026、2030年". */
    String describe() {
        if (years.isEmpty()) {
            return "—";
        }
        StringBuilder out = new StringBuilder();
        Integer start = null;
        Integer prev = null;
        for (Integer y : years) {
            if (start == null) {
                start = y;
            } else if (y != prev + 1) {
                append(out, start, prev);
                start = y;
            }
            prev = y;
        }
        append(out, start, prev);
        return out + "年";
    }

    private static void append(StringBuilder out, int start, int end) {
        if (out.length() > 0) {
            out.append('、');
        }
        out.append(start == end ? String.valueOf(start) : start + "—" + end);
    }

    @Override
    public String toString() {
        return "WorkingCalendar " + describe() + ", " + special.size() + " special days";
    }
}
