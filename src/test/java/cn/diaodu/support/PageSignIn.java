package cn.diaodu.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signing in through the login form as a person does (CONTRACT §16): a password set by the administrator (every test
 * user's {@link ApiTest#PASSWORD}) must be changed first, so the first page sign-in of a user goes through
 * {@code /account/password} and changes it to {@link #CHANGED}; the helpers remember it and use it afterwards (for
 * later sign-ins, pages and API tokens alike).
 */
public final class PageSignIn {
    /** The password a test user chooses at its first page sign-in: meets the policy. */
    public static final String CHANGED = "Changed-pw-2";
    private static final Map<String, String> CURRENT = new ConcurrentHashMap<>();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private PageSignIn() {
    }

    /** The user's password now: the one it changed to at a page sign-in, else {@code given}. */
    public static String password(String username, String given) {
        return CURRENT.getOrDefault(username, given);
    }

    /** Remembers that {@code username} changed its password to {@code password} (the browser's change page). */
    public static void changed(String username, String password) {
        CURRENT.put(username, password);
    }

    /**
     * Signs in with the form on {@code http} (which keeps cookies and follows no redirect) and, when the sign-in leads
     * to the change of the password, changes it. Returns the answer to the login form (302).
     */
    public static HttpResponse<String> login(HttpClient http, String base, String username, String given) {
        String password = password(username, given);
        HttpResponse<String> page = send(http, HttpRequest.newBuilder(URI.create(base + "/login")).GET());
        HttpResponse<String> r = post(http, base + "/login", Map.of("username", username, "password", password),
                csrf(page.body()));
        if (r.statusCode() == 302 && r.headers().firstValue("Location").orElse("").endsWith("/account/password")) {
            HttpResponse<String> form = send(http, HttpRequest.newBuilder(URI.create(base + "/account/password")).GET());
            assertThat(form.statusCode()).as("the change of the password of %s", username).isEqualTo(200);
            HttpResponse<String> done = post(http, base + "/account/password", Map.of("currentPassword", password,
                    "newPassword", CHANGED, "confirmPassword", CHANGED), csrf(form.body()));
            assertThat(done.statusCode()).as("password of %s changed: %s", username, done.body()).isEqualTo(302);
            assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("/account/password");
            changed(username, CHANGED);
        }
        return r;
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("csrf in the form").isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> post(HttpClient http, String url, Map<String, String> fields, String csrf) {
        StringBuilder form = new StringBuilder("_csrf=").append(enc(csrf));
        fields.forEach((k, v) -> form.append('&').append(k).append('=').append(enc(v)));
        return send(http, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
