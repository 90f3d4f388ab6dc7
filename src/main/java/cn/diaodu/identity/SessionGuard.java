package cn.diaodu.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every page request of a signed-in session: the session ends when the user's credentials version moved on (a
 * new password, a disabled account, CONTRACT §16) — the version lives in the database, so this holds across nodes
 * and whatever keeps the sessions; and while the password must be changed (set by an administrator, or expired) no
 * page but the change of the password is served.
 */
class SessionGuard extends OncePerRequestFilter {
    static final String STAMP = "diaodu.credentialsVersion";
    private static final String[] OPEN = {"/account/password", "/logout", "/login", "/webjars/", "/css/", "/js/",
            "/favicon.ico", "/error"};

    private final Credentials credentials;

    SessionGuard(Credentials credentials) {
        this.credentials = credentials;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = req.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Object stamp = session == null ? null : session.getAttribute(STAMP);
        if (stamp instanceof Integer version && auth != null && auth.getPrincipal() instanceof DiaoduPrincipal p) {
            var state = credentials.state(p.user().id());
            if (state.isEmpty() || !state.get().enabled() || state.get().version() != version) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                if (htmx(req)) {
                    res.setHeader("HX-Redirect", req.getContextPath() + "/login?expired");
                    res.setStatus(HttpServletResponse.SC_NO_CONTENT);
                } else {
                    res.sendRedirect(req.getContextPath() + "/login?expired");
                }
                return;
            }
            if (state.get().mustChange() && !open(req.getRequestURI().substring(req.getContextPath().length()))) {
                if (htmx(req)) {
                    // a fragment (the notification badge) of the change page itself: nothing until it is changed
                    res.setStatus(HttpServletResponse.SC_FORBIDDEN);
                } else {
                    res.sendRedirect(req.getContextPath() + AccountPages.PATH);
                }
                return;
            }
        }
        chain.doFilter(req, res);
    }

    private static boolean htmx(HttpServletRequest req) {
        return req.getHeader("HX-Request") != null;
    }

    private static boolean open(String path) {
        for (String o : OPEN) {
            if (o.endsWith("/") ? path.startsWith(o) : path.equals(o)) {
                return true;
            }
        }
        return false;
    }
}
