package cn.diaodu.suspension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.ApiTest;

/** The suspension section of the project's page and the list {@code /suspensions} (CONTRACT §11). */
@AutoConfigureMockMvc
class SuspensionPagesTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private MvcResult send(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username)))
                .with(csrf())).andReturn();
    }

    private String page(String username, String path) throws Exception {
        MvcResult r = send(username, get(path));
        assertThat(r.getResponse().getStatus()).as(path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    /** Posts a form and follows its redirect back to the project page, with the flash attributes. */
    private String postAndFollow(String username, MockHttpServletRequestBuilder req, long projectId) throws Exception {
        MvcResult r = send(username, req);
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/projects/" + projectId + "#project-suspensions");
        MvcResult back = send(username, get("/projects/" + projectId).flashAttrs(r.getFlashMap()));
        return back.getResponse().getContentAsString();
    }

    @Test
    void theProjectPageAsksDecidesAndResumes() throws Exception {
        World w = world();
        long p = created(as(w.dispatcher).post("/api/projects", project("城东污水处理厂", w.countyA, w.unitA, w.leader1,
                "1000"))).id();

        String empty = page(w.reporterA, "/projects/" + p);
        assertThat(empty).contains("id=\"project-suspensions\"", "id=\"suspensions-none\"",
                "id=\"suspension-request\"");
        assertThat(page(w.leaderUser, "/projects/" + p)).contains("id=\"project-suspensions\"")
                .doesNotContain("id=\"suspension-request\"");

        // refused: each field's message in its place, the values typed kept, nothing written
        String refused = postAndFollow(w.reporterA, post("/projects/" + p + "/suspensions").param("reason", " ")
                .param("from", "2024-06-01").param("expectedResume", "2024-05-01"), p);
        assertThat(refused).contains("id=\"suspension-reason-error\"", "id=\"suspension-expected-error\"",
                "预计复工日期不能早于停工日期", "value=\"2024-06-01\"", "value=\"2024-05-01\"");
        String badDate = postAndFollow(w.reporterA, post("/projects/" + p + "/suspensions")
                .param("reason", "因环保督察停工整改").param("from", "2024-6-1"), p);
        assertThat(badDate).contains("id=\"suspension-from-error\"", "日期格式应为", "因环保督察停工整改");
        assertThat(ok(as(w.reporterA).get("/api/projects/" + p + "/suspensions")).body()).isEmpty();

        String asked = postAndFollow(w.reporterA, post("/projects/" + p + "/suspensions")
                .param("reason", "因环保督察停工整改").param("from", "2024-06-01").param("expectedResume", "2024-09-30"), p);
        long s = ok(as(w.reporterA).get("/api/projects/" + p + "/suspensions")).body().get(0).get("id").asLong();
        assertThat(asked).contains("id=\"suspension-flash\"", "停缓建申请已提交", "id=\"suspension-" + s + "\"", "待审批",
                "因环保督察停工整改", "2024-09-30").doesNotContain("id=\"suspension-request\"")
                .doesNotContain("id=\"suspension-decide-" + s + "\"");

        // the project office: a rejection needs an opinion; then approve
        assertThat(page(w.dispatcher, "/projects/" + p)).contains("id=\"suspension-decide-" + s + "\"");
        String noNote = postAndFollow(w.dispatcher, post("/suspensions/" + s + "/reject").param("note", ""), p);
        assertThat(noNote).contains("id=\"suspension-note-error-" + s + "\"");
        assertThat(ok(as(w.dispatcher).get("/api/suspensions/" + s)).get("status").asText()).isEqualTo("REQUESTED");
        String approved = postAndFollow(w.dispatcher, post("/suspensions/" + s + "/approve").param("note", "同意停工整改")
                .param("version", "0"), p);
        assertThat(approved).contains("已批准停缓建", "同意停工整改", "id=\"badge-suspended\"")
                .doesNotContain("id=\"suspension-decide-" + s + "\"");
        // a second press of the same (stale) form: the state's message, nothing changed
        String again = postAndFollow(w.dispatcher, post("/suspensions/" + s + "/approve").param("version", "0"), p);
        assertThat(again).contains("id=\"suspension-state-error\"");

        // the lead unit resumes: not before the suspension's start
        assertThat(page(w.reporterA, "/projects/" + p)).contains("id=\"suspension-resume-" + s + "\"");
        String early = postAndFollow(w.reporterA, post("/suspensions/" + s + "/resume").param("date", "2024-05-31"), p);
        assertThat(early).contains("id=\"suspension-date-error-" + s + "\"", "value=\"2024-05-31\"");
        String resumed = postAndFollow(w.reporterA, post("/suspensions/" + s + "/resume").param("date", "2024-07-10"),
                p);
        assertThat(resumed).contains("已登记复工", "已复工", "2024-07-10", "id=\"suspension-request\"")
                .doesNotContain("id=\"badge-suspended\"");
        // another unit's reporter may not post
        assertThat(send(w.reporterB, post("/projects/" + p + "/suspensions").param("reason", "x")
                .param("from", "2024-07-01")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theListShowsPendingFirstAndSearches() throws Exception {
        World w = world();
        long p1 = created(as(w.dispatcher).post("/api/projects", project("青岚大道改造", w.countyA, w.unitA, w.leader1,
                "1000"))).id();
        long p2 = created(as(w.dispatcher).post("/api/projects", project("乙区安置房", w.countyB, w.unitB, w.leader1,
                "1000"))).id();
        long s1 = created(as(w.dispatcher).post("/api/projects/" + p1 + "/suspensions",
                Map.of("reason", "因资金链紧张缓建", "from", "2024-06-01"))).id();
        ok(as(w.dispatcher).post("/api/suspensions/" + s1 + "/approve", Map.of()));
        long s2 = created(as(w.reporterB).post("/api/projects/" + p2 + "/suspensions",
                Map.of("reason", "因征地拆迁停工", "from", "2024-07-01"))).id();

        String list = page(w.dispatcher, "/suspensions");
        assertThat(list).contains("id=\"nav-suspensions\"", "id=\"suspension-list\"", "id=\"suspensions-pending\"");
        assertThat(list.indexOf("id=\"suspension-row-" + s2 + "\"")).as("pending first").isPositive()
                .isLessThan(list.indexOf("id=\"suspension-row-" + s1 + "\""));
        assertThat(page(w.dispatcher, "/suspensions?q=大道")).contains("id=\"suspension-row-" + s1 + "\"")
                .doesNotContain("id=\"suspension-row-" + s2 + "\"");
        assertThat(page(w.dispatcher, "/suspensions?status=REQUESTED")).contains("id=\"suspension-row-" + s2 + "\"")
                .doesNotContain("id=\"suspension-row-" + s1 + "\"");
        assertThat(page(w.dispatcher, "/suspensions?q=没有这个项目")).contains("id=\"suspensions-empty\"");
        assertThat(page(w.countyLeaderA, "/suspensions")).contains("id=\"suspension-row-" + s1 + "\"")
                .doesNotContain("id=\"suspension-row-" + s2 + "\"");
        assertThat(page(w.reporterA, "/projects/" + p1)).doesNotContain("id=\"nav-suspensions\"");
        assertThat(page(w.dispatcher, "/suspensions?lang=en")).contains("Suspended projects", "Awaiting decision");
        assertThat(send(w.auditor, get("/suspensions")).getResponse().getStatus()).isEqualTo(403);
    }
}
