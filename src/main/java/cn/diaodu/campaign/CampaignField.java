package cn.diaodu.campaign;

/** One field of a campaign's daily form: its code (the key of a report's values), its name and its type. */
public record CampaignField(String code, String name, FieldType type) {
}
