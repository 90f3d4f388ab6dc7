package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * What a suspension does to the figures (CONTRACT §11, docs/figures.md §11): the items carry suspended(p, M); the
 * warning and the group counts stay those of §6; the dashboard and the bulletin list a suspended project apart from
 * the red and yellow ones.
 */
@AutoConfigureMockMvc
class SuspendedFiguresTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private static JsonNode item(Api a, int month, String region, long id) {
        for (JsonNode n : ok(a.get("/api/analysis/projects?year=2024&month=" + month + "&regionCode=" + region)).body()) {
            if (n.get("id").asLong() == id) {
                return n;
            }
        }
        throw new AssertionError("project " + id + " not listed");
    }

    @Test
    void aSuspendedProjectKeepsItsWarningAndIsListedApart() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> body = project("停工整改的化工项目", w.countyA, w.unitA, null, "600");
        body.put("actualStart", null);
        body.put("plannedStart", "2024-02-01");
        long id = created(disp.post("/api/projects", body)).id();
        JsonNode before = ok(disp.get("/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode=" + w.city))
                .body().get("total");

        long s = created(as(w.reporterA).post("/api/projects/" + id + "/suspensions",
                Map.of("reason", "环保督察停工整改", "from", "2024-05-01"))).id();
        assertThat(item(disp, 6, w.countyA, id).get("suspended").asBoolean()).as("only requested").isFalse();
        ok(disp.post("/api/suspensions/" + s + "/approve", Map.of("note", "同意")));

        JsonNode june = item(disp, 6, w.countyA, id);
        assertThat(june.get("suspended").asBoolean()).isTrue();
        assertThat(june.get("warning").asText()).as("the warning of §6 stays").isEqualTo("RED");
        assertThat(item(disp, 4, w.countyA, id).get("suspended").asBoolean()).as("before it began").isFalse();
        assertThat(ok(disp.get("/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode=" + w.city)).body()
                .get("total")).as("still counted, with its warning").isEqualTo(before);

        String dash = mvc.perform(get(java.net.URI.create("/dashboard?ym=2024-06&regionCode=" + w.countyA))
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(w.dispatcher))))
                .andReturn().getResponse().getContentAsString();
        assertThat(dash).contains("id=\"suspended-" + id + "\"").contains("环保督察停工整改");
        String warned = dash.substring(dash.indexOf("id=\"warned-list\""), dash.indexOf("id=\"suspended-card\""));
        assertThat(warned).doesNotContain("停工整改的化工项目");

        Download docx = fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.countyA);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            String text = x.getText();
            assertThat(text).contains("（三）停缓建项目（1个）").contains("环保督察停工整改").contains("本期无红色预警项目");
        }

        // resumed on the last day of June: suspended in May, not in June
        ok(as(w.reporterA).post("/api/suspensions/" + s + "/resume", Map.of("date", "2024-06-30")));
        assertThat(item(disp, 6, w.countyA, id).get("suspended").asBoolean()).isFalse();
        assertThat(item(disp, 5, w.countyA, id).get("suspended").asBoolean()).isTrue();
    }
}
