package cn.diaodu.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.InputText;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/**
 * CONTRACT §9: {@code GET /api/calendar/working-days?from=YYYY-MM-DD&days=N} for any signed-in user but an auditor
 * (CONTRACT §3: the audit log, nothing else); the covered years; the administrator's declarations of later years and
 * corrections of single dates.
 */
@RestController
class CalendarApi {
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private final CalendarService calendar;

    CalendarApi(CalendarService calendar) {
        this.calendar = calendar;
    }

    /** The {@code days}-th working day after {@code from}; 422 naming the field for bad input or missing data. */
    @GetMapping("/api/calendar/working-days")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER','REPORTER','SUPERVISOR')")
    Map<String, String> workingDays(@RequestParam(required = false) String from,
            @RequestParam(required = false) String days) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = parseDate(from, "from", errors);
        Integer n = null;
        if (days == null || days.isBlank()) {
            errors.add(new FieldError("days", "calendar.error.required"));
        } else if (!INTEGER.matcher(days.strip()).matches()) {
            errors.add(new FieldError("days", "calendar.error.must-whole-number"));
        } else {
            n = Integer.parseInt(days.strip());
            if (n < 1) {
                errors.add(new FieldError("days", "calendar.error.must-least-1"));
            }
        }
        Checks.throwIfAny(errors);
        WorkingCalendar cal = calendar.snapshot();
        try {
            return Map.of("date", cal.addWorkingDays(start, n).toString());
        } catch (OutsideCalendarException e) {
            // from outside the data: the start is at fault; from inside: the count runs beyond the data
            throw ValidationException.of(cal.covers(start) ? "days" : "from", e.key(), e.args().toArray());
        }
    }

    static LocalDate parseDate(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "calendar.error.required"));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (!InputText.inRange(d)) {
                errors.add(new FieldError(field, InputText.DATE_MESSAGE));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "calendar.error.date-must-yyyy-mm-dd"));
            return null;
        }
    }

    @GetMapping("/api/calendar/years")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER','REPORTER','SUPERVISOR')")
    List<CalendarYear> years() {
        CurrentUsers.get();
        return calendar.years();
    }

    @GetMapping("/api/calendar/years/{year}")
    @PreAuthorize("hasAnyRole('ADMIN','DISPATCHER','LEADER','REPORTER','SUPERVISOR')")
    List<CalendarDay> days(@PathVariable int year) {
        return calendar.days(year);
    }

    @PostMapping("/api/calendar/years")
    @ResponseStatus(HttpStatus.CREATED)
    CalendarYear declare(@RequestBody CalendarService.YearInput in) {
        return calendar.declareYear(in, CurrentUsers.get());
    }

    @DeleteMapping("/api/calendar/years/{year}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteYear(@PathVariable int year) {
        calendar.deleteYear(year, CurrentUsers.get());
    }

    /** The body of a date's mark. */
    record DayInput(String kind, String name) {
    }

    @PutMapping("/api/calendar/days/{date}")
    CalendarDay mark(@PathVariable String date, @RequestBody DayInput in) {
        CalendarService.requireAdmin(CurrentUsers.get());
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = parseDate(date, "date", errors);
        Checks.throwIfAny(errors);
        return calendar.markDay(d, in.kind(), in.name(), CurrentUsers.get());
    }

    @DeleteMapping("/api/calendar/days/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unmark(@PathVariable String date) {
        CalendarService.requireAdmin(CurrentUsers.get());
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = parseDate(date, "date", errors);
        Checks.throwIfAny(errors);
        calendar.unmarkDay(d, CurrentUsers.get());
    }
}
