package cn.diaodu.procedure;

import java.time.LocalDate;

/**
 * One procedure of a project as the API shows it: every kind of the catalogue, {@code PENDING} with nulls where nothing
 * was recorded; {@code overdue} ⇔ PENDING or IN_PROGRESS and {@code plannedDate} before today; {@code scan} null or the
 * scan of the approval.
 */
public record ProcedureItem(String code, String name, ProcedureStatus status, LocalDate plannedDate,
        LocalDate appliedDate, LocalDate actualDate, String documentNo, Long approvingUnitId, String approvingUnitName,
        String note, boolean overdue, Scan scan) {

    /** The scan (批复扫描件) of a procedure: download it from {@code …/procedures/{code}/scan}. */
    public record Scan(long id, String filename, long size) {
    }
}
