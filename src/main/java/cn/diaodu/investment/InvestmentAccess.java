package cn.diaodu.investment;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;

/**
 * Who may do what with a lead (CONTRACT §12, §3). The project office (DISPATCHER) and the attraction office
 * (ATTRACTION 招商局) write the leads of their region; leaders and the supervision office read them; a reporter reads
 * the leads its unit is responsible for ("谁谈判、谁负责、谁落实"). A user with a region sees only that region and
 * the regions below it.
 */
@Component
public class InvestmentAccess {
    private final DataScope scope;

    InvestmentAccess(DataScope scope) {
        this.scope = scope;
    }

    /** Roles that write leads (in their region). */
    public static boolean writes(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.ATTRACTION);
    }

    /** Roles that read every lead of their region, and the figures. */
    public static boolean readsRegion(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.ATTRACTION, Role.LEADER, Role.SUPERVISOR);
    }

    /** Roles that read any lead at all. */
    public static boolean readsAny(CurrentUser u) {
        return readsRegion(u) || (u.has(Role.REPORTER) && u.unitId() != null);
    }

    public boolean mayWrite(CurrentUser u, String regionCode) {
        return writes(u) && scope.covers(u, regionCode);
    }

    public boolean mayRead(CurrentUser u, String regionCode, long responsibleUnitId) {
        if (!scope.covers(u, regionCode)) {
            return false;
        }
        return readsRegion(u) || (u.has(Role.REPORTER) && u.unitId() != null && u.unitId() == responsibleUnitId);
    }

    void requireRead(CurrentUser u, Investment i) {
        if (!mayRead(u, i.regionCode(), i.responsibleUnitId())) {
            throw new ForbiddenException("investment " + i.id());
        }
    }

    void requireWrite(CurrentUser u, Investment i) {
        if (!mayWrite(u, i.regionCode())) {
            throw new ForbiddenException("investment " + i.id());
        }
    }
}
