package cn.diaodu.notification;

import java.time.OffsetDateTime;

/** One in-app notification of a unit, and whether the reading user has read it. */
public record Notification(long id, long unitId, String kind, String title, String body, String link,
        OffsetDateTime createdAt, boolean read) {
}
