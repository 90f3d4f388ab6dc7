package cn.diaodu.calendar;

import java.time.LocalDate;
import java.util.List;

import cn.diaodu.common.Messages;

/** A date in a year the calendar's data does not cover: the working-day rule cannot be applied to it. */
public class OutsideCalendarException extends RuntimeException {
    private static final String KEY = "calendar.error.outside-calendar";
    private final LocalDate date;
    private final List<Object> args;

    public OutsideCalendarException(LocalDate date, String covered) {
        super(KEY);
        this.date = date;
        this.args = List.of(String.valueOf(date), covered, String.valueOf(date.getYear()));
    }

    /** The message key; {@link #args()} its arguments. */
    public String key() {
        return KEY;
    }

    public List<Object> args() {
        return args;
    }

    /** The message in the language of the running request (Chinese outside one). */
    @Override
    public String getMessage() {
        return Messages.text(KEY, args);
    }

    public LocalDate date() {
        return date;
    }
}
