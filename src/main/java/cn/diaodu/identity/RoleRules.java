package cn.diaodu.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;

/**
 * The three administrators kept apart (CONTRACT §16): {@code ADMIN} (系统管理员), {@code SECURITY_ADMIN} (安全管理员)
 * and {@code AUDITOR} (审计管理员). Nobody holds two of them (422 on {@code roles}); only a security administrator
 * grants or removes one of them, or changes anything of a user who holds one (password, lock, status, region);
 * while no enabled security administrator exists, the first administrator {@code admin} may too, to set the
 * system up. An {@code ADMIN} manages the other users.
 */
@Component
class RoleRules {
    static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.ADMIN, Role.SECURITY_ADMIN, Role.AUDITOR);
    static final String FIRST_ADMINISTRATOR = "admin";

    private final JdbcClient jdbc;
    private final PasswordPolicy texts;

    RoleRules(JdbcClient jdbc, PasswordPolicy texts) {
        this.jdbc = jdbc;
        this.texts = texts;
    }

    /** 422 on {@code roles} when the roles hold two of the three administrators. */
    void checkSeparated(Set<Role> roles, List<FieldError> errors) {
        if (roles.stream().filter(ADMINISTRATORS::contains).count() > 1) {
            errors.add(FieldError.of("roles", "role.separated"));
        }
    }

    /** True when {@code actor} may act as the security administrator: one, or the first administrator at setup. */
    boolean actsAsSecurityAdmin(CurrentUser actor) {
        if (actor.has(Role.SECURITY_ADMIN)) {
            return true;
        }
        return actor.has(Role.ADMIN) && FIRST_ADMINISTRATOR.equals(actor.username()) && !securityAdminExists();
    }

    boolean securityAdminExists() {
        return jdbc.sql("select count(*) from user_role r join app_user u on u.id = r.user_id "
                + "where r.role = ? and u.enabled = true").param(Role.SECURITY_ADMIN.name()).query(Integer.class)
                .single() > 0;
    }

    /**
     * 403 unless {@code actor} may give a user with roles {@code before} (empty for a new user) the roles
     * {@code after}: an administrator's role granted or removed, or a user holding one changed, needs the security
     * administrator; anything else an ADMIN or a security administrator.
     */
    void requireMayManage(CurrentUser actor, Set<Role> before, Set<Role> after) {
        if (!actor.hasAny(Role.ADMIN, Role.SECURITY_ADMIN)) {
            throw new ForbiddenException("not an administrator of users");
        }
        if (touchesAdministrators(before, after) && !actsAsSecurityAdmin(actor)) {
            throw new ForbiddenException("only a security administrator manages ADMIN, SECURITY_ADMIN and AUDITOR");
        }
    }

    /** Whether the roles a form may offer include the administrators' roles for {@code actor}. */
    boolean mayGrantAdministrators(CurrentUser actor) {
        return actsAsSecurityAdmin(actor);
    }

    static boolean touchesAdministrators(Set<Role> before, Set<Role> after) {
        return before.stream().anyMatch(ADMINISTRATORS::contains) || after.stream().anyMatch(ADMINISTRATORS::contains);
    }

    /** The signed-in user, or empty for the application itself (the first administrator, a seeder). */
    static Optional<CurrentUser> actor() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof DiaoduPrincipal p ? Optional.of(p.user())
                : Optional.empty();
    }

    /** The valid role names of the input, for the role rules before the other checks (403 before 422). */
    static Set<Role> rolesOf(java.util.Collection<String> names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String r : names) {
                try {
                    roles.add(Role.valueOf(r == null ? "" : r.trim()));
                } catch (IllegalArgumentException e) {
                    // refused with 422 by validateRest
                }
            }
        }
        return roles;
    }

}
