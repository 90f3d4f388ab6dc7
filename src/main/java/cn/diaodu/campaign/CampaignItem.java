package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A ledger item of a campaign with its steps; {@code overdue} as of today (not closed and past its due date). */
public record CampaignItem(long id, long campaignId, String title, long unitId, String unitName, LocalDate dueDate,
        String description, ItemStatus status, boolean overdue, String createdBy, OffsetDateTime createdAt,
        OffsetDateTime closedAt, List<Step> steps) {

    /** One step of the loop. */
    public record Step(String action, ItemStatus from, ItemStatus to, String note, String by, OffsetDateTime at) {
    }
}
