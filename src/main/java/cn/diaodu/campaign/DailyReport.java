package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/** A unit's report of a day: its values (numbers and texts by field code), or a zero report; late when after the deadline. */
public record DailyReport(long campaignId, long unitId, String unitName, LocalDate date, boolean zero, boolean late,
        Map<String, Object> values, String submittedBy, OffsetDateTime submittedAt) {
}
