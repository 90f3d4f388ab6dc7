package cn.diaodu.calendar;

/**
 * A covered year: where its arrangement comes from (BUILT_IN or ADMIN), its holidays (days off on weekdays and
 * weekends) and 调休 working days, and how many dates an administrator has corrected.
 */
public record CalendarYear(int year, String source, int holidays, int workdays, int corrections, String note) {
}
