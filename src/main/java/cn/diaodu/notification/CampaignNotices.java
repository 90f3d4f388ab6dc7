package cn.diaodu.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import cn.diaodu.campaign.CampaignUnitReminded;
import cn.diaodu.common.AppClock;

/**
 * Tells a unit that a campaign's daily report is due or overdue (催报): listens after commit to
 * {@link CampaignUnitReminded} and writes the unit's notification, which the external channels (mail, group robot)
 * then deliver.
 */
@Component
class CampaignNotices {
    private final NotificationService notifications;

    CampaignNotices(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    public void on(CampaignUnitReminded e) {
        String deadline = e.deadline().atZoneSameInstant(AppClock.ZONE).toLocalTime().toString();
        String title = e.overdue() ? "【逾期未报】" + e.campaignName() + " " + e.day() + " 日报已于" + deadline + "截止"
                : "【催报】" + e.campaignName() + " " + e.day() + " 日报将于" + deadline + "截止";
        String body = e.unitName() + "：尚未报送 " + e.day() + " 的日报，请立即报送；当日无情况的，请报送零报告。";
        notifications.send(new NotificationService.Message(e.unitId(), e.overdue() ? "CAMPAIGN_OVERDUE"
                : "CAMPAIGN_REMINDER", title, body, "/campaigns/" + e.campaignId() + "/report?day=" + e.day()));
    }
}
