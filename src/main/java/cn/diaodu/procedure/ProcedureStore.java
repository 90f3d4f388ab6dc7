package cn.diaodu.procedure;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The module's SQL: the records of {@code project_procedure} and {@code procedure_scan}, read in sets of projects. */
@Component
class ProcedureStore {
    private final JdbcClient jdbc;

    ProcedureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String SELECT = "select project_id, kind_code, status, planned_date, applied_date, actual_date,"
            + " document_no, approving_unit_id, note from project_procedure";

    private static ProcedureState row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new ProcedureState(rs.getLong(1), rs.getString(2), ProcedureStatus.valueOf(rs.getString(3)),
                rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                rs.getString(7), rs.getObject(8, Long.class), rs.getString(9));
    }

    Optional<ProcedureState> find(long projectId, String code) {
        return jdbc.sql(SELECT + " where project_id = ? and kind_code = ?").params(projectId, code)
                .query(ProcedureStore::row).optional();
    }

    /** The records of many projects at once: project id → kind code → record (500 ids a statement). */
    Map<Long, Map<String, ProcedureState>> of(Collection<Long> projectIds) {
        Map<Long, Map<String, ProcedureState>> out = new HashMap<>();
        List<Long> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql(SELECT + " where project_id in (:ids)").param("ids", ids.subList(from,
                    Math.min(ids.size(), from + 500))).query(ProcedureStore::row).list()
                    .forEach(s -> out.computeIfAbsent(s.projectId(), k -> new HashMap<>()).put(s.code(), s));
        }
        return out;
    }

    /**
     * Inserts or replaces the record of (project, kind). A first insert that loses the race to a concurrent one is
     * refused by the unique key (409, {@code common.ApiErrors}), never half-written.
     */
    void save(ProcedureState s, String by, OffsetDateTime at) {
        if (update(s, by, at) == 0) {
            jdbc.sql("insert into project_procedure(project_id, kind_code, status, planned_date, applied_date,"
                    + " actual_date, document_no, approving_unit_id, note, updated_by, updated_at)"
                    + " values (?,?,?,?,?,?,?,?,?,?,?)")
                    .params(s.projectId(), s.code(), s.status().name(), s.plannedDate(), s.appliedDate(),
                            s.actualDate(), s.documentNo(), s.approvingUnitId(), s.note(), by, at).update();
        }
    }

    private int update(ProcedureState s, String by, OffsetDateTime at) {
        return jdbc.sql("update project_procedure set status = ?, planned_date = ?, applied_date = ?, actual_date = ?,"
                + " document_no = ?, approving_unit_id = ?, note = ?, updated_by = ?, updated_at = ?"
                + " where project_id = ? and kind_code = ?")
                .params(s.status().name(), s.plannedDate(), s.appliedDate(), s.actualDate(), s.documentNo(),
                        s.approvingUnitId(), s.note(), by, at, s.projectId(), s.code()).update();
    }

    // ---- scans -------------------------------------------------------------------------------------------

    /** The scans of many projects: project id → kind code → scan (without content). */
    Map<Long, Map<String, ProcedureItem.Scan>> scans(Collection<Long> projectIds) {
        Map<Long, Map<String, ProcedureItem.Scan>> out = new HashMap<>();
        List<Long> ids = List.copyOf(projectIds);
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select project_id, kind_code, id, filename, size_bytes from procedure_scan"
                    + " where project_id in (:ids)").param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, i) -> {
                        out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2),
                                new ProcedureItem.Scan(rs.getLong(3), rs.getString(4), rs.getLong(5)));
                        return null;
                    }).list();
        }
        return out;
    }

    /** A scan with its content. */
    record ScanContent(ProcedureItem.Scan scan, String contentType, byte[] content) {
    }

    Optional<ScanContent> scan(long projectId, String code) {
        return jdbc.sql("select id, filename, size_bytes, content_type, content from procedure_scan"
                + " where project_id = ? and kind_code = ?").params(projectId, code)
                .query((rs, i) -> new ScanContent(new ProcedureItem.Scan(rs.getLong(1), rs.getString(2),
                        rs.getLong(3)), rs.getString(4), rs.getBytes(5))).optional();
    }

    /** Replaces the scan of (project, kind): the new one gets a new id. */
    ProcedureItem.Scan saveScan(long projectId, String code, String filename, String contentType, byte[] content,
            String by, OffsetDateTime at) {
        jdbc.sql("delete from procedure_scan where project_id = ? and kind_code = ?").params(projectId, code).update();
        long id = cn.diaodu.common.Db.insert(jdbc.sql("insert into procedure_scan(project_id, kind_code, filename,"
                + " content_type, size_bytes, content, uploaded_by, uploaded_at) values (?,?,?,?,?,?,?,?)")
                .params(projectId, code, filename, contentType, (long) content.length, content, by, at));
        return new ProcedureItem.Scan(id, filename, content.length);
    }
}
