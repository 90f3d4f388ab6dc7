package cn.diaodu.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.diaodu.common.ForbiddenException;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;

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
        return organisation.regionTree().covers(user.regionCode(), regionCode);
    }

    public boolean covers(CurrentUser user, RegionTree tree, String regionCode) {
        return tree.covers(user.regionCode(), regionCode);
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
        return admin.regionCode() == null || administers(admin.regionCode(), organisation.regionTree(),
                organisation::unit, regionCode, unitId, roles);
    }

    /** 403 unless {@code admin} administers that user (see {@link #administers}). */
    public void requireAdministers(CurrentUser admin, String regionCode, Long unitId, Collection<String> roles) {
        if (!administers(admin, regionCode, unitId, roles)) {
            throw new ForbiddenException("the user lies outside the administrator's region " + admin.regionCode());
        }
    }

    /** The user, or 403 when the signed-in administrator is bounded to a region that does not hold the user. */
    public UserService.UserView administered(UserService.UserView u) {
        if (!administers(CurrentUsers.get(), u.regionCode(), u.unitId(), roleNames(u))) {
            throw new ForbiddenException("user " + u.id());
        }
        return u;
    }

    /** The users of {@code all} that {@code admin} administers; the region tree and the units are read once. */
    public List<UserService.UserView> administeredAmong(CurrentUser admin, List<UserService.UserView> all) {
        if (admin.regionCode() == null) {
            return all;
        }
        RegionTree tree = organisation.regionTree();
        Map<Long, Unit> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, u -> u));
        return all.stream().filter(u -> administers(admin.regionCode(), tree,
                id -> Optional.ofNullable(units.get(id)), u.regionCode(), u.unitId(), roleNames(u))).toList();
    }

    private static boolean administers(String bound, RegionTree tree, Function<Long, Optional<Unit>> units,
            String regionCode, Long unitId, Collection<String> roles) {
        if (regionCode != null && !regionCode.isBlank()) {
            String code = regionCode.trim();
            return !tree.contains(code) || tree.covers(bound, code);
        }
        // a user without a region sees the whole system, unless it only reports, for a unit that places it
        if (roles == null || roles.isEmpty()) {
            return true;
        }
        if (!roles.stream().map(DataScope::role).allMatch(r -> r == null || r == Role.REPORTER)) {
            return false;
        }
        return unitId == null || units.apply(unitId).map(u -> tree.covers(bound, u.regionCode())).orElse(true);
    }

    private static List<String> roleNames(UserService.UserView u) {
        return u.roles().stream().map(Role::name).toList();
    }

    /** The role a name stands for, or null when it names none. */
    private static Role role(String name) {
        try {
            return name == null ? null : Role.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public void require(CurrentUser user, String regionCode) {
        if (!covers(user, regionCode)) {
            throw new ForbiddenException("region " + regionCode + " is outside the user's scope");
        }
    }
}
