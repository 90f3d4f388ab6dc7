package cn.diaodu.bench;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The performance harness of issue 4 ({@code bench/run [N]}): generates a city of N projects with twelve months of
 * reports, starts the packaged application against it as a separate process, and measures over HTTP the median
 * time of the summary, the project list and a report submission, each against its floor: the same answer from one
 * plain SQL statement over the same rows through JDBC. Prints
 * {@code BENCH <name> n=<N> median_ms=<x> floor_ms=<y> ratio=<x/y>}.
 *
 * <p>Database: an embedded H2 file database under target/bench, or, when {@code SPRING_DATASOURCE_URL} names a
 * PostgreSQL server, a database {@code diaodu_bench_<N>} created on that server for the run and dropped after it.
 */
public final class BenchRunner {
    static final int YEAR = 2025;
    static final int MONTH = 12;
    static final int RUNS = Integer.getInteger("bench.runs", 15);
    static final int WARMUP = Integer.getInteger("bench.warmup", 5);
    static final int SUBMITS = Integer.getInteger("bench.submits", 200);
    /** Report PUTs (and floor updates) before the measured ones, so that both run compiled code, as in service. */
    static final int SUBMIT_WARMUP = Integer.getInteger("bench.submit-warmup", 8000);
    /** Only these measurements (comma-separated names), for working on one of them; all by default. */
    static final String ONLY = System.getProperty("bench.only", "summary,projects,submit");

    private final int n;
    private final String url;
    private final String user;
    private final String password;
    private final Runnable dropDatabase;
    // HTTP/1.1 as a browser or a script talks to the application; without it every new connection first offers h2c
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private String base;
    private String token;

    private BenchRunner(int n, String url, String user, String password, Runnable dropDatabase) {
        this.n = n;
        this.url = url;
        this.user = user;
        this.password = password;
        this.dropDatabase = dropDatabase;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String pg = System.getenv("SPRING_DATASOURCE_URL");
        BenchRunner runner;
        if (pg != null && pg.startsWith("jdbc:postgresql:")) {
            String server = pg.replaceAll("(jdbc:postgresql://[^/]+)/.*", "$1");
            String user = env("SPRING_DATASOURCE_USERNAME", "postgres");
            String pw = env("SPRING_DATASOURCE_PASSWORD", "");
            String name = "diaodu_bench_" + n;
            try (Connection c = DriverManager.getConnection(server + "/postgres", user, pw);
                    Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            }
            runner = new BenchRunner(n, server + "/" + name, user, pw, () -> {
                try (Connection c = DriverManager.getConnection(server + "/postgres", user, pw);
                        Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (SQLException e) {
                    System.err.println("could not drop " + name + ": " + e.getMessage());
                }
            });
        } else {
            Path dir = Path.of("target", "bench", "h2-" + n).toAbsolutePath();
            deleteTree(dir);
            Files.createDirectories(dir);
            runner = new BenchRunner(n, "jdbc:h2:file:" + dir.resolve("diaodu") + ";AUTO_SERVER=TRUE", "sa", "",
                    () -> { });
        }
        runner.run();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null ? fallback : v;
    }

    private void run() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        Process app = startApp(port);
        try {
            waitForHealth(app);
            long t0 = System.nanoTime();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                new CityGenerator(c, n, YEAR).generate();
            }
            System.out.printf("# generated %d projects with %d months of reports in %.1f s on %s%n", n, MONTH,
                    (System.nanoTime() - t0) / 1e9, url.startsWith("jdbc:h2") ? "H2 (embedded in the app)" : url);
            token = login();
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                measure(c);
            }
        } finally {
            app.destroy();
            app.waitFor();
            dropDatabase.run();
        }
    }

    private Process startApp(int port) throws IOException {
        File jar = new File("target/diaodu.jar");
        if (!jar.exists()) {
            throw new IllegalStateException("target/diaodu.jar is missing: run mvn -DskipTests package first");
        }
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + "/bin/java",
                "-Xmx" + System.getProperty("bench.app-heap", "1g"), "-jar", jar.getPath());
        pb.environment().put("SERVER_PORT", String.valueOf(port));
        pb.environment().put("SPRING_DATASOURCE_URL", url);
        pb.environment().put("SPRING_DATASOURCE_USERNAME", user);
        pb.environment().put("SPRING_DATASOURCE_PASSWORD", password);
        pb.environment().put("DIAODU_DEMO", "false");
        pb.environment().put("DIAODU_ADMIN_PASSWORD", "bench-admin-pw");
        pb.environment().put("DIAODU_TODAY", YEAR + "-12-20");
        pb.environment().put("LOGGING_LEVEL_ROOT", "WARN");
        pb.redirectErrorStream(true);
        pb.redirectOutput(new File("target/bench-app.log"));
        return pb.start();
    }

    private void waitForHealth(Process app) throws Exception {
        for (int i = 0; i < 240; i++) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped; see target/bench-app.log");
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not become healthy");
    }

    private String login() throws Exception {
        HttpResponse<String> r = send("POST", "/api/auth/token",
                "{\"username\":\"admin\",\"password\":\"bench-admin-pw\"}", null);
        String body = r.body();
        int i = body.indexOf("\"token\":\"") + 9;
        return body.substring(i, body.indexOf('"', i));
    }

    private HttpResponse<String> send(String method, String path, String json, String bearer) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json");
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " → " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    private void measure(Connection c) throws Exception {
        if (ONLY.contains("summary")) {
            String summary = "/api/analysis/summary?year=" + YEAR + "&month=" + MONTH + "&groupBy=REGION";
            report("summary", median(() -> timed(() -> send("GET", summary, null, token))),
                    median(() -> timed(() -> query(c, FloorSql.summary()))));
        }
        if (ONLY.contains("projects")) {
            String projects = "/api/analysis/projects?year=" + YEAR + "&month=" + MONTH;
            report("projects", median(() -> timed(() -> send("GET", projects, null, token))),
                    median(() -> timed(() -> query(c, FloorSql.projects()))));
        }
        if (ONLY.contains("submit")) {
            measureSubmit(c);
        }
    }

    /**
     * One report PUT per project over HTTP against one single-row update through JDBC, each a new value for an
     * existing month. The first {@link #SUBMIT_WARMUP} of each go to a separate set of projects and are not counted.
     */
    private void measureSubmit(Connection c) throws Exception {
        int warmProjects = Math.min(100, Math.max(1, n - 2 * SUBMITS));
        List<Long> ids = new ArrayList<>();
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select id from project order by id")) {
            while (rs.next() && ids.size() < 2 * SUBMITS + warmProjects) {
                ids.add(rs.getLong(1));
            }
        }
        if (ids.size() < 2 * SUBMITS + warmProjects) {
            throw new IllegalStateException("submit needs at least " + (2 * SUBMITS + warmProjects) + " projects");
        }
        List<Long> warm = ids.subList(2 * SUBMITS, ids.size());
        Random random = new Random(7);
        for (int i = 0; i < SUBMIT_WARMUP; i++) {
            putReport(warm.get(i % warm.size()), random);
        }
        double[] puts = new double[SUBMITS];
        for (int i = 0; i < SUBMITS; i++) {
            long id = ids.get(i);
            puts[i] = timed(() -> putReport(id, random));
        }
        double[] floor = new double[SUBMITS];
        c.setAutoCommit(true);
        try (PreparedStatement up = c.prepareStatement(FloorSql.upsert(url.startsWith("jdbc:postgresql:")))) {
            for (int i = 0; i < SUBMIT_WARMUP; i++) {
                floorUpdate(up, warm.get(i % warm.size()), random);
            }
            for (int i = 0; i < SUBMITS; i++) {
                long id = ids.get(SUBMITS + i);
                floor[i] = timed(() -> floorUpdate(up, id, random));
            }
        }
        report("submit", median(puts), median(floor));
        // For the analysis (docs/benchmarks.md), two requests with nothing behind them: what HTTP costs on this
        // machine (the same PUT to a plain servlet on an embedded Tomcat), and what any request to the application
        // costs before it does anything (its liveness probe: the filters, Spring MVC, no database).
        try (BareServlet bare = new BareServlet()) {
            String bareUrl = bare.base() + "/api/projects/1/reports/" + YEAR + "-" + MONTH;
            double[] t = steady(() -> http.send(HttpRequest.newBuilder(URI.create(bareUrl))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"investment\":10.5}", StandardCharsets.UTF_8))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString()));
            System.out.printf("# the same PUT to a plain servlet on an embedded Tomcat: median_ms=%.2f%n", median(t));
        }
        System.out.printf("# GET /actuator/health/liveness of the application: median_ms=%.2f%n",
                median(steady(() -> send("GET", "/actuator/health/liveness", null, null))));
    }

    /** {@link #SUBMITS} timings of the request after {@link #SUBMIT_WARMUP} untimed ones. */
    private static double[] steady(Work request) {
        for (int i = 0; i < SUBMIT_WARMUP; i++) {
            timed(request);
        }
        double[] t = new double[SUBMITS];
        for (int i = 0; i < SUBMITS; i++) {
            t[i] = timed(request);
        }
        return t;
    }

    private HttpResponse<String> putReport(long projectId, Random random) throws Exception {
        String body = "{\"investment\":" + (10 + random.nextInt(900)) + ".5,\"progress\":\"基准测试\",\"workersOnSite\":"
                + random.nextInt(200) + "}";
        return send("PUT", "/api/projects/" + projectId + "/reports/" + YEAR + "-" + MONTH, body, token);
    }

    private static int floorUpdate(PreparedStatement up, long projectId, Random random) throws SQLException {
        up.setBigDecimal(1, BigDecimal.valueOf(10 + random.nextInt(900)).add(new BigDecimal("0.5")));
        up.setLong(2, projectId);
        return up.executeUpdate();
    }

    private static Object query(Connection c, String sql) throws SQLException {
        int rows = 0;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int cols = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= cols; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    @FunctionalInterface
    interface Work {
        Object run() throws Exception;
    }

    private static double timed(Work w) {
        long t = System.nanoTime();
        try {
            w.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return (System.nanoTime() - t) / 1e6;
    }

    private static double median(Supplier<Double> one) {
        for (int i = 0; i < WARMUP; i++) {
            one.get();
        }
        double[] t = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            t[i] = one.get();
        }
        return median(t);
    }

    private static double median(double[] t) {
        double[] s = t.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private void report(String name, double median, double floor) {
        System.out.printf("BENCH %s n=%d median_ms=%.2f floor_ms=%.2f ratio=%s%n", name, n, median, floor,
                BigDecimal.valueOf(median / floor).setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
