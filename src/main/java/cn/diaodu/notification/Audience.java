package cn.diaodu.notification;

import java.util.EnumSet;
import java.util.Set;

import cn.diaodu.identity.Role;

/**
 * Who reads an office's notice: the project office, the supervision office, or both (one notice, so that the group
 * robot and a user holding both roles hear of it once).
 */
enum Audience {
    DISPATCHER(EnumSet.of(Role.DISPATCHER)), SUPERVISOR(EnumSet.of(Role.SUPERVISOR)),
    OFFICES(EnumSet.of(Role.DISPATCHER, Role.SUPERVISOR));

    private final Set<Role> roles;

    Audience(Set<Role> roles) {
        this.roles = roles;
    }

    Set<Role> roles() {
        return roles;
    }

    /** The audiences whose notices a user with {@code roles} reads. */
    static java.util.List<String> readBy(Set<Role> userRoles) {
        return java.util.Arrays.stream(values()).filter(a -> a.roles.stream().anyMatch(userRoles::contains))
                .map(Enum::name).toList();
    }
}
