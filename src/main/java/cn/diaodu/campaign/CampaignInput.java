package cn.diaodu.campaign;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/campaigns} (CONTRACT §15); {@code to} absent: open-ended; {@code deadline} "HH:MM", Beijing time. */
public record CampaignInput(String name, String kind, LocalDate from, LocalDate to, String deadline,
        List<Long> unitIds, List<FieldInput> fields) {

    /** A field of the daily form as given. */
    public record FieldInput(String code, String name, String type) {
    }
}
