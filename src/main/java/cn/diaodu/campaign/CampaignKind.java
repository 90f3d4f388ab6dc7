package cn.diaodu.campaign;

/** What a campaign is about: 防汛, 疫情防控, 安全生产, 创卫 (health city), 消防, other. */
public enum CampaignKind {
    FLOOD, EPIDEMIC, SAFETY, SANITATION, FIRE, OTHER
}
