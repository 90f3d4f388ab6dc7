package cn.diaodu.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What every text and date the application accepts must satisfy (docs/ARCHITECTURE.md, "Input"): no NUL character
 * (PostgreSQL cannot store it, H2 would), no bidirectional embedding, override or isolate controls (U+202A–U+202E,
 * U+2066–U+2069, which make a name read differently from what it is), and dates between 2000-01-01 and 2100-12-31.
 * Such input is refused (422 naming the field), never stripped silently.
 */
public final class InputText {
    public static final LocalDate MIN_DATE = LocalDate.of(2000, 1, 1);
    public static final LocalDate MAX_DATE = LocalDate.of(2100, 12, 31);
    public static final String CONTROL_MESSAGE =
            "common.error.must-not-contain-nul-bidirectional-control";
    public static final String DATE_MESSAGE =
            "common.error.date-between-2000-01-01-2100";

    private InputText() {
    }

    /** True when the text holds a NUL or a bidirectional control character. */
    public static boolean forbidden(CharSequence s) {
        if (s == null) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (forbidden(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean forbidden(char c) {
        return c == '\u0000' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** Adds the refusal of {@code field} when the text holds a forbidden character. */
    public static void check(String value, String field, java.util.List<FieldError> errors) {
        if (forbidden(value)) {
            errors.add(new FieldError(field, CONTROL_MESSAGE));
        }
    }

    public static boolean inRange(LocalDate d) {
        return d == null || (!d.isBefore(MIN_DATE) && !d.isAfter(MAX_DATE));
    }

    public static boolean inRange(OffsetDateTime t) {
        return t == null || inRange(t.toLocalDate());
    }

    public static boolean inRange(Instant t) {
        return t == null || inRange(t.atOffset(ZoneOffset.UTC));
    }

    /** Adds the refusal of {@code field} when the date lies outside 2000–2100. */
    public static void checkDate(LocalDate value, String field, java.util.List<FieldError> errors) {
        if (!inRange(value)) {
            errors.add(new FieldError(field, DATE_MESSAGE));
        }
    }
}
