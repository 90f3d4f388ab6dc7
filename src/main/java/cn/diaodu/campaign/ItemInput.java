package cn.diaodu.campaign;

import java.time.LocalDate;

/** {@code POST /api/campaigns/{id}/items}: a ledger item (台账) with its unit and its deadline. */
public record ItemInput(String title, Long unitId, LocalDate dueDate, String description) {
}
