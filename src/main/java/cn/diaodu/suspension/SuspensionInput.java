package cn.diaodu.suspension;

import java.time.LocalDate;

/** {@code POST /api/projects/{id}/suspensions}: why, from when, and (optionally) when work is expected to resume. */
public record SuspensionInput(String reason, LocalDate from, LocalDate expectedResume) {
}
