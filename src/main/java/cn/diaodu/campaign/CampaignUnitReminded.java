package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/**
 * A unit was reminded of a campaign's daily report it has not sent (催报): before the deadline ({@code overdue}
 * false) or after it; {@code manual} when the command office pressed 催报 (audited as that user), else the job's.
 * The notification module delivers it (in-app, mail, group robot).
 */
public record CampaignUnitReminded(long campaignId, String campaignName, long unitId, String unitName, LocalDate day,
        OffsetDateTime deadline, boolean overdue, String by) implements Audited {

    @Override
    public AuditRecord audit() {
        return AuditRecord.of("CAMPAIGN_REMIND", "CAMPAIGN", campaignId + "/" + unitId + "/" + day, campaignName)
                .withNote((overdue ? "OVERDUE: " : "BEFORE: ") + unitName).by(by);
    }
}
