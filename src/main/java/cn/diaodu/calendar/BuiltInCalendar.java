package cn.diaodu.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;

/**
 * The built-in data: {@code calendar/cn-official.csv}, {@code date,kind,name} rows after a header comment whose
 * {@code # years: 2020-2026} line names the covered years. Read once; a malformed file stops the start.
 */
final class BuiltInCalendar {
    static final String RESOURCE = "calendar/cn-official.csv";

    record Entry(DayKind kind, String name) {
    }

    private final Set<Integer> years;
    private final Map<LocalDate, Entry> days;

    private BuiltInCalendar(Set<Integer> years, Map<LocalDate, Entry> days) {
        this.years = Collections.unmodifiableSet(years);
        this.days = Collections.unmodifiableMap(days);
    }

    Set<Integer> years() {
        return years;
    }

    Map<LocalDate, Entry> days() {
        return days;
    }

    static BuiltInCalendar load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static BuiltInCalendar parse(InputStream in) throws IOException {
        Set<Integer> years = new TreeSet<>();
        Map<LocalDate, Entry> days = new LinkedHashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        boolean header = false;
        while ((line = r.readLine()) != null) {
            n++;
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                String c = line.substring(1).strip();
                if (c.startsWith("years:")) {
                    String[] range = c.substring(6).strip().split("-");
                    int first = Integer.parseInt(range[0].strip());
                    int last = Integer.parseInt(range[range.length - 1].strip());
                    for (int y = first; y <= last; y++) {
                        years.add(y);
                    }
                }
                continue;
            }
            if (!header) {
                if (!line.equals("date,kind,name")) {
                    throw new IllegalStateException(RESOURCE + " line " + n + ": expected the header date,kind,name");
                }
                header = true;
                continue;
            }
            String[] f = line.split(",", 3);
            if (f.length < 2) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": " + line);
            }
            LocalDate date = LocalDate.parse(f[0].strip());
            DayKind kind = DayKind.valueOf(f[1].strip());
            if (kind == DayKind.ORDINARY || (kind == DayKind.WORKDAY && !WorkingCalendar.weekend(date))) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": " + line);
            }
            if (days.put(date, new Entry(kind, f.length > 2 ? f[2].strip() : null)) != null) {
                throw new IllegalStateException(RESOURCE + " line " + n + ": " + date + " twice");
            }
        }
        if (years.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": no '# years:' line");
        }
        for (LocalDate d : days.keySet()) {
            if (!years.contains(d.getYear())) {
                throw new IllegalStateException(RESOURCE + ": " + d + " lies outside the declared years " + years);
            }
        }
        return new BuiltInCalendar(years, days);
    }
}
