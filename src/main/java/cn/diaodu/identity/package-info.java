/**
 * Identity: users, their roles and data scope (CONTRACT §3), sign-in for people (form login, CSRF, idle timeout)
 * and bearer tokens for the API (CONTRACT §2). Depends on {@code organisation} for the region tree of a scope.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "organisation", "common" })
package cn.diaodu.identity;
