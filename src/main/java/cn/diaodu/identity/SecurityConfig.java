package cn.diaodu.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two chains: {@code /api/**} is stateless with bearer tokens (401 and 403 as JSON); the pages use a login form,
 * a session with an idle timeout (server.servlet.session.timeout) and CSRF tokens on every form. Both send the
 * security headers of CONTRACT §16: a Content-Security-Policy without inline script, frame-ancestors 'self',
 * nosniff and a Referrer-Policy.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** No inline script anywhere (CONTRACT §16); Bootstrap and ECharts still set style attributes. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String[] API_DOCS = {"/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html"};

    static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .frameOptions(f -> f.sameOrigin())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, TokenService tokens) throws Exception {
        headers(http);
        http.securityMatcher("/api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.requestMatchers(HttpMethod.POST, "/api/auth/token").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens, r -> true), UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> json(res, 401, "unauthorized"))
                        .accessDeniedHandler((req, res, ex) -> json(res, 403, "forbidden")));
        return http.build();
    }

    /**
     * The pages: the login form on {@link FormSignIn} (no other provider, so a locked account has no way round),
     * {@link SessionGuard} on every request; the OpenAPI description and Swagger UI for signed-in users (a session
     * or a bearer token; 401 without), unless {@code diaodu.api-docs.public=true}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, FormSignIn form, Credentials credentials, TokenService tokens,
            @Value("${diaodu.api-docs.public:false}") boolean apiDocsPublic) throws Exception {
        headers(http);
        var docs = PathPatternRequestMatcher.withDefaults();
        RequestMatcher apiDocs = new OrRequestMatcher(java.util.Arrays.stream(API_DOCS)
                .map(docs::matcher).map(RequestMatcher.class::cast).toList());
        http.authorizeHttpRequests(a -> {
                    a.requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                            "/actuator/health", "/actuator/health/**").permitAll();
                    if (apiDocsPublic) {
                        a.requestMatchers(apiDocs).permitAll();
                    }
                    a.anyRequest().authenticated();
                })
                .authenticationManager(new ProviderManager(form))
                .formLogin(f -> f.loginPage("/login").successHandler(form.successHandler())
                        .failureHandler(form.failureHandler()).permitAll())
                .logout(l -> l.logoutUrl("/logout").addLogoutHandler(form.auditLogout())
                        .logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.invalidSessionUrl("/login?expired"))
                .addFilterBefore(new BearerTokenFilter(tokens, apiDocs::matches),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new SessionGuard(credentials), AuthorizationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint(docs)));
        return http.build();
    }

    /** The OpenAPI description answers 401 (JSON) without a sign-in; every other page leads to the login form. */
    private static AuthenticationEntryPoint entryPoint(PathPatternRequestMatcher.Builder docs) {
        var map = new java.util.LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        map.put(new OrRequestMatcher(docs.matcher("/v3/api-docs"), docs.matcher("/v3/api-docs/**")),
                (req, res, ex) -> json(res, 401, "unauthorized"));
        var delegating = new DelegatingAuthenticationEntryPoint(map);
        delegating.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"));
        return delegating;
    }

    static void json(HttpServletResponse res, int status, String error) throws IOException {
        res.setStatus(status);
        res.setContentType("application/json");
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        res.getWriter().write("{\"error\":\"" + error + "\"}");
    }

    /** Reads {@code Authorization: Bearer <token>}; without a valid token the request stays anonymous (401). */
    static final class BearerTokenFilter extends OncePerRequestFilter {
        private final TokenService tokens;
        private final java.util.function.Predicate<HttpServletRequest> applies;

        BearerTokenFilter(TokenService tokens, java.util.function.Predicate<HttpServletRequest> applies) {
            this.tokens = tokens;
            this.applies = applies;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !applies.test(request);
        }

        @Override
        protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                throws ServletException, IOException {
            String header = req.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                tokens.resolve(header.substring(7).trim()).ifPresent(p -> {
                    var auth = UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities());
                    SecurityContextHolder.getContext().setAuthentication(auth);
                });
            }
            chain.doFilter(req, res);
        }
    }
}
