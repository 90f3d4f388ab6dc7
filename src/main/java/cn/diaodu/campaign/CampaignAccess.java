package cn.diaodu.campaign;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;

/**
 * Who may do what in a campaign: the project office and the supervision office (the command office of a campaign)
 * organise it and work its ledger; leaders read it; a unit's reporter reads the campaigns its unit reports to, sends
 * its unit's daily reports and handles its unit's ledger items.
 */
final class CampaignAccess {
    private CampaignAccess() {
    }

    static boolean organises(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.SUPERVISOR);
    }

    static boolean reads(CurrentUser u, Campaign c) {
        return organises(u) || u.has(Role.LEADER) || isUnitOf(u, c);
    }

    static boolean isUnitOf(CurrentUser u, Campaign c) {
        return u.has(Role.REPORTER) && u.unitId() != null && c.hasUnit(u.unitId());
    }

    static boolean reportsFor(CurrentUser u, long unitId) {
        return u.has(Role.REPORTER) && u.unitId() != null && u.unitId() == unitId;
    }

    static void requireOrganiser(CurrentUser u) {
        if (!organises(u)) {
            throw new ForbiddenException("only the project or supervision office organises campaigns");
        }
    }

}
