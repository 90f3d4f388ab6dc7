package cn.diaodu.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.bulletin.OpenProblems;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
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

    ProblemExtensions(ProblemService problems, ProjectService projects) {
        this.problems = problems;
        this.projects = projects;
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

    @Override
    public List<OpenProblem> open(Scope scope) {
        List<Problem> open = new ArrayList<>();
        for (Problem p : problems.list(ProblemFilter.ALL, scope.user())) {
            if (p.status() != ProblemStatus.CLOSED && p.projectId() != null
                    && scope.projectIds().contains(p.projectId())) {
                open.add(p);
            }
        }
        open.sort(Comparator.comparing(Problem::overdue).reversed().thenComparing(Problem::dueDate));
        Map<Long, Project> byId = projects.byIds(open.stream().map(Problem::projectId).distinct().toList());
        List<OpenProblem> out = new ArrayList<>();
        for (Problem p : open) {
            Project pr = byId.get(p.projectId());
            out.add(new OpenProblem(pr == null ? "" : pr.code(), p.projectName(), p.title(), p.assigneeUnitName(),
                    p.dueDate(), label(p.status()), p.overdue()));
        }
        return out;
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
