package cn.diaodu.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The State Council's holiday arrangements for 2024 (国办发明电〔2023〕7号) and 2025 (国办发明电〔2024〕12号), typed by
 * hand from the notices — independent of the application's data file — with the working-day rule applied to them.
 * Tests compare the application's calendar against this.
 */
public final class OfficialArrangements {
    private OfficialArrangements() {
    }

    /** Days off: each range as the notice states it (放假调休，共N天). */
    private static final String[][] HOLIDAYS = {
            // 2024
            {"2024-01-01", "2024-01-01"}, // 元旦
            {"2024-02-10", "2024-02-17"}, // 春节
            {"2024-04-04", "2024-04-06"}, // 清明节
            {"2024-05-01", "2024-05-05"}, // 劳动节
            {"2024-06-08", "2024-06-10"}, // 端午节（6月10日放假，与周末连休）
            {"2024-09-15", "2024-09-17"}, // 中秋节
            {"2024-10-01", "2024-10-07"}, // 国庆节
            // 2025
            {"2025-01-01", "2025-01-01"}, // 元旦
            {"2025-01-28", "2025-02-04"}, // 春节
            {"2025-04-04", "2025-04-06"}, // 清明节
            {"2025-05-01", "2025-05-05"}, // 劳动节
            {"2025-05-31", "2025-06-02"}, // 端午节
            {"2025-10-01", "2025-10-08"}, // 国庆节、中秋节
    };

    /** Weekend days declared working days (调休上班). */
    public static final Set<LocalDate> WORKDAYS = Set.of(
            LocalDate.parse("2024-02-04"), LocalDate.parse("2024-02-18"), LocalDate.parse("2024-04-07"),
            LocalDate.parse("2024-04-28"), LocalDate.parse("2024-05-11"), LocalDate.parse("2024-09-14"),
            LocalDate.parse("2024-09-29"), LocalDate.parse("2024-10-12"),
            LocalDate.parse("2025-01-26"), LocalDate.parse("2025-02-08"), LocalDate.parse("2025-04-27"),
            LocalDate.parse("2025-09-28"), LocalDate.parse("2025-10-11"));

    public static final Set<LocalDate> HOLIDAY_DAYS;

    static {
        Set<LocalDate> days = new HashSet<>();
        for (String[] r : HOLIDAYS) {
            for (LocalDate d = LocalDate.parse(r[0]); !d.isAfter(LocalDate.parse(r[1])); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        HOLIDAY_DAYS = Set.copyOf(days);
    }

    public static boolean covers(LocalDate d) {
        return d.getYear() == 2024 || d.getYear() == 2025;
    }

    /** The rule: (Monday to Friday and not a holiday) or a declared working day. */
    public static boolean isWorkingDay(LocalDate d) {
        if (!covers(d)) {
            throw new IllegalArgumentException("only 2024 and 2025 are typed in: " + d);
        }
        boolean weekday = d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
        return (weekday && !HOLIDAY_DAYS.contains(d)) || WORKDAYS.contains(d);
    }

    /** The n-th working day after {@code from}, from not counted. */
    public static LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int counted = 0; counted < n;) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
