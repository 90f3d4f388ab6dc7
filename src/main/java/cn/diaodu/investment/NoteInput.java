package cn.diaodu.investment;

import java.time.LocalDate;

/** {@code POST /api/investments/{id}/notes}: a note on the timeline, dated (today when absent). */
public record NoteInput(LocalDate date, String note) {
}
