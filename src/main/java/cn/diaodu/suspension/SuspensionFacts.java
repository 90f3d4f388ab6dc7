package cn.diaodu.suspension;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The suspension facts the figures, the dashboard and the bulletin use (CONTRACT §11): suspended(p, M) ⇔ p has an
 * approved suspension (status APPROVED, or RESUMED: it was approved) with {@code from} on or before the last day of
 * M that was not resumed on or before that day ({@code resumed_on} null or after it). Set-based: one query per 500
 * projects, whoever asks (callers have scoped the projects).
 */
@Service
public class SuspensionFacts {
    static final int CHUNK = 500;

    /** The rule's condition on {@code project_suspension} for the day {@code :day}. */
    static final String IN_FORCE = "status in ('APPROVED','RESUMED') and from_date <= :day "
            + "and (resumed_on is null or resumed_on > :day)";

    private final JdbcClient jdbc;

    public SuspensionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a suspended project's list row shows: why, since when, and when work is expected to resume. */
    public record SuspendedProject(long projectId, long suspensionId, String reason, LocalDate from,
            LocalDate expectedResume) {
    }

    /** The rule for one suspension on one day, as the SQL of {@link #IN_FORCE} states it. */
    public static boolean inForce(SuspensionStatus status, LocalDate from, LocalDate resumedOn, LocalDate day) {
        return status.approved() && !from.isAfter(day) && (resumedOn == null || resumedOn.isAfter(day));
    }

    /** The projects among {@code projectIds} that are suspended on {@code day}. */
    public Set<Long> suspendedAt(LocalDate day, Collection<Long> projectIds) {
        Set<Long> out = new HashSet<>();
        for (List<Long> chunk : chunks(projectIds)) {
            out.addAll(jdbc.sql("select distinct project_id from project_suspension where project_id in (:ids) and "
                    + IN_FORCE).param("ids", chunk).param("day", day).query(Long.class).list());
        }
        return out;
    }

    /** The projects among {@code projectIds} suspended in month M, judged on its last day. */
    public Set<Long> suspendedIn(YearMonth month, Collection<Long> projectIds) {
        return suspendedAt(month.atEndOfMonth(), projectIds);
    }

    /**
     * For each project among {@code projectIds} that is suspended on {@code day}, the suspension in force (the one
     * with the latest {@code from} when several are).
     */
    public Map<Long, SuspendedProject> suspensionsOf(Collection<Long> projectIds, LocalDate day) {
        Map<Long, SuspendedProject> out = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(projectIds)) {
            jdbc.sql("select project_id, id, reason, from_date, expected_resume from project_suspension "
                    + "where project_id in (:ids) and " + IN_FORCE + " order by project_id, from_date desc, id desc")
                    .param("ids", chunk).param("day", day)
                    .query((rs, i) -> new SuspendedProject(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                    .list().forEach(s -> out.putIfAbsent(s.projectId(), s));
        }
        return out;
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> list = ids.stream().distinct().toList();
        java.util.ArrayList<List<Long>> out = new java.util.ArrayList<>();
        for (int from = 0; from < list.size(); from += CHUNK) {
            out.add(list.subList(from, Math.min(list.size(), from + CHUNK)));
        }
        return out;
    }
}
