package cn.diaodu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Every DOCX and XLSX link on a page works for a signed-in page user (the session, no bearer token): the agenda and
 * the warning notice (once /api routes that answered 401 in the browser), the bulletin and its annex, the Excel
 * template and ledger, the audit export; and no template links a download to /api.
 */
@AutoConfigureMockMvc
class PageDownloadsTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private MockHttpServletResponse download(String username, String path) throws Exception {
        return mvc.perform(get(path).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
    }

    @Test
    void everyDownloadLinkWorksWithThePageSession() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long meeting = created(dispatcher.post("/api/meetings", Map.of("title", "下载测试调度会", "type", "MONTHLY",
                "date", "2024-07-01"))).id();
        created(dispatcher.post("/api/meetings/" + meeting + "/decisions", Map.of("content", "逾期事项",
                "responsibleUnitId", w.unitA, "responsiblePerson", "李四", "dueDate", "2024-07-10")));

        // the links as the pages render them
        String meetingPage = download(w.dispatcher, "/meetings/" + meeting).getContentAsString();
        String agendaHref = href(meetingPage, "agenda-docx");
        assertThat(agendaHref).isEqualTo("/meetings/" + meeting + "/agenda.docx");
        var agenda = download(w.dispatcher, agendaHref);
        assertThat(agenda.getStatus()).isEqualTo(200);
        assertThat(agenda.getContentType()).contains("wordprocessingml");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(agenda.getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("下载测试调度会").containsPattern("会〔2024〕\\d+号");
        }

        String tasksPage = download(w.dispatcher, "/tasks").getContentAsString();
        String noticeHref = "/tasks/warning-notice/" + w.unitA + ".docx";
        assertThat(tasksPage).contains("href=\"" + noticeHref + "\"");
        var notice = download(w.dispatcher, noticeHref);
        assertThat(notice.getStatus()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(notice.getContentAsByteArray()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("逾期事项").containsPattern("督〔2024〕\\d+号");
        }
        assertThat(download(w.reporterA, noticeHref).getStatus()).as("a reporter").isEqualTo(403);
        assertThat(download(w.reporterA, agendaHref).getStatus()).as("a reporter").isEqualTo(403);

        var bulletin = download(w.dispatcher, "/bulletins/2024-06.docx?regionCode=" + w.city);
        assertThat(bulletin.getStatus()).isEqualTo(200);
        new XWPFDocument(new ByteArrayInputStream(bulletin.getContentAsByteArray())).close();
        for (String[] x : new String[][] {{w.dispatcher, "/bulletins/2024-06.xlsx?regionCode=" + w.city},
                {w.dispatcher, "/reports/excel/template.xlsx?period=2024-06"},
                {w.dispatcher, "/reports/excel/reports.xlsx?period=2024-06"},
                {w.auditor, "/audit/export.xlsx"}}) {
            var r = download(x[0], x[1]);
            assertThat(r.getStatus()).as(x[1]).isEqualTo(200);
            new XSSFWorkbook(new ByteArrayInputStream(r.getContentAsByteArray())).close();
        }
    }

    @Test
    void noTemplateLinksADownloadToTheApi() throws Exception {
        List<String> bad = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.matches(".*(href|action)=\"@\\{/api/[^\"]*\\.(docx|xlsx).*")) {
                        bad.add(f + ": " + line.strip());
                    }
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    private static String href(String html, String id) {
        Matcher m = Pattern.compile("href=\"([^\"]+)\"[^>]*id=\"" + id + "\"").matcher(html);
        assertThat(m.find()).as(id).isTrue();
        return m.group(1);
    }
}
