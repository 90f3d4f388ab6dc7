package cn.diaodu.bulletin;

import java.util.Set;

/**
 * The extension point of the bulletin's sentence on the preliminary procedures (尚在办理前期手续X个，占X%；手续齐备待开工X个,
 * docs/figures.md §10 (前期手续)): the module of the procedures implements it as a bean; without one the bulletin leaves the
 * sentence out. The bulletin module itself knows nothing of procedures.
 */
public interface ProcedureOverview {

    /**
     * Over the bulletin's projects: how many, how many are still in their procedures (not started at the end of the
     * month and not ready), and how many are ready to start (not started, every procedure done or not needed).
     */
    record Overview(int projects, int inProcedures, int ready) {
    }

    /** The overview of year Y and month M over {@code projectIds} (the bulletin's projects, scoped). */
    Overview overview(int year, int month, Set<Long> projectIds);
}
