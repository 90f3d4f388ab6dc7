package cn.diaodu.suspension;

import java.time.LocalDate;

/** {@code POST /api/suspensions/{id}/resume}: the day work resumed (复工); {@code version}, if given, must be current. */
public record ResumeInput(LocalDate date, Integer version) {
    static final ResumeInput NONE = new ResumeInput(null, null);
}
