package cn.diaodu.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.project.Project;

/**
 * The save of the reporter's grid, all or nothing: it is refused as a whole, with the typed values kept, when the
 * period was closed (or is not open yet), when a row was approved or changed by someone else since the page was
 * opened (its version, {@code seen-<id>}, is no longer the report's), or when a value is refused.
 */
@Component
class GridSave {
    private final ReportService reports;
    private final PeriodService periods;
    private final AppClock clock;

    GridSave(ReportService reports, PeriodService periods, AppClock clock) {
        this.reports = reports;
        this.periods = periods;
        this.clock = clock;
    }

    /** The outcome: the number of reports written, or the rows as typed with the reasons of the refusal. */
    record Outcome(int saved, List<GridEntry> rows, Map<String, String> errors, List<String> refusals) {
        boolean done() {
            return saved >= 0;
        }
    }

    Outcome save(CurrentUser user, Period p, List<Project> visible, Map<String, String> form) {
        GridNotice notice = GridNotice.of(periods.find(p), clock);
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        if (notice.readOnly()) {
            refusals.add("CLOSED".equals(notice.state())
                    ? Messages.text("grid.refused.closed", List.of(p.toString(), notice.closedAt()))
                    : Messages.text("grid.refused.notOpen", List.of(p.toString(), notice.opensAt())));
        }
        List<ReportService.GridRow> toSave = new ArrayList<>();
        List<GridEntry> shown = new ArrayList<>();
        Map<Long, BigDecimal> before = p.month() == 1 ? Map.of() : reports.completedThrough(p.year(), p.month() - 1);
        Map<Long, MonthlyReport> current = reports.ofPeriod(p);
        for (Project pr : visible) {
            GridEntry.Typed typed = GridEntry.Typed.of(form, pr.id());
            String seen = form.getOrDefault("seen-" + pr.id(), "");
            MonthlyReport r = current.get(pr.id());
            GridEntry row = GridEntry.of(pr, before.getOrDefault(pr.id(), BigDecimal.ZERO), r)
                    .typed(typed);
            boolean same = GridEntry.sameAs(r, typed);
            if (!same && r != null && !seen.equals(GridEntry.stamp(r))) {
                // the report is no longer the one the page showed: approved, or changed by someone else meanwhile
                String why = r.status() == ReportStatus.APPROVED
                        ? Messages.text("grid.refused.approved", List.of(pr.name()))
                        : Messages.text("grid.refused.changed", List.of(pr.name(), String.valueOf(r.updatedBy()),
                                GridNotice.shownTime(r.updatedAt()), r.investment().toPlainString()));
                refusals.add(why);
                shown.add(row.refused(why, GridEntry.stamp(r)));
                continue;
            }
            shown.add(row);
            // unchanged rows are not written again, but a returned one is submitted anew as it stands
            if ((same && r != null && r.status() != ReportStatus.RETURNED) || same && r == null
                    || (r != null && r.status() == ReportStatus.APPROVED)
                    || typed.empty()) {
                continue;
            }
            toSave.add(new ReportService.GridRow(pr.id(), values(pr.id(), typed, errors)));
        }
        if (!refusals.isEmpty()) {
            return new Outcome(-1, shown, errors, refusals);
        }
        if (errors.isEmpty()) {
            try {
                return new Outcome(reports.saveGrid(p, toSave, user), shown, errors, refusals);
            } catch (ValidationException e) {
                e.errors().forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            } catch (ConflictException e) {
                // closed or approved between the checks above and the write
                refusals.add(Messages.text(e.key(), e.args()));
            }
        } else {
            // report the remaining rows' problems too, without writing anything
            try {
                reports.checkGrid(p, toSave.stream().filter(g -> g.values().investment() != null).toList(), user)
                        .forEach(err -> errors.putIfAbsent(err.field(), err.message()));
            } catch (ForbiddenException ignored) {
                // cannot happen: only visible rows are checked
            }
        }
        return new Outcome(-1, shown, errors, refusals);
    }

    private static ReportInput values(long id, GridEntry.Typed t, Map<String, String> errors) {
        String inv = t.investment();
        String workers = t.workers();
        BigDecimal amount = null;
        Integer people = null;
        String prefix = "rows[" + id + "].";
        if (inv.isEmpty()) {
            errors.put(prefix + "investment", Messages.text("reporting.error.required"));
        } else {
            try {
                amount = new BigDecimal(inv.replace(",", ""));
            } catch (NumberFormatException e) {
                errors.put(prefix + "investment", Messages.text("reporting.error.enter-number"));
            }
        }
        if (!workers.isEmpty()) {
            try {
                people = Integer.valueOf(workers);
            } catch (NumberFormatException e) {
                errors.put(prefix + "workersOnSite", Messages.text("reporting.error.enter-whole-number"));
            }
        }
        return new ReportInput(amount, t.progress(), people, t.problems(), t.nextPlan());
    }
}
