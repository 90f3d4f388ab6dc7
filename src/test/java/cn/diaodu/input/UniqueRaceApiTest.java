package cn.diaodu.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * A unique key taken by a concurrent creation answers 409 (or 422 naming the field), never 500: twenty concurrent
 * creations of one user name, region code, project code or period give exactly one 201.
 */
class UniqueRaceApiTest extends ApiTest {
    private static final int N = 20;

    @Test
    void concurrentCreationsOfOneKeyGiveOneCreated() throws Exception {
        World w = world();
        Api admin = admin();
        Api dispatcher = as(w.dispatcher);
        String pp = w.province.substring(0, 2);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", "race" + pp);
        user.put("password", PASSWORD);
        user.put("displayName", "并发用户");
        user.put("roles", List.of("REPORTER"));
        user.put("unitId", w.unitA);
        once(() -> admin.post("/api/users", user), "username");
        assertThat(admin.get("/api/users").text().split("\"race" + pp + "\"", -1)).hasSize(2);

        once(() -> admin.post("/api/regions", region(pp + "0500", "并发市", "CITY", w.province)), "code");
        assertThat(ok(admin.get("/api/regions/" + pp + "0500")).get("name").asText()).isEqualTo("并发市");

        Map<String, Object> project = new LinkedHashMap<>(project("并发项目" + pp, w.countyA, w.unitA, null, "100"));
        project.put("code", "RACE-" + pp);
        once(() -> dispatcher.post("/api/projects", project), "code");
        assertThat(dispatcher.get("/api/projects?year=2024").text().split("RACE-" + pp, -1)).hasSize(2);

        String period = "20" + pp + "-05";
        once(() -> dispatcher.post("/api/periods", Map.of("period", period, "opensAt", "20" + pp
                + "-05-25T00:00:00+08:00", "deadline", "20" + pp + "-06-05T18:00:00+08:00")), "period");
    }

    /** Runs the creation N times at once: one 201, the others 409 or 422 naming {@code field}. */
    private static void once(Supplier<Api.Res> create, String field) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(N);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Res>> futures = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                Callable<Api.Res> c = () -> {
                    start.await();
                    return create.get();
                };
                futures.add(pool.submit(c));
            }
            start.countDown();
            int created = 0;
            for (Future<Api.Res> f : futures) {
                Api.Res r = f.get();
                assertThat(r.status()).as("%s", r).isIn(201, 409, 422);
                if (r.status() == 201) {
                    created++;
                } else if (r.status() == 422) {
                    invalid(r, field);
                } else {
                    assertThat(r.text()).as("%s", r).contains(field);
                }
            }
            assertThat(created).as(field).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
