package cn.diaodu.procedure;

import java.time.LocalDate;

/** One recorded procedure of a project, as stored (also the state the audit compares before and after a change). */
public record ProcedureState(long projectId, String code, ProcedureStatus status, LocalDate plannedDate,
        LocalDate appliedDate, LocalDate actualDate, String documentNo, Long approvingUnitId, String note) {
}
