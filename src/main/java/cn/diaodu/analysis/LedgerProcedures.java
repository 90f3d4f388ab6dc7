package cn.diaodu.analysis;

import java.util.Collection;
import java.util.Set;

import cn.diaodu.project.Project;

/**
 * The extension point of the ledger's procedure filters (手续齐备待开工, 手续逾期): the module of the preliminary
 * procedures implements it as a bean (docs/figures.md §10 (前期手续)), so that the analysis module does not depend on it (that
 * module implements the bulletin's {@code ProcedureOverview} too, and the bulletin depends on the analysis). Without
 * such a bean neither filter keeps a project.
 */
public interface LedgerProcedures {

    /** The projects among {@code projects} that are ready to start at the end of month M of year Y. */
    Set<Long> readyProjectIds(int year, int month, Collection<Project> projects);

    /** The projects among {@code ids} with a procedure overdue today. */
    Set<Long> projectsWithOverdue(Collection<Long> ids);

    /** The default: no procedures are kept. */
    LedgerProcedures NONE = new LedgerProcedures() {
        @Override
        public Set<Long> readyProjectIds(int year, int month, Collection<Project> projects) {
            return Set.of();
        }

        @Override
        public Set<Long> projectsWithOverdue(Collection<Long> ids) {
            return Set.of();
        }
    };
}
