package cn.diaodu.calendar;

/**
 * What the calendar says of a day beyond the weekday rule: HOLIDAY 放假 (a day off, whatever the weekday), WORKDAY
 * 调休上班 (a weekend day declared a working day). ORDINARY exists only as an administrator's correction: it cancels
 * the built-in entry of a date, which then follows the weekday rule again.
 */
public enum DayKind {
    HOLIDAY, WORKDAY, ORDINARY
}
