package cn.diaodu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import cn.diaodu.common.AppClock;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.PageSignIn;

/**
 * CONTRACT §16 over time: the lock ends after {@code diaodu.security.lock-minutes}, and a password older than
 * {@code diaodu.security.password-expiry-days} must be changed at the next page sign-in. The application's clock is
 * moved forward (its own context: only this class sees the moved clock).
 */
@Import(SignInClockTest.MovedClock.class)
class SignInClockTest extends ApiTest {
    static final AtomicReference<Duration> AHEAD = new AtomicReference<>(Duration.ZERO);

    @TestConfiguration
    static class MovedClock {
        @Bean
        @Primary
        AppClock movedClock() {
            return new AppClock("2024-07-15") {
                @Override
                public OffsetDateTime now() {
                    return super.now().plus(AHEAD.get());
                }
            };
        }
    }

    @AfterEach
    void backToToday() {
        AHEAD.set(Duration.ZERO);
    }

    private int signIn(String username, String password) {
        return anonymous().post("/api/auth/token", Map.of("username", username, "password", password)).status();
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        World w = world();
        for (int i = 0; i < 5; i++) {
            assertThat(signIn(w.countyLeaderA, "wrong-Pw-" + i)).isEqualTo(401);
        }
        assertThat(signIn(w.countyLeaderA, PASSWORD)).isEqualTo(401);
        AHEAD.set(Duration.ofMinutes(14));
        assertThat(signIn(w.countyLeaderA, PASSWORD)).as("still locked after 14 minutes").isEqualTo(401);
        AHEAD.set(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(signIn(w.countyLeaderA, PASSWORD)).as("unlocked after 15 minutes").isEqualTo(200);
    }

    @Test
    void aPasswordOlderThanNinetyDaysMustBeChangedAtTheNextPageSignIn() {
        World w = world();
        String base = "http://localhost:" + port;
        assertThat(anonymous().as(token(w.leaderUser, PASSWORD)).post("/api/auth/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "Own-choice-55")).status()).isEqualTo(204);
        PageSignIn.changed(w.leaderUser, "Own-choice-55");
        HttpResponse<String> first = PageSignIn.login(client(), base, w.leaderUser, PASSWORD);
        assertThat(first.headers().firstValue("Location").orElse("")).doesNotContain("/account/password");
        AHEAD.set(Duration.ofDays(89));
        assertThat(PageSignIn.login(client(), base, w.leaderUser, PASSWORD).headers().firstValue("Location")
                .orElse("")).doesNotContain("/account/password");
        AHEAD.set(Duration.ofDays(91));
        HttpClient http = client();
        HttpResponse<String> expired = PageSignIn.login(http, base, w.leaderUser, PASSWORD);
        assertThat(expired.headers().firstValue("Location").orElse("")).endsWith("/account/password");
        assertThat(PageSignIn.password(w.leaderUser, PASSWORD)).isEqualTo(PageSignIn.CHANGED);
        assertThat(signIn(w.leaderUser, PageSignIn.CHANGED)).isEqualTo(200);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }
}
