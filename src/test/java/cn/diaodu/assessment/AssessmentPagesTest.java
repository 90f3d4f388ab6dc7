package cn.diaodu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import cn.diaodu.support.ApiTest;

/**
 * The assessment pages: a round built from the quarter template (a refused row back in its place, nothing written),
 * the results explained line by line, scoring, a veto, publishing, and the papers (DOCX, XLSX).
 */
@AutoConfigureMockMvc
class AssessmentPagesTest extends ApiTest {
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

    private String follow(String username, MvcResult r) throws Exception {
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        String to = r.getResponse().getRedirectedUrl();
        return send(username, get(to.replaceAll("#.*", "")).flashAttrs(r.getFlashMap())).getResponse()
                .getContentAsString();
    }

    /** The quarter template's rows as the page posts them; {@code weight1} the second row's weight. */
    private static MockHttpServletRequestBuilder quarter(String name, String weight1) {
        MockHttpServletRequestBuilder b = post("/assessments").param("name", name).param("year", "2024")
                .param("month", "3").param("subject", "REGION");
        String[][] rows = {{"CR", "投资完成率", "40", "COMPLETION_RATE", "RANK", "100", "5", ""},
                {"SR", "项目开工率", weight1, "START_RATE", "RANK", "100", "5", ""},
                {"RT", "按时报送率", "20", "REPORTS_ON_TIME", "TARGET", "", "", "100"},
                {"GM", "观摩评分", "20", "MANUAL", "MANUAL", "", "", ""}, {"", "", "", "", "", "", "", ""}};
        String[] keys = {"code", "name", "weight", "source", "rule", "first", "step", "target"};
        for (int i = 0; i < rows.length; i++) {
            for (int k = 0; k < keys.length; k++) {
                b.param("indicators[" + i + "]." + keys[k], rows[i][k]);
            }
        }
        return b;
    }

    @Test
    void aQuarterRoundOnThePages() throws Exception {
        World w = world();
        long pa = created(as(w.dispatcher).post("/api/projects", project("甲县产业园", w.countyA, w.unitA, w.leader1,
                "1200"))).id();
        created(as(w.dispatcher).post("/api/projects", project("乙区污水厂", w.countyB, w.unitB, w.leader1, "1000")));
        ok(as(w.reporterA).put("/api/projects/" + pa + "/reports/2024-01", report("300")));
        int before = ok(as(w.dispatcher).get("/api/assessments")).body().size();

        assertThat(page(w.leaderUser, "/assessments")).contains("id=\"assessments-empty\"").doesNotContain(
                "id=\"assessment-new\"");
        String form = page(w.dispatcher, "/assessments/new?template=QUARTER");
        assertThat(form).contains("id=\"assessment-form\"", "value=\"COMPLETION_RATE\" selected", "value=\"40\"",
                "2024年第一季度重点项目考核排名");
        assertThat(send(w.leaderUser, get("/assessments/new")).getResponse().getStatus()).isEqualTo(403);

        // a weight of 0 comes back beside its row, nothing written
        String refused = send(w.dispatcher, quarter("甲乙考核", "0")).getResponse().getContentAsString();
        assertThat(refused).contains("id=\"assessment-form\"", "应大于0", "value=\"甲乙考核\"");
        assertThat(ok(as(w.dispatcher).get("/api/assessments")).body()).hasSize(before);

        // the page takes the dispatcher's region: the province has one city, so the counties are the subjects
        MvcResult made = send(w.dispatcher, quarter("甲乙考核", "20"));
        String detail = follow(w.dispatcher, made);
        long id = Long.parseLong(made.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));
        assertThat(detail).contains("考核已建立", "id=\"result-" + w.countyA + "\"", "id=\"result-" + w.countyB + "\"",
                "投资完成率 25%，排第1名，得分100分 × 权重40%", "id=\"assessment-publish\"");

        // a leader scores on the phone page; the organiser vetoes county B and publishes
        assertThat(page(w.leaderUser, "/assessments/" + id + "/score")).contains("id=\"score-" + w.countyA + "-GM\"");
        String scored = follow(w.leaderUser, send(w.leaderUser, post("/assessments/" + id + "/score")
                .param("subject", w.countyA).param("indicator", "GM").param("score", "88")));
        assertThat(scored).contains("评分已保存", "已评 88.00 分");
        String bad = follow(w.leaderUser, send(w.leaderUser, post("/assessments/" + id + "/score")
                .param("subject", w.countyB).param("indicator", "GM").param("score", "120")));
        assertThat(bad).contains("评分应在 0 到 100 之间", "value=\"120\"");
        String vetoed = follow(w.dispatcher, send(w.dispatcher, post("/assessments/" + id + "/vetoes")
                .param("subject", w.countyB).param("reason", "发生较大安全生产事故")));
        assertThat(vetoed).contains("已一票否决", "一票否决：发生较大安全生产事故");
        String published = follow(w.dispatcher, send(w.dispatcher, post("/assessments/" + id + "/publish")));
        assertThat(published).contains("考核结果已发布并锁定").doesNotContain("id=\"assessment-publish\"")
                .doesNotContain("id=\"veto-form\"");

        // the 大屏 shows the latest published ranking
        assertThat(page(w.leaderUser, "/screen")).contains("id=\"screen-ranking\"", "甲乙考核");

        // the papers
        MvcResult notice = send(w.leaderUser, get("/assessments/" + id + "/notice.docx"));
        assertThat(notice.getResponse().getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(notice.getResponse().getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("关于甲乙考核结果的通报", "一、排名情况", "二、一票否决",
                    "发生较大安全生产事故").doesNotContain("尚未发布");
        }
        MvcResult warning = send(w.dispatcher, get("/assessments/" + id + "/warning.docx"));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(warning.getResponse().getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("预警通知", "一票否决：发生较大安全生产事故");
        }
        MvcResult table = send(w.dispatcher, get("/assessments/" + id + "/results.xlsx"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(table.getResponse().getContentAsByteArray()))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("考核对象");
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }
}
