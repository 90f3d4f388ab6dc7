package cn.diaodu.procedure;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;

/**
 * The procedures section of the project page ({@code templates/procedure/section.html}, included by the page with one
 * line and reading this bean as {@code @procedureSection}), so that the page's module needs to know nothing of it.
 */
@Component("procedureSection")
public class ProcedureSection {
    private final ProcedureService procedures;
    private final ProjectAccess access;
    private final OrganisationService organisation;
    private final AppClock clock;

    ProcedureSection(ProcedureService procedures, ProjectAccess access, OrganisationService organisation,
            AppClock clock) {
        this.procedures = procedures;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * What the section shows: every kind, how many are settled (done or not needed) and overdue, whether the project
     * is ready to start (not started today and every kind settled), and whether the user may edit (then the units to
     * choose the approving unit from).
     */
    public record View(List<ProcedureItem> items, int settled, int overdue, boolean ready, boolean canWrite,
            List<Unit> units) {
    }

    public View of(Project p) {
        CurrentUser user = CurrentUsers.get();
        if (!access.canRead(user, p)) {
            return new View(List.of(), 0, 0, false, false, List.of());
        }
        List<ProcedureItem> items = procedures.items(p);
        int settled = (int) items.stream().filter(i -> i.status().settled()).count();
        int overdue = (int) items.stream().filter(ProcedureItem::overdue).count();
        boolean notStarted = p.actualStart() == null || p.actualStart().isAfter(clock.today());
        boolean canWrite = procedures.mayWrite(user, p);
        List<Unit> units = canWrite ? organisation.units().stream().sorted(Comparator.comparing(Unit::name)).toList()
                : List.of();
        return new View(items, settled, overdue, notStarted && settled == items.size(), canWrite, units);
    }
}
