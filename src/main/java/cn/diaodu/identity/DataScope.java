package cn.diaodu.identity;

import java.util.Collection;
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

    /**
     * Whether {@code admin} administers a user placed on {@code regionCode} with {@code unitId} and {@code roles}: an
     * administrator without a region administers everyone; one bounded to a region, the users bounded to that
     * region or below it, and the reporters without a region whose unit lies there. Unknown regions and units,
     * and role names that are not roles, count as administered, so that validation answers them (422).
     */
    public boolean administers(CurrentUser admin, String regionCode, Long unitId, Collection<String> roles) {
        if (admin.regionCode() == null) {
            return true;
        }
        var tree = organisation.regionTree();
        if (regionCode != null && !regionCode.isBlank()) {
            String code = regionCode.trim();
            return !tree.contains(code) || tree.isWithin(code, admin.regionCode());
        }
        boolean reporterOnly = roles != null && !roles.isEmpty()
                && roles.stream().allMatch(r -> r == null || !isRole(r) || Role.valueOf(r.trim()) == Role.REPORTER);
        if (!reporterOnly || unitId == null) {
            return roles == null || roles.isEmpty() || (reporterOnly && unitId == null);
        }
        return organisation.unit(unitId)
                .map(u -> u.regionCode() != null && tree.isWithin(u.regionCode(), admin.regionCode()))
                .orElse(true);
    }

    /** 403 unless {@code admin} administers that user (see {@link #administers}). */
    public void requireAdministers(CurrentUser admin, String regionCode, Long unitId, Collection<String> roles) {
        if (!administers(admin, regionCode, unitId, roles)) {
            throw new ForbiddenException("the user lies outside the administrator's region " + admin.regionCode());
        }
    }

    public boolean administers(CurrentUser admin, UserService.UserView u) {
        return administers(admin, u.regionCode(), u.unitId(), u.roles().stream().map(Role::name).toList());
    }

    /** The user, or 403 when the signed-in administrator is bounded to a region that does not hold the user. */
    public UserService.UserView administered(UserService.UserView u) {
        if (!administers(CurrentUsers.get(), u)) {
            throw new ForbiddenException("user " + u.id());
        }
        return u;
    }

    private static boolean isRole(String name) {
        try {
            Role.valueOf(name.trim());
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void require(CurrentUser user, String regionCode) {
        if (!covers(user, regionCode)) {
            throw new ForbiddenException("region " + regionCode + " is outside the user's scope");
        }
    }
}
