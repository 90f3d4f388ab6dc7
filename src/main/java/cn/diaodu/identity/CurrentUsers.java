package cn.diaodu.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import cn.diaodu.common.ForbiddenException;

/** The user of the current request. */
public final class CurrentUsers {
    private CurrentUsers() {
    }

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof DiaoduPrincipal p) {
            return p.user();
        }
        throw new ForbiddenException("not signed in");
    }
}
