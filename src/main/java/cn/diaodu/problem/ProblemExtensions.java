package cn.diaodu.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.bulletin.OpenProblems;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;
import cn.diaodu.supervision.EscalatedProblems;

/**
 * The problem ledger as the other modules need it: the bulletin's section 六 (open problems, 未销号) and the meetings'
 * agenda (projects whose open problem has been escalated beyond the unit).
 */
@Component
class ProblemExtensions implements OpenProblems, EscalatedProblems {
    /** The agenda is built for the whole ledger, then cut to the caller's scope by the meeting module. */
    private static final CurrentUser SYSTEM = new CurrentUser(0L, "system", "系统", Set.of(Role.DISPATCHER), null,
            null);

    private final ProblemService problems;
    private final ProjectService projects;
    private final OrganisationService organisation;

    ProblemExtensions(ProblemService problems, ProjectService projects, OrganisationService organisation) {
        this.problems = problems;
        this.projects = projects;
        this.organisation = organisation;
    }

    @Override
    public Set<Long> projectsWithOpenEscalatedProblems() {
        Set<Long> out = new HashSet<>();
        for (Problem p : problems.list(ProblemFilter.ALL, SYSTEM)) {
            if (p.projectId() != null && p.status().open() && p.level() != ProblemLevel.UNIT) {
                out.add(p.projectId());
            }
        }
        return out;
    }

    @Override
    public List<String> openProblemsOf(long projectId) {
        List<String> out = new ArrayList<>();
        for (Problem p : problems.list(new ProblemFilter(null, null, null, projectId, null, null), SYSTEM)) {
            if (p.status() != ProblemStatus.CLOSED) {
                out.add(p.title() + "（" + p.assigneeUnitName() + "，" + label(p.status()) + "，办结时限" + p.dueDate()
                        + (p.overdue() ? "，已逾期" : "") + "）");
            }
        }
        return out;
    }

    /**
     * The problems not yet closed (未销号: every status but CLOSED; RESOLVED reads 已办结待销号) of the bulletin's
     * scope, the overdue ones first, then by due date. A problem of a project belongs to the scope when its project
     * is one of the bulletin's; a problem of no project (共性问题) when its assignee unit's region lies within the
     * bulletin's region, or always when the bulletin covers the whole system (no region, or the single top region).
     */
    @Override
    public List<OpenProblem> open(Scope scope) {
        RegionTree tree = organisation.regionTree();
        Map<Long, Unit> units = new HashMap<>();
        organisation.units().forEach(u -> units.put(u.id(), u));
        boolean wholeSystem = wholeSystem(tree, scope.regionCode());
        List<Problem> open = new ArrayList<>();
        for (Problem p : problems.list(ProblemFilter.ALL, scope.user())) {
            if (p.status() != ProblemStatus.CLOSED && inScope(p, scope, tree, units, wholeSystem)) {
                open.add(p);
            }
        }
        open.sort(Comparator.comparing(Problem::overdue).reversed().thenComparing(Problem::dueDate)
                .thenComparing(Problem::id));
        Map<Long, Project> byId = projects.byIds(open.stream().map(Problem::projectId).filter(Objects::nonNull)
                .distinct().toList());
        List<OpenProblem> out = new ArrayList<>();
        for (Problem p : open) {
            // a problem of no project (共性问题): no code and no name, the bulletin says so
            Project pr = p.projectId() == null ? null : byId.get(p.projectId());
            String code = p.projectId() == null ? null : pr == null ? "" : pr.code();
            out.add(new OpenProblem(code, p.projectName(), p.title(), p.assigneeUnitName(), p.dueDate(),
                    label(p.status()), p.overdue()));
        }
        return out;
    }

    /** The bulletin covers the whole system: no region, or the single region at the top of the tree. */
    static boolean wholeSystem(RegionTree tree, String regionCode) {
        return regionCode == null || (tree.roots().size() == 1 && tree.roots().get(0).code().equals(regionCode));
    }

    /** A problem of a project: by the project (the bulletin's projects); of none: by its assignee unit's region. */
    static boolean inScope(Problem p, Scope scope, RegionTree tree, Map<Long, Unit> units, boolean wholeSystem) {
        if (p.projectId() != null) {
            return scope.projectIds().contains(p.projectId());
        }
        if (wholeSystem) {
            return true;
        }
        Unit u = units.get(p.assigneeUnitId());
        return u != null && tree.covers(scope.regionCode(), u.regionCode());
    }

    private static String label(ProblemStatus s) {
        return switch (s) {
            case ASSIGNED -> "已交办";
            case ACCEPTED -> "办理中";
            case RESOLVED -> "已办结待销号";
            case CLOSED -> "已销号";
        };
    }
}
