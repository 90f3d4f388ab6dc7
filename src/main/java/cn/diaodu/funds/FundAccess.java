package cn.diaodu.funds;

import org.springframework.stereotype.Component;

import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;

/**
 * Who may do what with fund applications (docs/ARCHITECTURE.md, "Higher-level funds"). An application lies in the
 * region of its linked project, else of its responsible unit; the region scope of CONTRACT §3 applies to it. The
 * project office (DISPATCHER) reads and writes those of its region; LEADER and SUPERVISOR read them; a REPORTER reads,
 * enters and advances those of its own unit (the unit prepares its applications); nobody else sees any.
 */
@Component
public class FundAccess {
    private final DataScope scope;

    FundAccess(DataScope scope) {
        this.scope = scope;
    }

    /** Roles that read every application of their region. */
    public static boolean readsRegion(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.LEADER, Role.SUPERVISOR);
    }

    /** Whether the user reads any application at all. */
    public static boolean readsAny(CurrentUser u) {
        return readsRegion(u) || ownUnitReporter(u);
    }

    /** Whether the user enters or advances any application at all. */
    public static boolean writesAny(CurrentUser u) {
        return u.has(Role.DISPATCHER) || ownUnitReporter(u);
    }

    private static boolean ownUnitReporter(CurrentUser u) {
        return u.has(Role.REPORTER) && u.unitId() != null;
    }

    public boolean canRead(CurrentUser u, long unitId, String regionCode) {
        if (!scope.covers(u, regionCode)) {
            return false;
        }
        return readsRegion(u) || ownUnit(u, unitId);
    }

    public boolean canRead(CurrentUser u, FundApplication a) {
        return canRead(u, a.responsibleUnitId(), a.regionCode());
    }

    /** Enters, edits and advances: a dispatcher whose region covers it, or a reporter of the responsible unit. */
    public boolean canWrite(CurrentUser u, long unitId, String regionCode) {
        return scope.covers(u, regionCode) && (u.has(Role.DISPATCHER) || ownUnit(u, unitId));
    }

    public boolean canWrite(CurrentUser u, FundApplication a) {
        return canWrite(u, a.responsibleUnitId(), a.regionCode());
    }

    private static boolean ownUnit(CurrentUser u, long unitId) {
        return u.has(Role.REPORTER) && u.unitId() != null && u.unitId() == unitId;
    }
}
