package cn.diaodu.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.diaodu.common.FieldError;

/**
 * Dates pasted by an administrator, as the State Council's notice gives them: one or more per line, single dates or
 * ranges ({@code 2027-10-01~2027-10-07}, also with 至 or 到), separated by commas, 、 or spaces, and optionally a name
 * ({@code 2027-02-05~2027-02-11 春节}).
 */
final class DateLines {
    private static final String DATE = "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})";
    private static final Pattern ITEM = Pattern.compile(DATE + "(?:\\s*(?:~|～|至|到|—|\\.\\.)\\s*" + DATE + ")?");
    private static final int MAX_RANGE = 31;

    private DateLines() {
    }

    /** The dates of the lines with their names (null when none); refusals go to {@code errors} under {@code field}. */
    static Map<LocalDate, String> parse(List<String> lines, String field, List<FieldError> errors) {
        Map<LocalDate, String> out = new LinkedHashMap<>();
        if (lines == null) {
            return out;
        }
        for (String raw : lines) {
            for (String line : raw == null ? new String[0] : raw.split("[\\r\\n;；]+")) {
                if (line.isBlank()) {
                    continue;
                }
                Matcher m = ITEM.matcher(line);
                StringBuilder rest = new StringBuilder();
                int last = 0;
                Map<LocalDate, Boolean> found = new LinkedHashMap<>();
                boolean matched = false;
                while (m.find()) {
                    matched = true;
                    rest.append(line, last, m.start());
                    last = m.end();
                    LocalDate a = date(m.group(1), m.group(2), m.group(3));
                    LocalDate b = m.group(4) == null ? a : date(m.group(4), m.group(5), m.group(6));
                    if (a == null || b == null) {
                        errors.add(FieldError.of(field, "calendar.error.not-date", m.group()));
                    } else if (b.isBefore(a) || b.toEpochDay() - a.toEpochDay() >= MAX_RANGE) {
                        errors.add(FieldError.of(field, "calendar.error.bad-range", String.valueOf(MAX_RANGE), m.group()));
                    } else {
                        for (LocalDate d = a; !d.isAfter(b); d = d.plusDays(1)) {
                            found.put(d, true);
                        }
                    }
                }
                rest.append(line.substring(last));
                String name = rest.toString().replaceAll("[,，、\\s:：]+", " ").strip();
                if (!matched) {
                    errors.add(FieldError.of(field, "calendar.error.no-date-in", line.strip()));
                    continue;
                }
                if (found.isEmpty()) {
                    continue;
                }
                String n = name.isEmpty() ? null : name.length() > 100 ? name.substring(0, 100) : name;
                found.keySet().forEach(d -> out.put(d, n));
            }
        }
        return out;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
