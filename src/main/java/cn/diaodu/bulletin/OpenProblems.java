package cn.diaodu.bulletin;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.diaodu.identity.CurrentUser;

/**
 * The extension point of section 六、存在问题: a module that keeps the problem ledger (问题台账) implements it as a
 * Spring bean, and the bulletin lists what it answers. Without such a bean the bulletin uses {@link #NONE} and says
 * that the list will appear once the ledger is live. The bulletin module itself knows nothing of problems.
 */
public interface OpenProblems {

    /**
     * The bulletin's month and scope, as the implementation needs them to choose the problems to list: a problem of a
     * project belongs to it when its project is one of {@code projectIds} (the bulletin's projects, scoped by their
     * region); a problem of no project (共性问题) when its assignee unit's region lies within {@code regionCode}, the
     * root of the bulletin (null, or the single top region: the whole system).
     */
    record Scope(int year, int month, String regionCode, Set<Long> projectIds, LocalDate today, CurrentUser user) {
    }

    /** One open problem as the bulletin prints it; {@code projectCode} and {@code projectName} null: no project. */
    record OpenProblem(String projectCode, String projectName, String title, String unitName, LocalDate dueDate,
            String status, boolean overdue) {
    }

    /** The problems not yet closed (未销号) in the scope, in the order to print them. */
    List<OpenProblem> open(Scope scope);

    /** False only for {@link #NONE}: no problem ledger exists yet. */
    default boolean available() {
        return true;
    }

    /** The default: no problem ledger. */
    OpenProblems NONE = new OpenProblems() {
        @Override
        public List<OpenProblem> open(Scope scope) {
            return List.of();
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
