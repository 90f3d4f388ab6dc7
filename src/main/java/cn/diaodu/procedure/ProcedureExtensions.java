package cn.diaodu.procedure;

import java.util.Collection;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.analysis.LedgerProcedures;
import cn.diaodu.bulletin.ProcedureOverview;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/** Fills the extension points of the ledger's filters and of the bulletin's sentence, from {@link ProcedureFigures}. */
@Component
class ProcedureExtensions implements LedgerProcedures, ProcedureOverview {
    private final ProcedureFigures figures;
    private final ProjectService projects;

    ProcedureExtensions(ProcedureFigures figures, ProjectService projects) {
        this.figures = figures;
        this.projects = projects;
    }

    @Override
    public Set<Long> readyProjectIds(int year, int month, Collection<Project> ps) {
        return figures.readyProjectIds(year, month, ps);
    }

    @Override
    public Set<Long> projectsWithOverdue(Collection<Long> ids) {
        return figures.projectsWithOverdue(ids);
    }

    @Override
    public Overview overview(int year, int month, Set<Long> projectIds) {
        ProcedureFigures.Overview o = figures.overview(year, month, projects.byIds(projectIds).values());
        return new Overview(o.projects(), o.inProcedures(), o.ready());
    }
}
