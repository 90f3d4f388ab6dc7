package cn.diaodu.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.OfficialDocs;

/**
 * The 版头 and 版记 of GB/T 9704 on the bulletin, read back with POI; the document-number register; the settings
 * page (administrators only, validated, audited).
 */
@AutoConfigureMockMvc
class OfficialDocumentHeaderTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    DocumentNumbers numbers;
    @Autowired
    DocumentSettingsService settings;
    @Autowired
    JdbcClient jdbc;

    private void save(String admin, String mark, String prefix, String to, String cc, String by) throws Exception {
        var r = mvc.perform(post("/admin/document").param("authorityMark", mark).param("numberPrefix", prefix)
                .param("addressee", to).param("copyTo", cc).param("printedBy", by)
                .with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(admin))).with(csrf())).andReturn().getResponse();
        assertThat(r.getStatus()).as(r.getContentAsString()).isEqualTo(302);
    }

    @Test
    void theBulletinCarriesTheLetterheadAndKeepsItsNumber() throws Exception {
        World w = world();
        DocumentSettings before = settings.current();
        try {
            save(w.adminOnly, "测试市重点项目建设领导小组办公室", "测重项办", "各县（市、区）人民政府，市直各有关部门",
                    "市委办公室，市政府办公室", "测试市重点项目建设领导小组办公室");
            Download d = fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.city);
            assertThat(d.status()).as(d.text()).isEqualTo(200);
            String number;
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(d.body()))) {
                List<XWPFParagraph> ps = doc.getParagraphs();
                // 发文机关标志: the first paragraph, red 小标宋, centred
                XWPFParagraph mark = ps.get(0);
                assertThat(mark.getText()).isEqualTo("测试市重点项目建设领导小组办公室");
                assertThat(mark.getAlignment().name()).isEqualTo("CENTER");
                assertThat(mark.getRuns().get(0).getColor()).isEqualTo("FF0000");
                assertThat(mark.getRuns().get(0).getCTR().getRPr().getRFontsArray(0).getEastAsia())
                        .isEqualTo("方正小标宋简体");
                // 发文字号, centred, with the red separator line below it
                XWPFParagraph no = ps.stream().filter(p -> p.getText().startsWith("测重项办")).findFirst()
                        .orElseThrow();
                number = no.getText();
                assertThat(number).matches("测重项办〔2024〕\\d+号");
                assertThat(no.getAlignment().name()).isEqualTo("CENTER");
                var bottom = no.getCTPPr().getPBdr().getBottom();
                assertThat(bottom.xmlText()).contains("w:color=\"FF0000\"");
                assertThat(bottom.getVal().toString()).isEqualTo("single");
                assertThat(ps.indexOf(no)).isLessThan(ps.indexOf(OfficialDocs.title(doc)));
                // 主送 right after the title
                XWPFParagraph title = OfficialDocs.title(doc);
                assertThat(ps.get(ps.indexOf(title) + 1).getText()).isEqualTo("各县（市、区）人民政府，市直各有关部门：");
                // 版记: 抄送, then 印发机关 and 印发日期, between lines
                List<XWPFParagraph> imprint = ps.stream().filter(OfficialDocs::imprint).toList();
                assertThat(imprint).hasSize(2);
                assertThat(imprint.get(0).getText()).isEqualTo("抄送：市委办公室，市政府办公室。");
                assertThat(imprint.get(0).getCTPPr().getPBdr().isSetTop()).isTrue();
                assertThat(imprint.get(1).getText()).startsWith("测试市重点项目建设领导小组办公室")
                        .endsWith("2024年7月15日印发");
                assertThat(imprint.get(1).getCTPPr().getPBdr().isSetBottom()).isTrue();
                assertThat(ps.get(ps.size() - 1)).isSameAs(imprint.get(1));
            }
            // the same bulletin again: the same number; another region's bulletin: the next one
            try (XWPFDocument again = new XWPFDocument(new ByteArrayInputStream(
                    fetch(w.leaderUser, "/api/bulletins/2024-06.docx?regionCode=" + w.city).body()))) {
                assertThat(again.getParagraphs()).extracting(XWPFParagraph::getText).contains(number);
            }
            int n = Integer.parseInt(number.replaceAll("\\D+", " ").trim().split(" ")[1]);
            try (XWPFDocument other = new XWPFDocument(new ByteArrayInputStream(
                    fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.countyA).body()))) {
                assertThat(other.getParagraphs()).extracting(XWPFParagraph::getText)
                        .contains("测重项办〔2024〕" + (n + 1) + "号");
            }
        } finally {
            restore(w.adminOnly, before);
        }
    }

    private void restore(String admin, DocumentSettings s) throws Exception {
        save(admin, s.authorityMark(), s.numberPrefix(), nz(s.addressee()), nz(s.copyTo()), nz(s.printedBy()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Test
    void numbersArePerYearAndKindAndADocumentKeepsItsNumber() {
        String key = UUID.randomUUID().toString();
        LocalDate day = LocalDate.of(2031, 3, 2);
        var first = numbers.numberOf(DocumentKind.WARNING_NOTICE, key + "a", "t", day);
        var again = numbers.numberOf(DocumentKind.WARNING_NOTICE, key + "a", "t", day.plusDays(40));
        var second = numbers.numberOf(DocumentKind.WARNING_NOTICE, key + "b", "t", day);
        var agenda = numbers.numberOf(DocumentKind.AGENDA, key + "a", "t", day);
        var nextYear = numbers.numberOf(DocumentKind.WARNING_NOTICE, key + "c", "t", LocalDate.of(2032, 1, 5));
        assertThat(again).isEqualTo(first);
        assertThat(seq(second.number())).isEqualTo(seq(first.number()) + 1);
        assertThat(second.number()).contains("督〔2031〕");
        assertThat(agenda.number()).contains("会〔2031〕").isNotEqualTo(first.number());
        assertThat(seq(agenda.number())).isEqualTo(count("AGENDA", 2031));
        assertThat(nextYear.number()).contains("督〔2032〕");
        assertThat(seq(nextYear.number())).isEqualTo(count("WARNING_NOTICE", 2032));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DOCUMENT_NUMBER' and object_name = ?")
                .param(second.number()).query(Integer.class).single()).isEqualTo(1);
    }

    private int count(String kind, int year) {
        return jdbc.sql("select count(*) from document_number where kind = ? and issue_year = ?").params(kind, year)
                .query(Integer.class).single();
    }

    private static int seq(String number) {
        return Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.indexOf('号')));
    }

    @Test
    void theSettingsPageSavesValidatesAndIsAudited() throws Exception {
        World w = world();
        DocumentSettings before = settings.current();
        var admin = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(w.adminOnly));
        var page = mvc.perform(get("/admin/document").with(admin)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("document-form", before.authorityMark());

        var blank = mvc.perform(post("/admin/document").param("authorityMark", " ").param("numberPrefix", "X")
                .with(admin).with(csrf())).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(200);
        assertThat(blank.getContentAsString()).contains("is-invalid").contains("必填");
        assertThat(settings.current()).isEqualTo(before);

        try {
            save(w.adminOnly, "审计测试办公室" + w.province, "审测办", "各单位", "", "审计测试办公室");
            assertThat(settings.current().authorityMark()).isEqualTo("审计测试办公室" + w.province);
            assertThat(settings.current().copyTo()).isNull();
            assertThat(jdbc.sql("select actor from audit_log where action = 'DOCUMENT_SETTINGS' and object_name = ?")
                    .param("审计测试办公室" + w.province).query(String.class).list()).containsExactly(w.adminOnly);
            for (String other : List.of(w.dispatcher, w.leaderUser, w.auditor)) {
                var r = mvc.perform(get("/admin/document").with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(other))))
                        .andReturn().getResponse();
                assertThat(r.getStatus()).as(other).isEqualTo(403);
            }
        } finally {
            restore(w.adminOnly, before);
        }
    }
}
