package cn.diaodu.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * A NUL character is refused with 422 in every text field, query parameter and file name, on H2 and PostgreSQL alike
 * (PostgreSQL cannot store it); bidirectional controls are refused in the same places. Nothing is written.
 */
class NulInputApiTest extends ApiTest {
    private static final String NUL = "\u0000";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    @Test
    void theTokenEndpointRefusesNulWithoutAnError() {
        for (Map<String, Object> body : List.of(Map.<String, Object>of("username", "ad" + NUL + "min", "password", "x"),
                Map.<String, Object>of("username", "admin", "password", ADMIN_PASSWORD + NUL))) {
            Api.Res r = anonymous().post("/api/auth/token", body);
            assertThat(r.status()).as("%s", r).isIn(401, 422);
        }
        StrictJsonApiTest.refused(anonymous().post("/api/auth/token",
                Map.of("username", "ad" + NUL + "min", "password", "x")), "username");
    }

    @Test
    void nulAndBidiControlsAreRefusedInTextFields() {
        World w = world();
        Api admin = admin();
        Api dispatcher = as(w.dispatcher);
        String pp = w.province.substring(0, 2);
        for (String bad : List.of(NUL, "\u202E", "\u2066")) {
            String tag = Integer.toHexString(bad.charAt(0));
            StrictJsonApiTest.refused(admin.post("/api/regions",
                    region(pp + "0900", "坏" + bad + "市", "CITY", w.province)), "name");
            StrictJsonApiTest.refused(admin.post("/api/units", Map.of("name", "坏单位" + bad + tag, "kind",
                    "DEPARTMENT", "regionCode", w.countyA)), "name");
            StrictJsonApiTest.refused(admin.post("/api/leaders", Map.of("name", "坏领导" + tag + pp, "title", "副" + bad)),
                    "title");
            Map<String, Object> p = new LinkedHashMap<>(project("坏项目" + tag + bad + w.province, w.countyA, w.unitA,
                    null, "100"));
            StrictJsonApiTest.refused(dispatcher.post("/api/projects", p), "name");
            Map<String, Object> u = new LinkedHashMap<>(Map.of("username", "nul" + tag + pp, "password", PASSWORD,
                    "displayName", "坏" + bad, "roles", List.of("REPORTER"), "unitId", w.unitA));
            StrictJsonApiTest.refused(admin.post("/api/users", u), "displayName");
            StrictJsonApiTest.refused(admin.post("/api/users", Map.of("username", "nul" + tag + pp, "password",
                    PASSWORD, "displayName", "x", "roles", List.of("REPORTER" + bad), "unitId", w.unitA)), "roles[0]");
        }
        assertThat(admin.get("/api/regions/" + pp + "0900").status()).isEqualTo(404);
        assertThat(admin.get("/api/units").text()).doesNotContain("坏单位");
        assertThat(admin.get("/api/leaders").text()).doesNotContain("坏领导");
        assertThat(dispatcher.get("/api/projects?year=2024").text()).doesNotContain("坏项目");
        assertThat(admin.get("/api/users").text()).doesNotContain("\"nul");

        // a report's progress, a problem's title, a return's reason
        long id = created(dispatcher.post("/api/projects", project("NUL项目" + w.province, w.countyA, w.unitA, null,
                "100"))).id();
        StrictJsonApiTest.refused(dispatcher.put("/api/projects/" + id + "/reports/2024-06",
                Map.of("investment", 1, "progress", "施工" + NUL)), "progress");
        assertThat(dispatcher.get("/api/projects/" + id + "/reports/2024-06").status()).isEqualTo(404);
        ok(dispatcher.put("/api/projects/" + id + "/reports/2024-06", Map.of("investment", 1, "progress", "施工")));
        StrictJsonApiTest.refused(dispatcher.post("/api/projects/" + id + "/reports/2024-06/return",
                Map.of("reason", "重填" + NUL)), "reason");
        assertThat(ok(dispatcher.get("/api/projects/" + id + "/reports/2024-06")).get("status").asText())
                .isEqualTo("SUBMITTED");
        Map<String, Object> problem = new LinkedHashMap<>(Map.of("projectId", id, "title", "标题" + NUL, "category",
                "LAND", "description", "说明", "assigneeUnitId", w.unitA, "dueWorkingDays", 3));
        StrictJsonApiTest.refused(dispatcher.post("/api/problems", problem), "title");
        assertThat(ok(dispatcher.get("/api/problems?projectId=" + id)).body()).isEmpty();
        // a body read as a tree, a renamed region, a query parameter
        StrictJsonApiTest.refused(dispatcher.post("/api/projects/" + id + "/milestones",
                Map.of("name", "节点" + NUL, "plannedDate", "2024-09-01")), "name");
        StrictJsonApiTest.refused(admin.put("/api/regions/" + w.countyA, Map.of("name", "改" + NUL)), "name");
        StrictJsonApiTest.refused(dispatcher.get("/api/projects?regionCode=%00"), "regionCode");
    }

    @Test
    void attachmentsRefuseNulNamesAndAreServedAsAttachments() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long projectId = created(dispatcher.post("/api/projects", project("附件项目" + w.province, w.countyA, w.unitA,
                null, "100"))).id();
        long id = created(dispatcher.post("/api/problems", Map.of("projectId", projectId, "title", "附件问题",
                "category", "LAND", "description", "说明", "assigneeUnitId", w.unitA, "dueWorkingDays", 3))).id();
        String path = "/api/problems/" + id + "/attachments";
        HttpResponse<String> nul = upload(w.reporterA, path, "现场" + NUL + ".png");
        assertThat(nul.statusCode()).as(nul.body()).isEqualTo(422);
        assertThat(nul.body()).contains("\"file\"");
        assertThat(upload(w.reporterA, path, "a\u202Egnp.exe.png").statusCode()).isEqualTo(422);
        assertThat(ok(dispatcher.get("/api/problems/" + id)).get("attachments")).isEmpty();

        HttpResponse<String> photo = upload(w.reporterA, path, "现场 \"照片\";.png");
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        long attachment = Api.json().readTree(photo.body()).get("id").asLong();
        Download d = fetch(w.dispatcher, path + "/" + attachment);
        assertThat(d.status()).isEqualTo(200);
        String disposition = d.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").doesNotContain("inline").contains("filename*=UTF-8''")
                .doesNotContain("\r").doesNotContain("\n");
        assertThat(disposition.substring(disposition.indexOf("filename*="))).doesNotContain("\"");
        assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(d.body()).isEqualTo(PNG);
    }

    private HttpResponse<String> upload(String username, String path, String filename) throws Exception {
        String boundary = "----diaodu" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename.replace("\"", "%22") + "\"\r\nContent-Type: image/png\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(username, PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
