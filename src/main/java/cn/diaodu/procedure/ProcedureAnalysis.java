package cn.diaodu.procedure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of docs/figures.md §10 (前期手续) for year Y and month M over the projects of Y in the caller's scope
 * ({@code GET /api/analysis/procedures}, CONTRACT §11).
 */
public record ProcedureAnalysis(int year, int month, int projects, int notStarted, BigDecimal notStartedRate,
        int ready, List<KindCount> kinds) {

    /** One kind over the projects: an unrecorded kind counts as pending. */
    public record KindCount(String code, String name, int done, int inProgress, int pending, int notNeeded,
            int overdue) {
    }

    /** One overdue procedure: the project, the kind, the planned date, days overdue at today, the units. */
    public record Overdue(long projectId, String projectCode, String projectName, String kindCode, String kindName,
            ProcedureStatus status, LocalDate plannedDate, long daysOverdue, String approvingUnitName,
            String leadUnitName) {
    }

    /**
     * One approving unit (审批时效): the procedures naming it, how many are done and overdue, and the days from
     * application to approval of the done ones that have both dates (average rounded half-up to 2 decimals; null
     * when there is none).
     */
    public record Approver(long unitId, String unitName, int procedures, int done, int overdue, BigDecimal averageDays,
            Long longestDays) {
    }
}
