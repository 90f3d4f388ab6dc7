package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

import cn.diaodu.common.AppClock;

/** A campaign as the API shows it: its period, its daily deadline (Beijing time), its units and its form. */
public record Campaign(long id, String name, CampaignKind kind, LocalDate from, LocalDate to, String deadline,
        String regionCode, List<UnitRef> units, List<CampaignField> fields, String createdBy,
        OffsetDateTime createdAt) {

    /** Whether the day lies within the campaign's period. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }

    /** The moment the day's reports are due: the day at the deadline, Beijing time. */
    public ZonedDateTime dueAt(LocalDate day) {
        return day.atTime(LocalTime.parse(deadline)).atZone(AppClock.ZONE);
    }

    public boolean hasUnit(long unitId) {
        return units.stream().anyMatch(u -> u.unitId() == unitId);
    }

    public java.util.Optional<CampaignField> field(String code) {
        return fields.stream().filter(f -> f.code().equals(code)).findFirst();
    }
}
