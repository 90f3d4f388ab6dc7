package cn.diaodu.campaign;

import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.Audited;

/** A campaign was set up (audited). */
public record CampaignCreated(long campaignId, String name, String kind, int units, String by) implements Audited {
    @Override
    public AuditRecord audit() {
        return AuditRecord.of("CAMPAIGN_CREATE", "CAMPAIGN", campaignId, name).withNote(kind + ", " + units + " units")
                .by(by);
    }
}
