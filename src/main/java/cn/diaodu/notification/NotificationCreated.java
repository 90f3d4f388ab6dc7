package cn.diaodu.notification;

/**
 * An in-app notification was written for a unit; e-mail and the group robot deliver it after commit, each retried
 * until it succeeds.
 */
public record NotificationCreated(long notificationId, long unitId, String kind, String title, String body,
        String link) {
}
