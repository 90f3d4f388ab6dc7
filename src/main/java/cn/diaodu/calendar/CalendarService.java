package cn.diaodu.calendar;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/**
 * The official working-day calendar: the built-in data overlaid by what administrators declared (later years, and
 * corrections of single dates). Every question reads the current state, so that all nodes agree at once.
 */
@Service
public class CalendarService {
    public static final String BUILT_IN = "BUILT_IN";
    public static final String ADMIN = "ADMIN";

    private final JdbcClient jdbc;
    private final AppClock clock;
    private final BuiltInCalendar builtIn;
    private final ApplicationEventPublisher events;

    public CalendarService(JdbcClient jdbc, AppClock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.clock = clock;
        this.builtIn = BuiltInCalendar.load();
    }

    private record AdminDay(LocalDate date, DayKind kind, String name) {
    }

    private record AdminYear(int year, String note) {
    }

    private List<AdminDay> adminDays() {
        return jdbc.sql("select cal_date, cal_kind, name from calendar_day order by cal_date")
                .query((rs, i) -> new AdminDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    private List<AdminYear> adminYears() {
        return jdbc.sql("select cal_year, note from calendar_year order by cal_year")
                .query((ResultSet rs, int i) -> new AdminYear(rs.getInt(1), rs.getString(2))).list();
    }

    /** The calendar as it stands now: use one snapshot for many questions (a job, a list). */
    public WorkingCalendar snapshot() {
        Set<Integer> years = new HashSet<>(builtIn.years());
        adminYears().forEach(y -> years.add(y.year()));
        Map<LocalDate, DayKind> special = new HashMap<>();
        builtIn.days().forEach((d, e) -> special.put(d, e.kind()));
        for (AdminDay a : adminDays()) {
            if (a.kind() == DayKind.ORDINARY) {
                special.remove(a.date());
            } else {
                special.put(a.date(), a.kind());
            }
        }
        return new WorkingCalendar(years, special);
    }

    /** True on a working day; {@link OutsideCalendarException} for a date the data does not cover. */
    public boolean isWorkingDay(LocalDate date) {
        return snapshot().isWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code from} (from itself not counted), n ≥ 1 (else
     * {@link IllegalArgumentException}); {@link OutsideCalendarException} when the count runs beyond the data.
     */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        return snapshot().addWorkingDays(from, n);
    }

    /** The covered years, oldest first. */
    public List<CalendarYear> years() {
        Map<Integer, String> source = new TreeMap<>();
        Map<Integer, String> notes = new HashMap<>();
        builtIn.years().forEach(y -> source.put(y, BUILT_IN));
        for (AdminYear y : adminYears()) {
            source.put(y.year(), ADMIN);
            notes.put(y.year(), y.note());
        }
        List<AdminDay> admin = adminDays();
        Map<Integer, Integer> corrections = new HashMap<>();
        for (AdminDay a : admin) {
            if (BUILT_IN.equals(source.get(a.date().getYear()))) {
                corrections.merge(a.date().getYear(), 1, Integer::sum);
            }
        }
        List<CalendarYear> out = new ArrayList<>();
        for (var e : source.entrySet()) {
            int holidays = 0;
            int workdays = 0;
            for (CalendarDay d : days(e.getKey(), admin)) {
                if (d.kind() == DayKind.HOLIDAY) {
                    holidays++;
                } else if (d.kind() == DayKind.WORKDAY) {
                    workdays++;
                }
            }
            out.add(new CalendarYear(e.getKey(), e.getValue(), holidays, workdays,
                    corrections.getOrDefault(e.getKey(), 0), notes.get(e.getKey())));
        }
        return out;
    }

    /** The days of a year that differ from the weekday rule, with the administrator's corrections shown as such. */
    public List<CalendarDay> days(int year) {
        return days(year, adminDays());
    }

    private List<CalendarDay> days(int year, List<AdminDay> admin) {
        Map<LocalDate, CalendarDay> out = new TreeMap<>();
        builtIn.days().forEach((d, e) -> {
            if (d.getYear() == year) {
                out.put(d, new CalendarDay(d, e.kind(), e.name(), BUILT_IN));
            }
        });
        for (AdminDay a : admin) {
            if (a.date().getYear() == year) {
                out.put(a.date(), new CalendarDay(a.date(), a.kind(), a.name(), ADMIN));
            }
        }
        return List.copyOf(out.values());
    }

    /** A year's arrangement as an administrator pastes it from the State Council's notice. */
    public record YearInput(Integer year, List<String> holidays, List<String> workdays, String note) {
    }

    /**
     * Declares a year not covered by the built-in data (or replaces the arrangement an administrator declared
     * before): its holidays and its 调休 working weekend days. Only an ADMIN.
     */
    @Transactional
    public CalendarYear declareYear(YearInput in, CurrentUser user) {
        requireAdmin(user);
        List<FieldError> errors = new ArrayList<>();
        Integer year = in.year();
        if (year == null) {
            errors.add(new FieldError("year", "calendar.error.required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "calendar.error.year-must-2000-2100"));
        } else if (builtIn.years().contains(year)) {
            errors.add(FieldError.of("year", "calendar.error.year-built-in", String.valueOf(year)));
        }
        Map<LocalDate, String> holidays = DateLines.parse(in.holidays(), "holidays", errors);
        Map<LocalDate, String> workdays = DateLines.parse(in.workdays(), "workdays", errors);
        if (holidays.isEmpty() && errors.stream().noneMatch(e -> e.field().equals("holidays"))) {
            errors.add(new FieldError("holidays", "calendar.error.least-one-holiday-required"));
        }
        if (year != null) {
            for (LocalDate d : holidays.keySet()) {
                if (d.getYear() != year) {
                    errors.add(FieldError.of("holidays", "calendar.error.date-not-in-year", String.valueOf(d), String.valueOf(year)));
                }
            }
            for (LocalDate d : workdays.keySet()) {
                if (d.getYear() != year) {
                    errors.add(FieldError.of("workdays", "calendar.error.date-not-in-year", String.valueOf(d), String.valueOf(year)));
                } else if (!WorkingCalendar.weekend(d)) {
                    errors.add(FieldError.of("workdays", "calendar.error.not-weekend", String.valueOf(d)));
                } else if (holidays.containsKey(d)) {
                    errors.add(FieldError.of("workdays", "calendar.error.also-holiday", String.valueOf(d)));
                }
            }
        }
        Checks.maxLength(in.note(), "note", 200, errors);
        Checks.throwIfAny(errors);
        List<CalendarDay> before = days(year).stream().filter(d -> ADMIN.equals(d.source())).toList();
        events.publishEvent(AuditRecord.of("CALENDAR_YEAR", "CALENDAR_YEAR", year, String.valueOf(year))
                .withChanges(List.of(new AuditRecord.Change("days", daysText(before),
                        daysText(holidays, DayKind.HOLIDAY) + daysText(workdays, DayKind.WORKDAY))))
                .withNote(Checks.blankToNull(in.note())).by(user.username()));
        OffsetDateTime now = clock.now();
        jdbc.sql("delete from calendar_day where cal_date between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
        jdbc.sql("delete from calendar_year where cal_year = ?").param(year).update();
        jdbc.sql("insert into calendar_year(cal_year, note, created_by, created_at) values (?,?,?,?)")
                .params(year, Checks.blankToNull(in.note()), user.username(), now).update();
        holidays.forEach((d, name) -> insertDay(d, DayKind.HOLIDAY, name, user, now));
        workdays.forEach((d, name) -> insertDay(d, DayKind.WORKDAY, name, user, now));
        return years().stream().filter(y -> y.year() == year).findFirst().orElseThrow();
    }

    /** Withdraws a year an administrator declared (the built-in years stay). */
    @Transactional
    public void deleteYear(int year, CurrentUser user) {
        requireAdmin(user);
        List<CalendarDay> before = days(year).stream().filter(d -> ADMIN.equals(d.source())).toList();
        if (jdbc.sql("delete from calendar_year where cal_year = ?").param(year).update() == 0) {
            throw new NotFoundException("calendar year " + year);
        }
        events.publishEvent(AuditRecord.of("CALENDAR_YEAR_DELETE", "CALENDAR_YEAR", year, String.valueOf(year))
                .withChanges(List.of(new AuditRecord.Change("days", daysText(before), null))).by(user.username()));
        jdbc.sql("delete from calendar_day where cal_date between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).update();
    }

    /** Marks one date of a covered year: HOLIDAY, WORKDAY (a weekend day only) or ORDINARY (the weekday rule). */
    @Transactional
    public CalendarDay markDay(LocalDate date, String kindText, String name, CurrentUser user) {
        requireAdmin(user);
        List<FieldError> errors = new ArrayList<>();
        DayKind kind = Checks.parseEnum(DayKind.class, kindText, "kind", errors);
        if (date == null) {
            errors.add(new FieldError("date", "calendar.error.required"));
        } else {
            if (!snapshot().covers(date)) {
                errors.add(FieldError.of("date", "calendar.error.year-not-covered", String.valueOf(date.getYear())));
            }
            if (kind == DayKind.WORKDAY && !WorkingCalendar.weekend(date)) {
                errors.add(FieldError.of("kind", "calendar.error.not-weekend", String.valueOf(date)));
            }
        }
        Checks.maxLength(name, "name", 100, errors);
        Checks.throwIfAny(errors);
        CalendarDay before = day(date);
        jdbc.sql("delete from calendar_day where cal_date = ?").param(date).update();
        insertDay(date, kind, Checks.blankToNull(name), user, clock.now());
        CalendarDay after = new CalendarDay(date, kind, Checks.blankToNull(name), ADMIN);
        events.publishEvent(AuditRecord.of("CALENDAR_DAY", "CALENDAR_DAY", date, after.name())
                .withChanges(AuditRecord.changes(before, after, "date")).by(user.username()));
        return after;
    }

    /** Removes an administrator's mark of a date: it follows the built-in data (or the weekday rule) again. */
    @Transactional
    public void unmarkDay(LocalDate date, CurrentUser user) {
        requireAdmin(user);
        CalendarDay before = day(date);
        if (jdbc.sql("delete from calendar_day where cal_date = ?").param(date).update() == 0) {
            throw new NotFoundException("calendar day " + date);
        }
        events.publishEvent(AuditRecord.of("CALENDAR_DAY_UNMARK", "CALENDAR_DAY", date, null)
                .withChanges(AuditRecord.changes(before, day(date), "date")).by(user.username()));
    }

    /** The date as the calendar has it now; a plain weekday or weekend as ORDINARY. */
    private CalendarDay day(LocalDate date) {
        return days(date.getYear()).stream().filter(d -> d.date().equals(date)).findFirst()
                .orElse(new CalendarDay(date, DayKind.ORDINARY, null, null));
    }

    private static String daysText(List<CalendarDay> days) {
        StringBuilder b = new StringBuilder();
        days.forEach(d -> b.append(d.date()).append(' ').append(d.kind()).append(d.name() == null ? "" : " " + d.name())
                .append("; "));
        return b.length() == 0 ? null : b.toString().trim();
    }

    private static String daysText(Map<LocalDate, String> days, DayKind kind) {
        StringBuilder b = new StringBuilder();
        days.forEach((d, name) -> b.append(d).append(' ').append(kind).append(name == null ? "" : " " + name)
                .append("; "));
        return b.toString();
    }

    private void insertDay(LocalDate d, DayKind kind, String name, CurrentUser user, OffsetDateTime now) {
        jdbc.sql("insert into calendar_day(cal_date, cal_kind, name, created_by, created_at) values (?,?,?,?,?)")
                .params(d, kind.name(), name, user.username(), now).update();
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("only an administrator maintains the calendar");
        }
    }
}
