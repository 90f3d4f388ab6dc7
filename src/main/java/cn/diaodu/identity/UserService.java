package cn.diaodu.identity;

import static cn.diaodu.common.Checks.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.organisation.OrganisationService;

/** Users and their roles; passwords are kept only as bcrypt hashes. */
@Service
public class UserService implements UserDetailsService {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{2,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,20}");

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final OrganisationService organisation;
    private final AppClock clock;
    private final UserEvents userEvents;
    private final PasswordPolicy policy;
    private final RoleRules rules;
    private final Credentials credentials;

    UserService(JdbcClient jdbc, PasswordEncoder encoder, OrganisationService organisation, AppClock clock,
            UserEvents userEvents, PasswordPolicy policy, RoleRules rules, Credentials credentials) {
        this.userEvents = userEvents;
        this.policy = policy;
        this.rules = rules;
        this.credentials = credentials;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** A user as the API shows it: never the password. */
    public record UserView(long id, String username, String displayName, Set<Role> roles, Long unitId,
            String regionCode, boolean enabled, String email, OffsetDateTime lockedUntil) {
        /** Locked now: {@code lockedUntil} lies in the future (the API shows it only then). */
        public boolean locked() {
            return lockedUntil != null;
        }
    }

    public record UserInput(String username, String password, String displayName, List<String> roles, Long unitId,
            String regionCode, Boolean enabled, String email) {
        public UserInput(String username, String password, String displayName, List<String> roles, Long unitId,
                String regionCode, Boolean enabled) {
            this(username, password, displayName, roles, unitId, regionCode, enabled, null);
        }
    }

    private record Row(long id, String username, String hash, String displayName, Long unitId, String regionCode,
            boolean enabled, String email, OffsetDateTime lockedUntil) {
    }

    private static final String SELECT = "select id, username, password_hash, display_name, unit_id, region_code, "
            + "enabled, email, locked_until from app_user";

    private Optional<Row> row(String where, Object param) {
        return jdbc.sql(SELECT + " where " + where).param(param)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        (Long) rs.getObject(5, Long.class), rs.getString(6), rs.getBoolean(7), rs.getString(8),
                        rs.getObject(9, OffsetDateTime.class)))
                .optional();
    }

    private OffsetDateTime lockShown(OffsetDateTime until) {
        return until != null && until.isAfter(clock.now()) ? until.atZoneSameInstant(AppClock.ZONE)
                .toOffsetDateTime() : null;
    }

    private Set<Role> roles(long userId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.sql("select role from user_role where user_id = ?").param(userId).query(String.class).list()
                .forEach(r -> roles.add(Role.valueOf(r)));
        return roles;
    }

    private CurrentUser current(Row r) {
        return new CurrentUser(r.id(), r.username(), r.displayName(), Set.copyOf(roles(r.id())), r.unitId(),
                r.regionCode());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Row r = row("username = ?", username).orElseThrow(() -> new UsernameNotFoundException(username));
        return new DiaoduPrincipal(current(r), r.hash(), r.enabled());
    }

    /**
     * The user behind an API token that is known and not expired, when still enabled: one query for the token, the
     * user and its roles (every API call).
     */
    Optional<DiaoduPrincipal> principalOfToken(String tokenHash, OffsetDateTime now) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Row[] user = new Row[1];
        jdbc.sql("select u.id, u.username, u.password_hash, u.display_name, u.unit_id, u.region_code, u.enabled, "
                + "u.email, r.role from api_token t join app_user u on u.id = t.user_id "
                + "left join user_role r on r.user_id = u.id where t.token_hash = ? and t.expires_at > ?")
                .params(tokenHash, now)
                .query((rs, i) -> {
                    user[0] = new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, Long.class), rs.getString(6), rs.getBoolean(7), rs.getString(8), null);
                    if (rs.getString(9) != null) {
                        roles.add(Role.valueOf(rs.getString(9)));
                    }
                    return null;
                }).list();
        Row r = user[0];
        if (r == null || !r.enabled()) {
            return Optional.empty();
        }
        return Optional.of(new DiaoduPrincipal(new CurrentUser(r.id(), r.username(), r.displayName(), Set.copyOf(roles),
                r.unitId(), r.regionCode()), r.hash(), true));
    }

    public List<UserView> list() {
        Map<Long, Set<Role>> roles = new LinkedHashMap<>();
        jdbc.sql("select user_id, role from user_role").query((rs, i) -> {
            roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString(2)));
            return null;
        }).list();
        return jdbc.sql(SELECT + " order by id")
                .query((rs, i) -> new UserView(rs.getLong(1), rs.getString(2), rs.getString(4),
                        roles.getOrDefault(rs.getLong(1), Set.of()), (Long) rs.getObject(5, Long.class),
                        rs.getString(6), rs.getBoolean(7), rs.getString(8),
                        lockShown(rs.getObject(9, OffsetDateTime.class))))
                .list();
    }

    public UserView get(long id) {
        Row r = row("id = ?", id).orElseThrow(() -> new NotFoundException("user " + id));
        return view(r);
    }

    private UserView view(Row r) {
        return new UserView(r.id(), r.username(), r.displayName(), roles(r.id()), r.unitId(), r.regionCode(),
                r.enabled(), r.email(), lockShown(r.lockedUntil()));
    }

    /** The e-mail addresses of the enabled users of a unit, for notifications. */
    public List<String> emailsOfUnit(long unitId) {
        return jdbc.sql("select email from app_user where unit_id = ? and enabled = true and email is not null "
                + "order by id").param(unitId).query(String.class).list();
    }

    public boolean exists(String username) {
        return row("username = ?", username).isPresent();
    }

    /**
     * A user created by an administrator (the API, the page) or, without a signed-in user, by the application
     * itself: the password policy applies, the password must be changed at the first sign-in through the pages, and
     * the administrators' roles are kept apart ({@link RoleRules}).
     */
    @Transactional
    public UserView create(UserInput in) {
        Set<Role> wanted = RoleRules.rolesOf(in.roles());
        RoleRules.actor().ifPresent(a -> rules.requireMayManage(a, Set.of(), wanted));
        List<FieldError> errors = new ArrayList<>();
        checkUsername(in, errors);
        policy.check(in.username(), in.password(), "password", errors);
        return insert(in, errors, true, false);
    }

    /**
     * A demo city's account (CONTRACT §16: password {@code demo1234}, exempt from the policy and from the forced
     * change). Only the demo seeder calls it; no API or page reaches it.
     */
    @Transactional
    public UserView createDemoAccount(UserInput in) {
        List<FieldError> errors = new ArrayList<>();
        checkUsername(in, errors);
        policy.checkStorable(in.password(), "password", errors);
        return insert(in, errors, false, true);
    }

    private void checkUsername(UserInput in, List<FieldError> errors) {
        if (in.username() == null || !USERNAME.matcher(in.username()).matches()) {
            errors.add(new FieldError("username", "identity.error.2-64-letters-digits"));
        } else if (exists(in.username())) {
            errors.add(new FieldError("username", "identity.error.username-already-taken"));
        }
    }

    private UserView insert(UserInput in, List<FieldError> errors, boolean mustChange, boolean exempt) {
        Set<Role> roles = validateRest(in, errors);
        throwIfAny(errors);
        String name = blankToNull(in.displayName()) == null ? in.username() : in.displayName().trim();
        OffsetDateTime now = clock.now();
        long id = Db.insert(jdbc.sql("insert into app_user(username, password_hash, display_name, unit_id, "
                + "region_code, enabled, created_at, email, password_changed_at, must_change_password, policy_exempt) "
                + "values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(in.username(), encoder.encode(in.password()), name, in.unitId(),
                        blankToNull(in.regionCode()), in.enabled() == null || in.enabled(), now,
                        blankToNull(in.email()), now, mustChange, exempt));
        roles.forEach(r -> jdbc.sql("insert into user_role(user_id, role) values (?,?)").params(id, r.name()).update());
        UserView created = get(id);
        userEvents.created(created);
        return created;
    }

    /**
     * Changes a user: the fields, the roles (kept apart, {@link RoleRules}), a reset password (the policy; to be
     * changed at the next sign-in), enabling or disabling (a disabled user's tokens and sessions end).
     */
    @Transactional
    public UserView update(long id, UserInput in) {
        Row existing = row("id = ?", id).orElseThrow(() -> new NotFoundException("user " + id));
        UserView before = view(existing);
        Set<Role> wanted = RoleRules.rolesOf(in.roles());
        RoleRules.actor().ifPresent(a -> rules.requireMayManage(a, before.roles(), wanted));
        boolean reset = in.password() != null && !in.password().isEmpty();
        List<FieldError> errors = new ArrayList<>();
        if (reset) {
            policy.check(existing.username(), in.password(), "password", errors);
        }
        Set<Role> roles = validateRest(in, errors);
        throwIfAny(errors);
        String name = blankToNull(in.displayName()) == null ? existing.displayName() : in.displayName().trim();
        boolean enabled = in.enabled() == null ? existing.enabled() : in.enabled();
        jdbc.sql("update app_user set display_name = ?, unit_id = ?, region_code = ?, enabled = ?, email = ? "
                + "where id = ?")
                .params(name, in.unitId(), blankToNull(in.regionCode()), enabled,
                        in.email() == null ? existing.email() : blankToNull(in.email()), id)
                .update();
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        roles.forEach(r -> jdbc.sql("insert into user_role(user_id, role) values (?,?)").params(id, r.name()).update());
        if (reset) {
            boolean self = RoleRules.actor().map(a -> a.id() == id).orElse(false);
            credentials.store(id, in.password(), !self);
        } else if (existing.enabled() && !enabled) {
            credentials.revoke(id);
        }
        UserView updated = get(id);
        userEvents.updated(existing.username(), before, updated, reset);
        return updated;
    }

    private Set<Role> validateRest(UserInput in, List<FieldError> errors) {
        maxLength(in.displayName(), "displayName", 100, errors);
        if (blankToNull(in.email()) != null && !EMAIL.matcher(in.email().trim()).matches()) {
            errors.add(new FieldError("email", "identity.error.not-e-mail-address"));
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (in.roles() == null || in.roles().isEmpty()) {
            errors.add(new FieldError("roles", "identity.error.least-one-role"));
        } else {
            for (String r : in.roles()) {
                Role role = parseEnum(Role.class, r, "roles", errors);
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        rules.checkSeparated(roles, errors);
        if (in.unitId() != null && organisation.unit(in.unitId()).isEmpty()) {
            errors.add(new FieldError("unitId", "identity.error.unknown-unit"));
        } else if (in.unitId() == null && roles.contains(Role.REPORTER)) {
            errors.add(new FieldError("unitId", "identity.error.reporter-needs-unit"));
        }
        if (blankToNull(in.regionCode()) != null && organisation.region(in.regionCode().trim()).isEmpty()) {
            errors.add(new FieldError("regionCode", "identity.error.unknown-region"));
        }
        return roles;
    }

    /** Creates the first administrator when there is no user at all. Returns true when it did. */
    @Transactional
    public boolean createFirstAdmin(String password) {
        Integer users = jdbc.sql("select count(*) from app_user").query(Integer.class).single();
        if (users > 0) {
            return false;
        }
        long id = Db.insert(jdbc.sql("insert into app_user(username, password_hash, display_name, unit_id, "
                + "region_code, enabled, created_at, password_changed_at) values (?,?,?,?,?,?,?,?)")
                .params(RoleRules.FIRST_ADMINISTRATOR, encoder.encode(password), "系统管理员", null, null, true,
                        clock.now(), clock.now()));
        for (Role r : List.of(Role.ADMIN, Role.DISPATCHER)) {
            jdbc.sql("insert into user_role(user_id, role) values (?,?)").params(id, r.name()).update();
        }
        return true;
    }
}
