package cn.diaodu.identity;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AuditRecord;

/**
 * The login form (CONTRACT §16): the same {@link SignIn} as the token endpoint (lockout, audit); on success the
 * session remembers the user's credentials version ({@link SessionGuard}) and a password that must be changed leads
 * to {@code /account/password} first; a locked account comes back to the login page saying until when.
 */
@Component
class FormSignIn implements AuthenticationProvider {
    static final String LOCKED_UNTIL = "diaodu.lockedUntil";

    private final SignIn signIn;
    private final Credentials credentials;
    private final ApplicationEventPublisher events;

    FormSignIn(SignIn signIn, Credentials credentials, ApplicationEventPublisher events) {
        this.signIn = signIn;
        this.credentials = credentials;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String password = authentication.getCredentials() == null ? null : authentication.getCredentials().toString();
        SignIn.Result r = signIn.attempt(authentication.getName(), password);
        return switch (r.outcome()) {
            case OK -> UsernamePasswordAuthenticationToken.authenticated(r.principal(), null,
                    r.principal().getAuthorities());
            case LOCKED -> throw new LockedException(r.lockedUntilText());
            case WRONG -> throw new BadCredentialsException("wrong username or password");
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Remembers the credentials version in the session, then the saved page, or the change of a password. */
    SavedRequestAwareAuthenticationSuccessHandler successHandler() {
        var handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest req, HttpServletResponse res, Authentication auth)
                    throws ServletException, IOException {
                DiaoduPrincipal p = (DiaoduPrincipal) auth.getPrincipal();
                var state = credentials.state(p.user().id()).orElseThrow();
                req.getSession().setAttribute(SessionGuard.STAMP, state.version());
                if (state.mustChange()) {
                    clearAuthenticationAttributes(req);
                    getRedirectStrategy().sendRedirect(req, res, AccountPages.PATH);
                    return;
                }
                super.onAuthenticationSuccess(req, res, auth);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    AuthenticationFailureHandler failureHandler() {
        return (HttpServletRequest req, HttpServletResponse res, AuthenticationException e) -> {
            if (e instanceof LockedException) {
                req.getSession().setAttribute(LOCKED_UNTIL, e.getMessage());
                res.sendRedirect(req.getContextPath() + "/login?locked");
            } else {
                res.sendRedirect(req.getContextPath() + "/login?error");
            }
        };
    }

    LogoutHandler auditLogout() {
        return (req, res, auth) -> {
            if (auth != null && auth.getPrincipal() instanceof DiaoduPrincipal p) {
                events.publishEvent(AuditRecord.of("LOGOUT", "USER", p.user().id(), p.user().username()));
            }
        };
    }
}
