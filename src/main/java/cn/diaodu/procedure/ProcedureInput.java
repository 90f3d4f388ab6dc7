package cn.diaodu.procedure;

import java.time.LocalDate;

/** The body of {@code PUT /api/projects/{id}/procedures/{code}} (CONTRACT §11) and of the project page's row form. */
public record ProcedureInput(String status, LocalDate plannedDate, LocalDate appliedDate, LocalDate actualDate,
        String documentNo, Long approvingUnitId, String note) {
}
