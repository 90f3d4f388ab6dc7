package cn.diaodu.supervision;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A scheduling meeting (调度会): monthly, quarterly or special. */
public record Meeting(long id, String title, String type, LocalDate date, String place, String chair,
        String attendees, String minutes, String createdBy, OffsetDateTime createdAt) {
}
