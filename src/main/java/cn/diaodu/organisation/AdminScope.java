package cn.diaodu.organisation;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;

/**
 * What an administrator may change (CONTRACT §3): one bounded to a region administers that region and the regions
 * below it, and the units placed there; one without a region administers everything. Unknown regions are left to
 * the services' validation (422), so that a typing error is not answered as a refusal.
 */
@Component
class AdminScope {
    private final OrganisationService organisation;
    private final ViewerScope viewer;

    AdminScope(OrganisationService organisation, ViewerScope viewer) {
        this.organisation = organisation;
        this.viewer = viewer;
    }

    /**
     * 403 unless the caller administers every one of {@code regionCodes} (e.g. a unit's region and the one it is
     * moved to); blank means "no region", the whole system's.
     */
    void require(String... regionCodes) {
        String scope = viewer.region();
        if (scope == null) {
            return;
        }
        RegionTree tree = organisation.regionTree();
        for (String regionCode : regionCodes) {
            String code = regionCode == null || regionCode.isBlank() ? null : regionCode.trim();
            if ((code == null || tree.contains(code)) && !tree.covers(scope, code)) {
                throw new ForbiddenException("region " + code + " is outside the administrator's region " + scope);
            }
        }
    }

    /** Where the caller's tree starts: its own region, or the tree's roots for a caller without one. */
    List<Region> roots(RegionTree tree) {
        String scope = viewer.region();
        if (scope == null) {
            return tree.roots();
        }
        return tree.contains(scope) ? List.of(tree.get(scope)) : List.of();
    }

    /** True when the caller administers (and sees) the unit. */
    boolean covers(RegionTree tree, Unit u) {
        return tree.covers(viewer.region(), u.regionCode());
    }
}
