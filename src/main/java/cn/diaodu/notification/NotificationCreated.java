package cn.diaodu.notification;

/**
 * An in-app notification was written for a unit ({@code audience} null) or for an office ({@code audience} a role,
 * the notice being about the unit {@code unitId} in {@code regionCode} / {@code unitRegionCode}); e-mail and the
 * group robot deliver it after commit, each retried until it succeeds.
 */
public record NotificationCreated(long notificationId, long unitId, String kind, String title, String body,
        String link, String audience, String regionCode, String unitRegionCode) {

    public NotificationCreated(long notificationId, long unitId, String kind, String title, String body, String link) {
        this(notificationId, unitId, kind, title, body, link, null, null, null);
    }
}
