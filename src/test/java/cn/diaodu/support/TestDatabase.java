package cn.diaodu.support;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of a test run. {@code -Ddiaodu.test.db=h2} (the default): a fresh in-memory H2 database per
 * application context. {@code -Ddiaodu.test.db=postgresql}: one throw-away database on the PostgreSQL server at
 * 127.0.0.1:5432 (user postgres, trust auth), created for this JVM and dropped when it ends. Prints which one.
 */
public class TestDatabase implements EnvironmentPostProcessor {
    public static final String HOST = System.getProperty("diaodu.test.pg-host", "127.0.0.1");
    public static final int PORT = Integer.getInteger("diaodu.test.pg-port", 5432);
    private static String postgresUrl;

    public static boolean wantsPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("diaodu.test.db", "h2"));
    }

    public static boolean postgresReachable() {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(HOST, PORT), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication app) {
        if (!env.acceptsProfiles(org.springframework.core.env.Profiles.of("test"))) {
            return;
        }
        Map<String, Object> props = new HashMap<>();
        if (wantsPostgres()) {
            props.put("spring.datasource.url", postgres());
            props.put("spring.datasource.username", "postgres");
            props.put("spring.datasource.password", "");
        } else {
            String url = "jdbc:h2:mem:diaodu-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            props.put("spring.datasource.url", url);
            System.out.println("[diaodu-test] database: H2 in-memory " + url);
        }
        env.getPropertySources().addFirst(new MapPropertySource("diaodu-test-database", props));
    }

    private static synchronized String postgres() {
        if (postgresUrl != null) {
            return postgresUrl;
        }
        String name = "diaodu_test_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
        String admin = "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres";
        try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            String version = "";
            try (ResultSet rs = st.executeQuery("show server_version")) {
                if (rs.next()) {
                    version = rs.getString(1);
                }
            }
            postgresUrl = "jdbc:postgresql://" + HOST + ":" + PORT + "/" + name;
            System.out.println("[diaodu-test] database: PostgreSQL " + version + " " + postgresUrl);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test database on PostgreSQL at " + admin, e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                    Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            } catch (Exception ignored) {
                // the server may already be gone; the name is unique, nothing else uses it
            }
        }));
        return postgresUrl;
    }
}
