package cn.diaodu.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The problem ledger feeds the other modules: an open problem escalated beyond the unit puts its project on the
 * meeting's agenda (CONTRACT §10), and the bulletin lists the open problems of its scope (CONTRACT §8).
 */
class ProblemExtensionsTest extends ApiTest {

    @Test
    void anEscalatedProblemJoinsTheAgendaAndOpenProblemsTheBulletin() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Map<String, Object> body = project("征地受阻项目", w.countyA, w.unitA, null, "1200");
        long id = created(dispatcher.post("/api/projects", body)).id();
        for (int m = 1; m <= 6; m++) {
            ok(dispatcher.put("/api/projects/" + id + "/reports/2024-0" + m, report("100")));
        }
        long problem = created(dispatcher.post("/api/problems", Map.of("projectId", id, "title", "三户村民阻工",
                "category", "OBSTRUCTION", "description", "施工便道被堵", "assigneeUnitId", w.unitA,
                "dueWorkingDays", 3))).id();
        long meeting = created(dispatcher.post("/api/meetings", Map.of("title", "7月调度会", "type", "MONTHLY",
                "date", "2024-07-10"))).id();
        assertThat(ids(ok(dispatcher.get("/api/meetings/" + meeting + "/agenda")))).as("on schedule, not escalated")
                .doesNotContain(id);

        ok(dispatcher.post("/api/problems/" + problem + "/escalate", Map.of("note", "提请包抓领导协调")));
        var agenda = ok(dispatcher.get("/api/meetings/" + meeting + "/agenda"));
        assertThat(ids(agenda)).contains(id);
        assertThat(agenda.text()).contains("PROBLEM");

        HttpResponse<byte[]> agendaDocx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/meetings/" + meeting + "/agenda.docx"))
                .header("Authorization", "Bearer " + token(w.dispatcher, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(agendaDocx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(agendaDocx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).as("the brief lists the project's open problems")
                    .contains("征地受阻项目", "三户村民阻工");
        }

        HttpResponse<byte[]> docx = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/bulletins/2024-06.docx?regionCode=" + w.countyA))
                .header("Authorization", "Bearer " + token(w.dispatcher, PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("问题台账中尚有1个问题未销号", "三户村民阻工");
        }
    }

    private static List<Long> ids(Api.Res agenda) {
        List<Long> out = new ArrayList<>();
        agenda.body().forEach(a -> out.add(a.get("projectId").asLong()));
        return out;
    }
}
