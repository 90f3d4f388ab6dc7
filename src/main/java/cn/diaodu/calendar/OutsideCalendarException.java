package cn.diaodu.calendar;

import java.time.LocalDate;

/** A date in a year the calendar's data does not cover: the working-day rule cannot be applied to it. */
public class OutsideCalendarException extends RuntimeException {
    private final LocalDate date;

    public OutsideCalendarException(LocalDate date, String covered) {
        super("日期" + date + "超出工作日历的数据范围（已覆盖：" + covered + "），请系统管理员先在“工作日历”中添加"
                + date.getYear() + "年的放假安排 / " + date + " lies beyond the working-day calendar's data (covered: "
                + covered + ")");
        this.date = date;
    }

    public LocalDate date() {
        return date;
    }
}
