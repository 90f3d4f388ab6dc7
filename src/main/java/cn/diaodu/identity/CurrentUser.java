package cn.diaodu.identity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person: roles, the unit a reporter reports for, and the region that bounds what the user sees
 * ({@code regionCode} null: the whole system).
 */
public record CurrentUser(long id, String username, String displayName, Set<Role> roles, Long unitId,
        String regionCode) implements Serializable {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (Role r : any) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}
