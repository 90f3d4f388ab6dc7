package cn.diaodu.identity;

import java.util.Set;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;

/** The data scope of CONTRACT §3: a user with a region sees that region and the regions below it. */
@Component
public class DataScope {
    private final OrganisationService organisation;

    public DataScope(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** True when the user may see data placed on {@code regionCode}. */
    public boolean covers(CurrentUser user, String regionCode) {
        if (user.regionCode() == null) {
            return true;
        }
        return organisation.regionTree().isWithin(regionCode, user.regionCode());
    }

    public boolean covers(CurrentUser user, RegionTree tree, String regionCode) {
        return user.regionCode() == null || tree.isWithin(regionCode, user.regionCode());
    }

    /** The region codes the user sees, or null for all. */
    public Set<String> visibleRegions(CurrentUser user) {
        return user.regionCode() == null ? null : organisation.regionTree().subtree(user.regionCode());
    }

    public void require(CurrentUser user, String regionCode) {
        if (!covers(user, regionCode)) {
            throw new ForbiddenException("region " + regionCode + " is outside the user's scope");
        }
    }
}
