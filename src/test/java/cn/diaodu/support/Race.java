package cn.diaodu.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/** Starts calls together (a latch releases them at once) and answers their results in the order of the calls. */
public final class Race {
    private Race() {
    }

    public static List<Api.Res> together(int n, IntFunction<Api.Res> call) {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch ready = new CountDownLatch(n);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Api.Res>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.apply(k);
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<Api.Res> out = new ArrayList<>();
            for (Future<Api.Res> f : futures) {
                out.add(f.get(120, TimeUnit.SECONDS));
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many of the answers have the status. */
    public static long count(List<Api.Res> answers, int status) {
        return answers.stream().filter(r -> r.status() == status).count();
    }
}
