package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.diaodu.project.Project;

/**
 * One project of the reporter's grid as shown: the project, what it has completed before the month, the month's
 * values (as stored or as typed), the report's review state, and the version the page was built on ({@code seen}:
 * the report's status and time of its last change, empty when there was none), so that a save can tell a report
 * changed by someone else meanwhile. {@code conflict} is the reason a save of this row was refused, if any.
 */
public record GridEntry(Project project, BigDecimal completedBefore, String investment, String progress,
        String workers, String problems, String nextPlan, String status, String reason, List<QualityFlag> flags,
        boolean late, boolean zero, String seen, String conflict) {

    public boolean locked() {
        return "APPROVED".equals(status);
    }

    public boolean returned() {
        return "RETURNED".equals(status);
    }

    static GridEntry of(Project p, BigDecimal before, MonthlyReport r) {
        return new GridEntry(p, before, r == null ? "" : r.investment().toPlainString(), r == null ? "" : r.progress(),
                r == null || r.workersOnSite() == null ? "" : r.workersOnSite().toString(),
                r == null || r.problems() == null ? "" : r.problems(), r == null || r.nextPlan() == null ? "" : r.nextPlan(),
                r == null ? "NONE" : r.status().name(), r == null ? null : r.reason(),
                r == null ? List.of() : r.flags(), r != null && r.late(), r != null && r.zero(), stamp(r), null);
    }

    GridEntry typed(Typed t) {
        return new GridEntry(project, completedBefore, t.investment(), t.progress(), t.workers(), t.problems(),
                t.nextPlan(), status, reason, flags, late, zero, seen, conflict);
    }

    /** Refused because of {@code why}; the page now knows the report as it stands ({@code now}). */
    GridEntry refused(String why, String now) {
        return new GridEntry(project, completedBefore, investment, progress, workers, problems, nextPlan, status,
                reason, flags, late, zero, now, why);
    }

    /** The version of a report the page was built on: its status and the time of its last change. */
    static String stamp(MonthlyReport r) {
        return r == null || r.updatedAt() == null ? "" : r.status().name() + "@" + r.updatedAt().toInstant();
    }

    /** Whether the typed values are the report's as it stands (nothing to write). */
    static boolean sameAs(MonthlyReport r, Typed t) {
        String inv = t.investment();
        String progress = t.progress();
        String workers = t.workers();
        if (r == null) {
            return t.empty();
        }
        BigDecimal amount;
        try {
            amount = inv.isEmpty() ? null : new BigDecimal(inv.replace(",", ""));
        } catch (NumberFormatException e) {
            return false;
        }
        String stored = r.workersOnSite() == null ? "" : r.workersOnSite().toString();
        return amount != null && amount.compareTo(r.investment()) == 0 && Objects.equals(blank(progress),
                blank(r.progress())) && workers.equals(stored) && Objects.equals(blank(t.problems()), blank(r.problems()))
                && Objects.equals(blank(t.nextPlan()), blank(r.nextPlan()));
    }

    /** A row's values as typed on the page. */
    record Typed(String investment, String progress, String workers, String problems, String nextPlan) {
        static Typed of(Map<String, String> form, long id) {
            return new Typed(form.getOrDefault("investment-" + id, "").trim(), form.getOrDefault("progress-" + id, ""),
                    form.getOrDefault("workers-" + id, "").trim(), form.getOrDefault("problems-" + id, ""),
                    form.getOrDefault("nextPlan-" + id, ""));
        }

        /** Nothing typed at all. */
        boolean empty() {
            return investment.isEmpty() && workers.isEmpty() && blank(progress) == null && blank(problems) == null
                    && blank(nextPlan) == null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
