package cn.diaodu.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.ApiTest;

/** The record of CONTRACT §11 on the project form, the project's page and the ledger export. */
@AutoConfigureMockMvc
class ProjectRecordPagesTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private MockHttpServletResponse send(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username)))
                .with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(World w, String path) {
        return post(path).param("name", "城北热电联产").param("year", "2024").param("category", "INFRASTRUCTURE")
                .param("level", "CITY").param("regionCode", w.countyA).param("leadUnitId", String.valueOf(w.unitA))
                .param("totalInvestment", "3000").param("annualPlan", "1000").param("actualStart", "2024-02-01")
                .param("ownerName", "青岚城投集团有限公司").param("contactName", "张三").param("contactPhone", "13800001111")
                .param("cooperatingUnitIds", String.valueOf(w.unitB)).param("content", "新建热电机组\n配套管网12公里")
                .param("completedBefore", "200");
    }

    @Test
    void theFormKeepsTheRecordAndThePageShowsIt() throws Exception {
        World w = world();
        // a refused funding row is named in its own cell and the typed values come back
        String refused = send(w.dispatcher, form(w, "/projects/new").param("fundingPlanned[0]", "2000")
                .param("fundingPlanned[6]", "abc")).getContentAsString();
        assertThat(refused).contains("id=\"form-errors\"");
        assertThat(refused).containsPattern("id=\"fundingPlanned6\"[^>]*is-invalid|is-invalid[^>]*id=\"fundingPlanned6\"");
        assertThat(refused).contains("value=\"青岚城投集团有限公司\"");
        String tooMuch = send(w.dispatcher, form(w, "/projects/new").param("fundingPlanned[0]", "2000")
                .param("fundingPlanned[6]", "1500")).getContentAsString();
        assertThat(tooMuch).contains("id=\"funding-error\"").contains("超过总投资");
        assertThat(ok(as(w.dispatcher).get("/api/projects?year=2024&regionCode=" + w.countyA)).body()).isEmpty();

        MockHttpServletResponse saved = send(w.dispatcher, form(w, "/projects/new").param("fundingPlanned[0]", "500")
                .param("fundingInPlace[0]", "200").param("fundingPlanned[6]", "2500"));
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode p = ok(as(w.dispatcher).get("/api/projects/" + id)).body();
        assertThat(p.get("funding")).hasSize(2);
        assertThat(p.get("funding").get(1).get("source").asText()).isEqualTo("ENTERPRISE");
        assertThat(p.get("contact").get("phone").asText()).isEqualTo("13800001111");

        String page = send(w.reporterB, get("/projects/" + id)).getContentAsString();
        assertThat(page).contains("id=\"project-record\"").contains("青岚城投集团有限公司").contains("乙区住建局")
                .contains("id=\"funding-CENTRAL_BUDGET\"").contains("中央预算内投资").contains("tel:13800001111");

        String edit = send(w.dispatcher, get("/projects/" + id + "/edit")).getContentAsString();
        assertThat(edit).contains("value=\"2500.00\"").containsPattern("<option value=\"" + w.unitB + "\" selected");

        MockHttpServletResponse x = send(w.dispatcher, get("/projects/export.xlsx?ym=2024-06&regionCode=" + w.countyA));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            Row header = wb.getSheetAt(0).getRow(1);
            Row row = wb.getSheetAt(0).getRow(2);
            int owner = -1;
            int planned = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String h = header.getCell(c).getStringCellValue();
                owner = h.equals("项目业主") ? c : owner;
                planned = h.startsWith("资金筹措计划合计") ? c : planned;
            }
            assertThat(owner).isPositive();
            assertThat(row.getCell(owner).getStringCellValue()).isEqualTo("青岚城投集团有限公司");
            assertThat(row.getCell(planned).getNumericCellValue()).isEqualTo(3000.0);
        }
    }
}
