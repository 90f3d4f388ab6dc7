package cn.diaodu.notification;

import java.time.OffsetDateTime;

/**
 * One in-app notification, and whether the reading user has read it: of a unit ({@code audience} null), or of an
 * office ({@code audience} DISPATCHER or SUPERVISOR), about the unit {@code unitId}.
 */
public record Notification(long id, long unitId, String kind, String title, String body, String link,
        OffsetDateTime createdAt, boolean read, String audience) {
}
