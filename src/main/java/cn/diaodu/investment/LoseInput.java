package cn.diaodu.investment;

import java.time.LocalDate;

/** {@code POST /api/investments/{id}/lose}: the date (today when absent) and the reason. */
public record LoseInput(LocalDate date, String reason, Integer version) {
}
