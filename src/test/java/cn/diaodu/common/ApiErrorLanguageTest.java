package cn.diaodu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The API's error messages follow Accept-Language (issue 11 point 7): Chinese when it is absent or names no supported
 * language, English for en*, one language at a time; a 422 and a 409 through the running application.
 */
class ApiErrorLanguageTest extends ApiTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MessageSource messages;

    private record Answer(int status, JsonNode body) {
    }

    private Answer send(String method, String path, String token, Object body, String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(Api.json().writeValueAsString(body)))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
        if (language != null) {
            b.header("Accept-Language", language);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), Api.json().readTree(r.body()));
    }

    private String zh(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private String en(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static String yearMessage(Answer a) {
        assertThat(a.status()).as("%s", a.body()).isEqualTo(422);
        for (JsonNode e : a.body().get("errors")) {
            if (e.get("field").asText().equals("year")) {
                return e.get("message").asText();
            }
        }
        throw new AssertionError("no error on year: " + a.body());
    }

    @Test
    void a422InChineseByDefaultAndInEnglishForEn() throws Exception {
        World w = world();
        String token = token(w.dispatcher, PASSWORD);
        Map<String, Object> bad = new LinkedHashMap<>(project("语言测试项目", w.countyA, w.unitA, w.leader1, "1200"));
        bad.put("year", 1999);
        String key = "project.error.year-must-2000-2100";
        assertThat(zh(key)).isEqualTo("年度应在2000到2100之间");
        assertThat(en(key)).isNotEqualTo(zh(key)).doesNotContainPattern("[\\u4e00-\\u9fff]");

        assertThat(yearMessage(send("POST", "/api/projects", token, bad, null))).isEqualTo(zh(key));
        assertThat(yearMessage(send("POST", "/api/projects", token, bad, "zh-CN,zh;q=0.9"))).isEqualTo(zh(key));
        assertThat(yearMessage(send("POST", "/api/projects", token, bad, "fr-FR"))).isEqualTo(zh(key));
        assertThat(yearMessage(send("POST", "/api/projects", token, bad, "en"))).isEqualTo(en(key));
        assertThat(yearMessage(send("POST", "/api/projects", token, bad, "en-GB,en;q=0.9,zh;q=0.8")))
                .isEqualTo(en(key));
        // the first supported language counts
        assertThat(yearMessage(send("POST", "/api/projects", token, bad, "fr;q=0.9,zh-CN;q=0.8,en;q=0.7")))
                .isEqualTo(zh(key));
        assertThat(yearMessage(send("POST", "/api/projects", token, bad, "zh-TW;q=0.5,en;q=0.9")))
                .isEqualTo(en(key));
        // nothing in either language joins the two
        assertThat(send("POST", "/api/projects", token, bad, "en").body().toString()).doesNotContain(" / ")
                .doesNotContainPattern("[\\u4e00-\\u9fff]");
        assertThat(send("POST", "/api/projects", token, bad, null).body().toString()).doesNotContain(" / ");
    }

    @Test
    void a409InChineseByDefaultAndInEnglishForEn() throws Exception {
        World w = world();
        String token = token(w.dispatcher, PASSWORD);
        Map<String, Object> b = new LinkedHashMap<>(project("语言测试项目二", w.countyA, w.unitA, w.leader1, "1200"));
        Answer made = send("POST", "/api/projects", token, b, null);
        assertThat(made.status()).as("%s", made.body()).isEqualTo(201);
        long id = made.body().get("id").asLong();
        Map<String, Object> change = new LinkedHashMap<>(b);
        change.put("name", "语言测试项目二（改）");
        change.put("version", 0);
        assertThat(send("PUT", "/api/projects/" + id, token, change, null).status()).isEqualTo(200);

        String key = "project.error.project-was-changed-someone-else";
        Answer zh = send("PUT", "/api/projects/" + id, token, change, null);
        assertThat(zh.status()).isEqualTo(409);
        assertThat(zh.body().get("error").asText()).isEqualTo(zh(key)).contains("已被他人修改");
        Answer en = send("PUT", "/api/projects/" + id, token, change, "en-US");
        assertThat(en.status()).isEqualTo(409);
        assertThat(en.body().get("error").asText()).isEqualTo(en(key)).isNotEqualTo(zh(key))
                .doesNotContainPattern("[\\u4e00-\\u9fff]");
    }
}
