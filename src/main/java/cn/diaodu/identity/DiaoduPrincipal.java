package cn.diaodu.identity;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A Spring Security user that carries the {@link CurrentUser}. */
public class DiaoduPrincipal extends User {
    private final CurrentUser user;

    DiaoduPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
        super(user.username(), passwordHash, enabled, true, true, true,
                user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        this.user = user;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public boolean equals(Object o) {
        return super.equals(o);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }

    static List<SimpleGrantedAuthority> authorities(CurrentUser u) {
        return u.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }
}
