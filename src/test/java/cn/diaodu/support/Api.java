package cn.diaodu.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

/** A small HTTP client for the API over a real socket: JSON in, status and JSON out. */
public final class Api {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private volatile String token;
    private final java.util.function.Supplier<String> renew;

    public Api(String base, String token) {
        this(base, token, null);
    }

    private Api(String base, String token, java.util.function.Supplier<String> renew) {
        this.base = base;
        this.token = token;
        this.renew = renew;
    }

    public Api as(String token) {
        return new Api(base, token);
    }

    /**
     * The same client, signing in again when a call answers 401 and {@code renew} gives a new token (null: none).
     * A user's first page sign-in changes the password an administrator set and so ends its tokens (CONTRACT §16);
     * a client of that user then signs in again with the new password, as an integration would.
     */
    public Api renewing(java.util.function.Supplier<String> renew) {
        return new Api(base, token, renew);
    }

    /** An HTTP answer: the status and the body as JSON (NullNode when empty or not JSON). */
    public record Res(int status, JsonNode body, String text) {
        public JsonNode get(String field) {
            return body.get(field);
        }

        public long id() {
            return body.get("id").asLong();
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    public Res get(String path) {
        return send("GET", path, null);
    }

    public Res post(String path, Object body) {
        return send("POST", path, body);
    }

    public Res put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Res send(String method, String path, Object body) {
        Res r = sendOnce(method, path, body);
        if (r.status() == 401 && renew != null && token != null) {
            String fresh = renew.get();
            if (fresh != null) {
                token = fresh;
                return sendOnce(method, path, body);
            }
        }
        return r;
    }

    private Res sendOnce(String method, String path, Object body) {
        try {
            String payload = body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                    .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
            if (payload != null) {
                b.header("Content-Type", "application/json");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node;
            try {
                node = r.body() == null || r.body().isBlank() ? NullNode.instance : JSON.readTree(r.body());
            } catch (IOException notJson) {
                node = NullNode.instance;
            }
            return new Res(r.statusCode(), node, r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }
}
