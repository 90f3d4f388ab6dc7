package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.diaodu.support.PageSignIn;

/** A browser-like session for the page tests: cookies kept, redirects not followed, forms posted with the CSRF token. */
final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private String csrf;

    PageSession(int port, String username, String password) {
        this.base = "http://localhost:" + port;
        HttpResponse<String> r = PageSignIn.login(http, base, username, password);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** GET a page (200 expected); remembers its CSRF token for the next post. */
    String page(String path) {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return r.body();
    }

    /** POST a form (fields as name, value, name, value…); returns the answer without following it. */
    HttpResponse<String> post(String path, List<String> fields) {
        StringBuilder form = new StringBuilder("_csrf=").append(enc(csrf));
        for (int i = 0; i + 1 < fields.size(); i += 2) {
            form.append('&').append(enc(fields.get(i))).append('=').append(enc(fields.get(i + 1)));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** POST a form and follow its redirect: the page it leads to. */
    String postAndFollow(String path, List<String> fields) {
        HttpResponse<String> r = post(path, fields);
        assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isEqualTo(302);
        return page(location(r));
    }

    /** The path (with its query) a redirect leads to. */
    static String location(HttpResponse<String> r) {
        URI to = URI.create(r.headers().firstValue("Location").orElseThrow());
        return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
    }

    static Map<String, String> query(String pathAndQuery) {
        java.util.LinkedHashMap<String, String> out = new java.util.LinkedHashMap<>();
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            for (String kv : pathAndQuery.substring(q + 1).split("&")) {
                String[] p = kv.split("=", 2);
                out.put(p[0], p.length > 1 ? java.net.URLDecoder.decode(p[1], StandardCharsets.UTF_8) : "");
            }
        }
        return out;
    }

    private HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
