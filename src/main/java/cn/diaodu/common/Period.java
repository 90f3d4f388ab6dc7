package cn.diaodu.common;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A reporting month, written "YYYY-MM". */
public record Period(int year, int month) implements Comparable<Period> {
    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    public Period {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    /** Parses "YYYY-MM", or throws a 422 naming {@code field}. */
    public static Period parse(String text, String field) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            throw ValidationException.of(field, "common.error.period-must-yyyy-mm");
        }
        int y = Integer.parseInt(text.substring(0, 4));
        int m = Integer.parseInt(text.substring(5, 7));
        if (m < 1 || m > 12) {
            throw ValidationException.of(field, "common.error.month-must-01-12");
        }
        return new Period(y, m);
    }

    public static Period of(YearMonth ym) {
        return new Period(ym.getYear(), ym.getMonthValue());
    }

    public YearMonth toYearMonth() {
        return YearMonth.of(year, month);
    }

    public LocalDate lastDay() {
        return toYearMonth().atEndOfMonth();
    }

    public Period previous() {
        return of(toYearMonth().minusMonths(1));
    }

    @Override
    public int compareTo(Period o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(month, o.month);
    }

    @Override
    public String toString() {
        return String.format("%04d-%02d", year, month);
    }
}
