package cn.diaodu.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.Messages;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/**
 * 工作日历 for the administrator: the covered years, the days of one year that differ from the weekday rule, a
 * form to add a year's arrangement by pasting the State Council's dates, and single-date corrections.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CalendarPages {
    private final CalendarService calendar;
    private final AppClock clock;

    CalendarPages(CalendarService calendar, AppClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/admin/calendar")
    String page(@RequestParam(required = false) Integer year, Model model) {
        List<CalendarYear> years = calendar.years();
        int shown = year != null ? year : years.stream().mapToInt(CalendarYear::year)
                .filter(y -> y == clock.today().getYear()).findFirst()
                .orElse(years.isEmpty() ? clock.today().getYear() : years.get(years.size() - 1).year());
        model.addAttribute("years", years);
        model.addAttribute("year", shown);
        model.addAttribute("days", calendar.days(shown));
        model.addAttribute("nextYear", years.isEmpty() ? clock.today().getYear()
                : years.get(years.size() - 1).year() + 1);
        model.addAttribute("lastYear", years.isEmpty() ? null : years.get(years.size() - 1).year());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new YearForm(null, "", "", ""));
        }
        return "calendar/admin";
    }

    /** The pasted arrangement, kept to show again with the refusals. */
    public record YearForm(Integer year, String holidays, String workdays, String note) {
    }

    @PostMapping("/admin/calendar/years")
    String declare(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "") String holidays,
            @RequestParam(defaultValue = "") String workdays, @RequestParam(defaultValue = "") String note,
            RedirectAttributes flash) {
        try {
            CalendarYear y = calendar.declareYear(new CalendarService.YearInput(year, List.of(holidays),
                    List.of(workdays), note), CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("calendar.flash.yearSaved",
                    List.of(String.valueOf(y.year()), y.holidays(), y.workdays())));
            return "redirect:/admin/calendar?year=" + y.year();
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", messages(e));
            flash.addFlashAttribute("form", new YearForm(year, holidays, workdays, note));
            return "redirect:/admin/calendar" + (year == null ? "" : "?year=" + year);
        }
    }

    @PostMapping("/admin/calendar/years/delete")
    String deleteYear(@RequestParam int year, RedirectAttributes flash) {
        try {
            calendar.deleteYear(year, CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("calendar.flash.yearRemoved", List.of(String.valueOf(year))));
        } catch (NotFoundException e) {
            flash.addFlashAttribute("flashError", Messages.text("calendar.error.not-added-year", List.of(String.valueOf(year))));
        }
        return "redirect:/admin/calendar";
    }

    @PostMapping("/admin/calendar/days")
    String mark(@RequestParam(required = false) String date, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "") String name, RedirectAttributes flash) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = CalendarApi.parseDate(date, "date", errors);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            CalendarDay day = calendar.markDay(d, kind, name, CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("calendar.flash.dayMarked", List.of(day.date().toString())));
            return "redirect:/admin/calendar?year=" + d.getYear();
        } catch (ValidationException e) {
            flash.addFlashAttribute("flashError", messages(e));
            return "redirect:/admin/calendar" + (d == null ? "" : "?year=" + d.getYear());
        }
    }

    @PostMapping("/admin/calendar/days/delete")
    String unmark(@RequestParam String date, RedirectAttributes flash) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate d = CalendarApi.parseDate(date, "date", errors);
        if (d == null) {
            return "redirect:/admin/calendar";
        }
        try {
            calendar.unmarkDay(d, CurrentUsers.get());
            flash.addFlashAttribute("flash", Messages.text("calendar.flash.dayUnmarked", List.of(String.valueOf(d))));
        } catch (NotFoundException e) {
            flash.addFlashAttribute("flashError", Messages.text("calendar.error.no-mark", List.of(String.valueOf(d))));
        }
        return "redirect:/admin/calendar?year=" + d.getYear();
    }

    private static String messages(ValidationException e) {
        return e.errors().stream().map(FieldError::message).collect(Collectors.joining("；"));
    }
}
