package cn.diaodu.project;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;

/**
 * Who may do what with a project (CONTRACT §3). Dispatchers, leaders and supervisors read the projects of their
 * region; a reporter reads and reports the projects whose lead unit is the reporter's unit and reads those its unit
 * cooperates on (配合部门); dispatchers edit and may also report for the projects of their region. The attraction
 * office (ATTRACTION 招商局) reads the ledger of its region, where the leads it converts become key projects.
 */
@Component
public class ProjectAccess {
    private final DataScope scope;

    public ProjectAccess(DataScope scope) {
        this.scope = scope;
    }

    /** Roles that read every project of their region. */
    public static boolean readsRegion(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.LEADER, Role.SUPERVISOR);
    }

    /** Roles that read every project of their region's ledger (the analysts and the attraction office). */
    public static boolean readsLedger(CurrentUser u) {
        return readsRegion(u) || u.has(Role.ATTRACTION);
    }

    public static boolean readsAnything(CurrentUser u) {
        return readsLedger(u) || (u.has(Role.REPORTER) && u.unitId() != null);
    }

    public boolean canRead(CurrentUser u, Project p) {
        if (!scope.covers(u, p.regionCode())) {
            return false;
        }
        return readsLedger(u) || isOwnUnit(u, p) || isCooperating(u, p);
    }

    public boolean canEdit(CurrentUser u, Project p) {
        return u.has(Role.DISPATCHER) && scope.covers(u, p.regionCode());
    }

    public boolean canReport(CurrentUser u, Project p) {
        return scope.covers(u, p.regionCode()) && (u.has(Role.DISPATCHER) || isOwnUnit(u, p));
    }

    private static boolean isOwnUnit(CurrentUser u, Project p) {
        return u.has(Role.REPORTER) && u.unitId() != null && u.unitId() == p.leadUnitId();
    }

    /** A reporter of one of the project's cooperating units (配合部门): reads the project, does not report on it. */
    private static boolean isCooperating(CurrentUser u, Project p) {
        return u.has(Role.REPORTER) && p.cooperates(u.unitId());
    }

    public void requireRead(CurrentUser u, Project p) {
        if (!canRead(u, p)) {
            throw new ForbiddenException("project " + p.id());
        }
    }

    public void requireReport(CurrentUser u, Project p) {
        if (!canReport(u, p)) {
            throw new ForbiddenException("project " + p.id());
        }
    }
}
