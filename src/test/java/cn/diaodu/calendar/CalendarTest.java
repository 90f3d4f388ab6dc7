package cn.diaodu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import cn.diaodu.common.FieldError;
import cn.diaodu.support.OfficialArrangements;

/**
 * The working-day calendar (CONTRACT §9) on the built-in data, against the State Council's arrangements for 2024 and
 * 2025 typed by hand, and the rule's edges.
 */
class CalendarTest {
    private static final WorkingCalendar CAL = builtIn();

    private static WorkingCalendar builtIn() {
        BuiltInCalendar b = BuiltInCalendar.load();
        Map<LocalDate, DayKind> special = new java.util.HashMap<>();
        b.days().forEach((d, e) -> special.put(d, e.kind()));
        return new WorkingCalendar(b.years(), special);
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void theDataCovers2020ToTheLatestYear() {
        assertThat(CAL.years()).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
    }

    @Test
    void everyDayOf2024And2025FollowsTheStateCouncilsArrangement() {
        int checked = 0;
        for (LocalDate day = d("2024-01-01"); day.isBefore(d("2026-01-01")); day = day.plusDays(1)) {
            assertThat(CAL.isWorkingDay(day)).as("%s (%s)", day, day.getDayOfWeek())
                    .isEqualTo(OfficialArrangements.isWorkingDay(day));
            checked++;
        }
        assertThat(checked).isEqualTo(366 + 365);
    }

    @Test
    void workingDaysPerYearAreTheOfficialCounts() {
        // 2024: 366 − 104 weekend days − 19 weekday holidays + 8 working weekend days = 251; 2025: 365 − 104 − 18 + 5
        assertThat(workingDays(2024)).isEqualTo(251);
        assertThat(workingDays(2025)).isEqualTo(248);
    }

    private static int workingDays(int year) {
        int n = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            n += CAL.isWorkingDay(day) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theDataFilesWorkingWeekendsAndHolidaysOf2024And2025AreTheNoticesOnes() {
        BuiltInCalendar b = BuiltInCalendar.load();
        Set<LocalDate> workdays = new TreeSet<>();
        b.days().forEach((day, e) -> {
            if (covered(day)) {
                if (e.kind() == DayKind.WORKDAY) {
                    workdays.add(day);
                } else {
                    assertThat(OfficialArrangements.HOLIDAY_DAYS).as("holiday %s", day).contains(day);
                }
            }
        });
        assertThat(workdays).containsExactlyInAnyOrderElementsOf(OfficialArrangements.WORKDAYS);
        assertThat(workdays).filteredOn(day -> day.getYear() == 2024).containsExactly(d("2024-02-04"),
                d("2024-02-18"), d("2024-04-07"), d("2024-04-28"), d("2024-05-11"), d("2024-09-14"),
                d("2024-09-29"), d("2024-10-12"));
        // every weekday holiday of the notices is in the file
        for (LocalDate h : OfficialArrangements.HOLIDAY_DAYS) {
            if (h.getDayOfWeek() != DayOfWeek.SATURDAY && h.getDayOfWeek() != DayOfWeek.SUNDAY) {
                assertThat(b.days()).as("weekday holiday %s", h).containsKey(h);
                assertThat(b.days().get(h).kind()).isEqualTo(DayKind.HOLIDAY);
            }
        }
    }

    private static boolean covered(LocalDate day) {
        return OfficialArrangements.covers(day);
    }

    @Test
    void handPickedDays() {
        assertThat(d("2024-02-04").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CAL.isWorkingDay(d("2024-02-04"))).as("Sunday 调休上班").isTrue();
        assertThat(CAL.isWorkingDay(d("2024-02-12"))).as("Monday of the Spring Festival").isFalse();
        assertThat(CAL.isWorkingDay(d("2024-02-09"))).as("除夕 2024 was not a public holiday").isTrue();
        assertThat(d("2025-01-26").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        assertThat(CAL.isWorkingDay(d("2025-01-26"))).isTrue();
        assertThat(CAL.isWorkingDay(d("2025-10-08"))).as("Wednesday of National Day 2025").isFalse();
        assertThat(d("2025-10-11").getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(CAL.isWorkingDay(d("2025-10-11"))).isTrue();
        assertThat(CAL.isWorkingDay(d("2024-07-13"))).as("an ordinary Saturday").isFalse();
        assertThat(CAL.isWorkingDay(d("2024-07-15"))).as("an ordinary Monday").isTrue();
    }

    @Test
    void nOneIsTheNextWorkingDayAndTheStartIsNotCounted() {
        assertThat(CAL.addWorkingDays(d("2024-07-15"), 1)).isEqualTo(d("2024-07-16"));
        assertThat(CAL.addWorkingDays(d("2024-07-19"), 1)).as("Friday → Monday").isEqualTo(d("2024-07-22"));
        assertThat(CAL.addWorkingDays(d("2024-07-13"), 1)).as("from a Saturday").isEqualTo(d("2024-07-15"));
        assertThat(CAL.addWorkingDays(d("2024-07-15"), 3)).isEqualTo(d("2024-07-18"));
        assertThat(CAL.addWorkingDays(d("2024-07-15"), 10)).isEqualTo(d("2024-07-29"));
    }

    @Test
    void startingOnAHolidayOrOnAWorkingSaturday() {
        assertThat(CAL.addWorkingDays(d("2024-10-03"), 1)).as("from inside National Day").isEqualTo(d("2024-10-08"));
        assertThat(CAL.addWorkingDays(d("2024-02-12"), 1)).as("from inside the Spring Festival")
                .isEqualTo(d("2024-02-18"));
        assertThat(CAL.addWorkingDays(d("2024-10-12"), 1)).as("from the working Saturday 10-12")
                .isEqualTo(d("2024-10-14"));
        assertThat(CAL.addWorkingDays(d("2024-10-11"), 1)).as("to the working Saturday 10-12")
                .isEqualTo(d("2024-10-12"));
        assertThat(CAL.addWorkingDays(d("2025-10-11"), 2)).isEqualTo(d("2025-10-14"));
    }

    @Test
    void crossingTheSpringFestival() {
        assertThat(CAL.addWorkingDays(d("2024-02-08"), 1)).as("除夕 2024-02-09 is worked").isEqualTo(d("2024-02-09"));
        assertThat(CAL.addWorkingDays(d("2024-02-08"), 2)).as("then the Sunday 02-18").isEqualTo(d("2024-02-18"));
        assertThat(CAL.addWorkingDays(d("2024-02-08"), 3)).isEqualTo(d("2024-02-19"));
        assertThat(CAL.addWorkingDays(d("2025-01-24"), 1)).as("Sunday 2025-01-26 is worked").isEqualTo(d("2025-01-26"));
        assertThat(CAL.addWorkingDays(d("2025-01-27"), 1)).isEqualTo(d("2025-02-05"));
        assertThat(CAL.addWorkingDays(d("2025-02-05"), 3)).as("Saturday 02-08 is worked").isEqualTo(d("2025-02-08"));
    }

    @Test
    void crossingNationalDay() {
        assertThat(CAL.addWorkingDays(d("2024-09-27"), 1)).as("Sunday 09-29 is worked").isEqualTo(d("2024-09-29"));
        assertThat(CAL.addWorkingDays(d("2024-09-27"), 2)).isEqualTo(d("2024-09-30"));
        assertThat(CAL.addWorkingDays(d("2024-09-30"), 1)).isEqualTo(d("2024-10-08"));
        assertThat(CAL.addWorkingDays(d("2024-09-30"), 5)).isEqualTo(d("2024-10-12"));
        assertThat(CAL.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
        assertThat(CAL.addWorkingDays(d("2024-07-15"), 56)).isEqualTo(d("2024-10-08"));
        for (int n = 1; n <= 200; n++) {
            assertThat(CAL.addWorkingDays(d("2024-07-15"), n)).as("n = %d", n)
                    .isEqualTo(OfficialArrangements.addWorkingDays(d("2024-07-15"), n));
        }
    }

    @Test
    void nBelowOneIsRefused() {
        assertThatThrownBy(() -> CAL.addWorkingDays(d("2024-07-15"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CAL.addWorkingDays(d("2024-07-15"), -3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDateBeyondTheDataIsAnErrorNeverAGuess() {
        assertThatThrownBy(() -> CAL.isWorkingDay(d("2027-01-04"))).isInstanceOf(OutsideCalendarException.class)
                .hasMessageContaining("2027-01-04").hasMessageContaining("2020—2026年");
        assertThatThrownBy(() -> CAL.isWorkingDay(d("2019-06-03"))).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> CAL.addWorkingDays(d("2026-12-30"), 5)).isInstanceOf(OutsideCalendarException.class);
        assertThatThrownBy(() -> CAL.addWorkingDays(d("2030-05-06"), 1)).isInstanceOf(OutsideCalendarException.class);
        assertThat(CAL.addWorkingDays(d("2026-12-30"), 1)).isEqualTo(d("2026-12-31"));
    }

    @Test
    void aMalformedDataFileStopsTheStart() {
        assertThatThrownBy(() -> BuiltInCalendar.parse(stream("# years: 2024-2024\ndate,kind,name\n2024-02-05,WORKDAY,x\n")))
                .as("a working weekday").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BuiltInCalendar.parse(stream("date,kind,name\n2024-01-01,HOLIDAY,元旦\n")))
                .as("no years line").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> BuiltInCalendar.parse(stream("# years: 2024-2024\ndate,kind,name\n2025-01-01,HOLIDAY,元旦\n")))
                .as("outside the years").isInstanceOf(IllegalStateException.class);
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void pastedDatesAndRanges() {
        List<FieldError> errors = new ArrayList<>();
        Map<LocalDate, String> days = DateLines.parse(List.of("2027-01-01~2027-01-03 元旦\n2027-02-05 至 2027-02-07，春节；"
                + "2027/4/5 清明\n2027-05-01、2027-05-02"), "holidays", errors);
        assertThat(errors).isEmpty();
        assertThat(days).containsEntry(d("2027-01-02"), "元旦").containsEntry(d("2027-02-06"), "春节")
                .containsEntry(d("2027-04-05"), "清明").containsEntry(d("2027-05-02"), null).hasSize(9);
        DateLines.parse(List.of("2027-02-30", "元旦", "2027-01-01~2026-12-01"), "holidays", errors);
        assertThat(errors).hasSize(3).allMatch(e -> e.field().equals("holidays"));
    }
}
