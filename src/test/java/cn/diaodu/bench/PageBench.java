package cn.diaodu.bench;

import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bench/pages}: every page as each demo role on the demo city (issue 11, point 8). Starts the packaged
 * application on a fresh embedded H2 database with the demo city (or measures a running one, {@code -Dbench.url}),
 * signs in on the login form as each demo account, and for each page the role may open (pages that answer 403 for
 * the role are left out) prints, after {@code bench.warmup} untimed requests, the median and the maximum of
 * {@code bench.runs} timed ones, one request at a time:
 * <pre>PAGE &lt;role&gt; &lt;path&gt; status=&lt;s&gt; median_ms=&lt;x&gt; max_ms=&lt;y&gt; kb=&lt;size&gt;</pre>
 * and at the end the pages whose median is above {@code bench.limit-ms} (300). Pages with an id (a project, a problem,
 * a task, a meeting, a period) take the first one linked from their list; the project office creates one of each
 * first ({@link #seed}).
 */
public final class PageBench {
    static final int RUNS = Integer.getInteger("bench.runs", 9);
    static final int WARMUP = Integer.getInteger("bench.warmup", 3);
    static final double LIMIT_MS = Double.parseDouble(System.getProperty("bench.limit-ms", "300"));
    static final String PASSWORD = "demo1234";

    /** The demo accounts of docs/demo-city.md and the pages of the navigation (and the pages they link to). */
    static final List<String> ACCOUNTS = List.of("dispatcher", "leader", "county", "supervisor", "reporter",
            "sysadmin", "security", "auditor");
    static final List<String> PAGES = List.of("/", "/dashboard", "/screen", "/projects", "/projects/{project}",
            "/projects/new", "/projects/{project}/edit", "/reports/grid", "/reports/excel", "/periods",
            "/periods/{period}", "/review", "/bulletins", "/problems", "/problems/new", "/problems/{problem}",
            "/meetings", "/meetings/{meeting}", "/tasks", "/tasks/{task}", "/notifications", "/account/password",
            "/audit", "/admin/users", "/admin/users/new", "/admin/regions", "/admin/units", "/admin/leaders",
            "/admin/warning-rules", "/admin/calendar");

    private final String base;
    private final List<String> slow = new ArrayList<>();

    private PageBench(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("bench.url");
        if (url != null) {
            new PageBench(url).run();
            return;
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path data = Path.of("target/bench/pages/data");
        deleteTree(data);
        Process app = startApp(port, data);
        try {
            PageBench bench = new PageBench("http://127.0.0.1:" + port);
            bench.waitForHealth(app);
            bench.run();
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private static Process startApp(int port, Path data) throws IOException {
        File jar = new File(System.getProperty("bench.jar", "target/diaodu.jar"));
        if (!jar.exists()) {
            throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
        }
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java",
                "-Xmx" + System.getProperty("bench.app-heap", "1g"), "-jar", jar.getPath());
        pb.environment().put("SERVER_PORT", String.valueOf(port));
        pb.environment().put("DIAODU_DATA_DIR", data.toAbsolutePath().toString());
        pb.environment().put("DIAODU_DEMO", "true");
        String today = System.getProperty("bench.today");
        if (today != null) {
            pb.environment().put("DIAODU_TODAY", today);
        }
        pb.environment().put("LOGGING_LEVEL_ROOT", "WARN");
        pb.redirectErrorStream(true);
        Files.createDirectories(Path.of("target/bench/pages"));
        pb.redirectOutput(new File("target/bench/pages/app.log"));
        return pb.start();
    }

    private void waitForHealth(Process app) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 480; i++) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped; see target/bench/pages/app.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not become healthy");
    }

    private void run() throws Exception {
        if (System.getProperty("bench.url") == null) {
            seed();
        }
        System.out.printf(Locale.ROOT, "# %s, a first untimed pass over every page and account (cold_ms: the page's "
                + "first request), then %d warm-up and %d timed requests a page, one at a time%n", base, WARMUP, RUNS);
        java.util.Map<String, Double> cold = new java.util.HashMap<>();
        List<Session> sessions = new ArrayList<>();
        for (String account : ACCOUNTS) {
            Session s = new Session(account);
            sessions.add(s);
            for (String page : PAGES) {
                String path = s.resolve(page);
                if (path != null) {
                    long start = System.nanoTime();
                    s.get(path);
                    cold.put(account + " " + path, (System.nanoTime() - start) / 1e6);
                }
            }
        }
        for (Session s : sessions) {
            String account = s.account;
            for (String page : PAGES) {
                String path = s.resolve(page);
                if (path == null) {
                    continue;
                }
                HttpResponse<String> first = s.get(path);
                int status = first.statusCode();
                if (status == 403 || status == 302 && page.equals("/")) {
                    continue;
                }
                for (int i = 1; i < WARMUP; i++) {
                    s.get(path);
                }
                double[] t = new double[RUNS];
                for (int i = 0; i < RUNS; i++) {
                    long start = System.nanoTime();
                    s.get(path);
                    t[i] = (System.nanoTime() - start) / 1e6;
                }
                Arrays.sort(t);
                double median = t[RUNS / 2];
                System.out.printf(Locale.ROOT, "PAGE %s %s status=%d median_ms=%.1f max_ms=%.1f cold_ms=%.1f kb=%d%n",
                        account, path, status, median, t[RUNS - 1], cold.getOrDefault(account + " " + path, 0.0),
                        first.body().length() / 1024);
                if (median > LIMIT_MS || status >= 500) {
                    slow.add(account + " " + path + " (" + status + ", " + Math.round(median) + " ms)");
                }
            }
        }
        System.out.println(slow.isEmpty() ? "# every page under " + Math.round(LIMIT_MS) + " ms"
                : "# over " + Math.round(LIMIT_MS) + " ms or failing: " + String.join("; ", slow));
    }

    /**
     * The demo city has no reporting period, problem, meeting or task: the project office opens last month's period,
     * raises a problem of the first project and decides a task at a meeting, through the API, so that their pages can
     * be measured too.
     */
    private void seed() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String token = json.readTree(api(http, null, "POST", "/api/auth/token",
                "{\"username\":\"dispatcher\",\"password\":\"" + PASSWORD + "\"}")).get("token").asText();
        java.time.LocalDate today = System.getProperty("bench.today") == null
                ? java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                : java.time.LocalDate.parse(System.getProperty("bench.today"));
        java.time.YearMonth last = java.time.YearMonth.from(today).minusMonths(1);
        api(http, token, "POST", "/api/periods", "{\"period\":\"" + last + "\",\"opensAt\":\"" + last.atDay(1)
                + "T00:00:00+08:00\",\"deadline\":\"" + today.plusDays(8) + "T18:00:00+08:00\"}");
        com.fasterxml.jackson.databind.JsonNode project = json.readTree(api(http, token, "GET",
                "/api/projects?year=" + today.getYear(), null)).get(0);
        long projectId = project.get("id").asLong();
        long unit = project.get("leadUnitId").asLong();
        api(http, token, "POST", "/api/problems", "{\"projectId\":" + projectId + ",\"title\":\"征迁协调滞后\","
                + "\"category\":\"OTHER\",\"description\":\"测量用\",\"assigneeUnitId\":" + unit
                + ",\"dueWorkingDays\":5}");
        long meeting = json.readTree(api(http, token, "POST", "/api/meetings", "{\"title\":\"月度调度会\","
                + "\"type\":\"MONTHLY\",\"date\":\"" + today + "\"}")).get("id").asLong();
        api(http, token, "POST", "/api/meetings/" + meeting + "/decisions", "{\"content\":\"两周内完成征迁\","
                + "\"responsibleUnitId\":" + unit + ",\"responsiblePerson\":\"张三\",\"dueDate\":\""
                + today.plusDays(14) + "\",\"projectId\":" + projectId + "}");
    }

    private String api(HttpClient http, String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** A signed-in page session of one account. */
    private final class Session {
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        private final String account;

        Session(String account) throws Exception {
            this.account = account;
            String login = get("/login").body();
            Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + enc(account) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String to = r.headers().firstValue("Location").orElse("");
            if (r.statusCode() != 302 || to.contains("error")) {
                throw new IllegalStateException("sign-in of " + account + " failed: " + r.statusCode() + " " + to);
            }
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The page's path with its id taken from the first link of its list; null when there is none. */
        String resolve(String page) throws Exception {
            if (!page.contains("{")) {
                return page;
            }
            String kind = page.substring(page.indexOf('{') + 1, page.indexOf('}'));
            String list = switch (kind) {
                case "project" -> "/projects";
                case "period" -> "/periods";
                case "problem" -> "/problems";
                case "meeting" -> "/meetings";
                default -> "/tasks";
            };
            HttpResponse<String> r = get(list);
            if (r.statusCode() != 200) {
                return null;
            }
            String idPattern = kind.equals("period") ? "\\d{4}-\\d{2}" : "\\d+";
            Matcher m = Pattern.compile("href=\"" + Pattern.quote(list) + "/(" + idPattern + ")[\"?]")
                    .matcher(r.body());
            return m.find() ? page.replace("{" + kind + "}", m.group(1)) : null;
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
