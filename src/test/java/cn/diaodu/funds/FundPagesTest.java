package cn.diaodu.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;


import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The pages of the funds pipeline: the form refused in place with the typed values, the advance form's refusals in
 * place, the list, the analysis, the project page's section, the dashboard's card, the bulletin's section 向上争取资金,
 * and who may open what. Today is 2024-07-15.
 */
@AutoConfigureMockMvc
class FundPagesTest extends ApiTest {
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

    @Test
    void formsListAnalysisAndTheOtherPagesThatShowTheFunds() throws Exception {
        World w = world();
        Api d = as(w.dispatcher);
        long p = created(d.post("/api/projects", project("城东污水处理厂", w.countyA, w.unitA, w.leader1, "1000"))).id();

        assertThat(page(w.dispatcher, "/funds?year=2024")).contains("id=\"funds-empty\"", "id=\"nav-funds\"");
        // refused: the field's message in place, the typed values kept, nothing written
        MvcResult refused = send(w.dispatcher, post("/funds").param("name", "城东污水管网改造").param("year", "2024")
                .param("programme", "CENTRAL_BUDGET").param("totalInvestment", "12000").param("requested", "-1")
                .param("responsibleUnitId", String.valueOf(w.unitA)).param("projectId", String.valueOf(p))
                .param("date", "2024-03-01"));
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        String html = refused.getResponse().getContentAsString();
        assertThat(html).contains("value=\"城东污水管网改造\"", "value=\"-1\"", "不能为负数");
        assertThat(html).containsPattern("id=\"requested\"[^>]*is-invalid|is-invalid[^>]*id=\"requested\"");
        assertThat(ok(d.get("/api/fund-applications?year=2024&regionCode=" + w.province)).body().size()).isZero();

        MvcResult saved = send(w.dispatcher, post("/funds").param("name", "城东污水管网改造").param("year", "2024")
                .param("programme", "CENTRAL_BUDGET").param("totalInvestment", "12000").param("requested", "3000")
                .param("responsibleUnitId", String.valueOf(w.unitA)).param("projectId", String.valueOf(p))
                .param("date", "2024-03-01"));
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String at = saved.getResponse().getRedirectedUrl();
        long id = Long.parseLong(at.substring(at.lastIndexOf('/') + 1));

        // the advance form: a date before the reserve stage refused in place; then 已下达
        MvcResult early = send(w.dispatcher, post("/funds/" + id + "/advance").param("stage", "APPROVED")
                .param("date", "2024-02-01").param("obtained", "2500"));
        assertThat(early.getResponse().getStatus()).isEqualTo(200);
        assertThat(early.getResponse().getContentAsString()).contains("日期不能早于当前阶段", "value=\"2500\"");
        MvcResult noAmount = send(w.dispatcher, post("/funds/" + id + "/advance").param("stage", "APPROVED")
                .param("date", "2024-06-01"));
        assertThat(noAmount.getResponse().getContentAsString()).contains("id=\"fund-advance\"", "必填");
        MvcResult done = send(w.dispatcher, post("/funds/" + id + "/advance").param("stage", "APPROVED")
                .param("date", "2024-06-01").param("obtained", "2500"));
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        String detail = page(w.dispatcher, "/funds/" + id);
        assertThat(detail).contains("id=\"fund-advance-done\"", "2,500.00", "城东污水处理厂");
        MvcResult again = send(w.dispatcher, post("/funds/" + id + "/advance").param("stage", "REJECTED")
                .param("date", "2024-07-01"));
        assertThat(again.getResponse().getContentAsString()).contains("id=\"fund-advance-conflict\"", "不能变更为");

        assertThat(page(w.dispatcher, "/funds?year=2024")).contains("id=\"fund-row-" + id + "\"", "城东污水管网改造");
        assertThat(page(w.dispatcher, "/funds?year=2024&stage=RESERVE")).contains("id=\"funds-empty\"");
        assertThat(page(w.dispatcher, "/funds/analysis?year=2024")).contains("已下达1项，争取资金0.25亿元");
        assertThat(page(w.dispatcher, "/funds/" + id + "/edit")).contains("value=\"12000.00\"");
        assertThat(page(w.leaderUser, "/projects/" + p)).contains("id=\"project-funds\"",
                "id=\"project-fund-" + id + "\"");
        assertThat(page(w.dispatcher, "/dashboard?ym=2024-07")).contains("id=\"funds-card\"",
                "id=\"funds-card-obtained\">0.25<");

        // the bulletin ends with 八、向上争取资金
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(
                fetch(w.dispatcher, "/api/bulletins/2024-06.docx").body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("八、向上争取资金",
                    "截至目前，2024年筛选梳理拟争取政策项目1个，总投资1.20亿元；已上报1项");
        }

        // who may open what
        assertThat(send(w.leaderUser, get("/funds/new")).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(w.reporterB, get("/funds/" + id)).getResponse().getStatus()).isEqualTo(403);
        assertThat(page(w.reporterA, "/funds/" + id)).contains("fund-name");
        assertThat(send(w.auditor, get("/funds")).getResponse().getStatus()).isEqualTo(403);
    }
}
