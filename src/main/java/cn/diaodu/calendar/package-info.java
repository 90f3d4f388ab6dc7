/**
 * Calendar: the official working-day calendar of the People's Republic of China (CONTRACT §9). The built-in data
 * ({@code calendar/cn-official.csv}, from the State Council's notices) covers whole years; an administrator adds the
 * arrangement of later years and corrects single dates ({@code calendar_year}, {@code calendar_day}). A day is a
 * working day when it is Monday to Friday and not a holiday, or a weekend day declared a working day (调休). A date in
 * a year the data does not cover is an error, never a guess. Depends on {@code identity} and {@code common}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "identity", "common" })
package cn.diaodu.calendar;
