/**
 * Notifications (通知): a message to a unit, or to the offices (项目办, 督查室: {@code OfficeNotices}, read by the
 * office's users whose region covers its subject), delivered in-app (always), by e-mail over SMTP when
 * {@code spring.mail.host} is set and the unit's users have addresses, and to a group robot webhook in the
 * DingTalk / WeCom text format when {@code diaodu.notification.webhook-url} is set. It listens, after commit, to the
 * events of {@code reporting}, {@code problem}, {@code supervision} and {@code campaign} that concern a unit (they do
 * not call it), and
 * depends on {@code identity} for the signed-in user and the unit's addresses, on {@code organisation} and
 * {@code project} for the region of what an office is told about.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "reporting", "problem", "supervision", "campaign", "project", "identity", "organisation", "common" })
package cn.diaodu.notification;
