package cn.diaodu.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
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
 * Lists people work with (issue 11 point 5): the ledger, the problems, the tasks and the dashboard's red and yellow
 * list with keyword search, paging that keeps the filters, and an XLSX export of exactly what the list shows (every
 * page, the filters, the sort, the user's scope), in the page's language.
 */
@AutoConfigureMockMvc
class ListPagesTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private MockHttpServletResponse page(String username, String path) throws Exception {
        return mvc.perform(get(java.net.URI.create(path)).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username))))
                .andReturn().getResponse();
    }

    private static int rows(String html) {
        return rows(html, "ledger");
    }

    private static int rows(String html, String table) {
        int body = html.indexOf("<tbody>", html.indexOf("id=\"" + table + "\""));
        String tbody = html.substring(body, html.indexOf("</tbody>", body));
        return (int) Pattern.compile("<tr[\\s>]").matcher(tbody).results().count();
    }

    @Test
    void searchPagesAndExportsWhatTheListShows() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            String name = (i == 7 ? "滨河大道快速路工程" : "青岚产业园标准厂房" + i + "期");
            ids.add(created(dispatcher.post("/api/projects", project(name, w.countyA, i <= 20 ? w.unitA : w.unitB,
                    w.leader1, String.valueOf(100 + i)))).id());
        }
        String first = page(w.dispatcher, "/projects?ym=2024-06&regionCode=" + w.countyA).getContentAsString();
        assertThat(rows(first)).isEqualTo(20);
        assertThat(first).contains("共 23 条");
        assertThat(first).contains("id=\"ledger-pages\"");
        Matcher next = Pattern.compile("href=\"(/projects\\?[^\"]*page=2[^\"]*)\"").matcher(first);
        assertThat(next.find()).as("a link to page 2").isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(URLDecoder.decode(link, StandardCharsets.UTF_8)).contains("regionCode=" + w.countyA)
                .contains("ym=2024-06");
        assertThat(rows(page(w.dispatcher, link).getContentAsString())).isEqualTo(3);

        String found = page(w.dispatcher, "/projects?ym=2024-06&q=%E6%BB%A8%E6%B2%B3").getContentAsString();
        assertThat(rows(found)).isEqualTo(1);
        assertThat(found).contains("滨河大道快速路工程").contains("共 1 条");
        String none = page(w.dispatcher, "/projects?ym=2024-06&q=nothing-like-it").getContentAsString();
        assertThat(none).contains("id=\"ledger-empty\"").contains("没有符合筛选条件的项目");

        // the export: every row of the filter (all pages), sorted as asked, with the header in the page's language
        Matcher export = Pattern.compile("href=\"([^\"]*export\\.xlsx[^\"]*)\"[^>]*id=\"ledger-export\"|id=\"ledger-export\"[^>]*href=\"([^\"]*)\"")
                .matcher(first);
        assertThat(export.find()).as("the export link").isTrue();
        String href = (export.group(1) != null ? export.group(1) : export.group(2)).replace("&amp;", "&");
        MockHttpServletResponse x = page(w.dispatcher, href + "&sort=annualPlan&dir=desc");
        assertThat(x.getStatus()).isEqualTo(200);
        assertThat(x.getContentType()).contains("spreadsheetml");
        assertThat(x.getHeader("Content-Disposition")).contains("filename*=UTF-8''");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("重点项目台账").contains("2024年6月");
            Row header = s.getRow(1);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("项目编号");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("项目名称");
            assertThat(s.getLastRowNum() - 1).as("23 projects, on every page").isEqualTo(23);
            assertThat(s.getRow(2).getCell(7).getNumericCellValue()).as("the largest plan first").isEqualTo(123.0);
            assertThat(s.getRow(24).getCell(7).getNumericCellValue()).isEqualTo(101.0);
            assertThat(s.getRow(2).getCell(3).getStringCellValue()).isNotBlank();
        }
        MockHttpServletResponse en = page(w.dispatcher, href + "&lang=en");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(en.getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("Name");
        }

        // the dashboard's red and yellow list is paged too
        String dash = page(w.dispatcher, "/dashboard?ym=2024-06&regionCode=" + w.countyA).getContentAsString();
        assertThat(rows(dash, "warned")).isEqualTo(20);
        assertThat(dash).contains("共 23 条").contains("id=\"warned-pages\"");
        String dash2 = page(w.dispatcher, "/dashboard?ym=2024-06&regionCode=" + w.countyA + "&page=2")
                .getContentAsString();
        assertThat(rows(dash2, "warned")).isEqualTo(3);

        // a county leader picks only the county and below
        String county = page(w.countyLeaderA, "/dashboard?ym=2024-06").getContentAsString();
        String picker = county.substring(county.indexOf("id=\"regionCode\""), county.indexOf("</select>",
                county.indexOf("id=\"regionCode\"")));
        assertThat(picker).contains("value=\"" + w.countyA + "\"").doesNotContain("value=\"" + w.countyB + "\"")
                .doesNotContain("value=\"" + w.city + "\"");

        // a reporter's export holds only the unit's projects
        MockHttpServletResponse mine = page(w.reporterB, "/projects/export.xlsx?ym=2024-06");
        assertThat(mine.getStatus()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(mine.getContentAsByteArray()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum() - 1).isEqualTo(3);
        }
    }

    @Test
    void theProblemsExportHoldsTheFilteredListOnEveryPage() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long project = created(dispatcher.post("/api/projects", project("问题导出测试项目", w.countyA, w.unitA,
                w.leader1, "100"))).id();
        for (int i = 1; i <= 22; i++) {
            created(dispatcher.post("/api/problems", java.util.Map.of("projectId", project, "title",
                    (i == 5 ? "=HYPERLINK(\"x\")" : "用地指标未落实" + i), "category", i <= 21 ? "LAND" : "OTHER",
                    "description", "情况说明", "assigneeUnitId", w.unitA, "dueWorkingDays", 5)));
        }
        String list = page(w.dispatcher, "/problems?category=LAND&projectId=" + project).getContentAsString();
        assertThat(list).contains("共 21 条");
        Matcher export = Pattern.compile("href=\"([^\"]*problems/export\\.xlsx[^\"]*)\"").matcher(list);
        assertThat(export.find()).as("the export link").isTrue();
        MockHttpServletResponse x = page(w.dispatcher, export.group(1).replace("&amp;", "&"));
        assertThat(x.getStatus()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum() - 1).as("21 LAND problems, beyond the first page of 20").isEqualTo(21);
            List<String> titles = new ArrayList<>();
            for (int r = 2; r <= s.getLastRowNum(); r++) {
                titles.add(s.getRow(r).getCell(1).getStringCellValue());
                assertThat(s.getRow(r).getCell(3).getStringCellValue()).isEqualTo("用地");
            }
            assertThat(titles).contains("=HYPERLINK(\"x\")");
            Row formula = s.getRow(2 + titles.indexOf("=HYPERLINK(\"x\")"));
            assertThat(formula.getCell(1).getCellType()).as("text, never a formula")
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(formula.getCell(1).getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void theTasksListSearchesPagesAndExports() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long meeting = created(dispatcher.post("/api/meetings", java.util.Map.of("title", "七月调度会", "type",
                "MONTHLY", "date", "2024-07-01"))).id();
        for (int i = 1; i <= 22; i++) {
            created(dispatcher.post("/api/meetings/" + meeting + "/decisions", java.util.Map.of("content",
                    i == 3 ? "防汛物资储备到位" : "加快推进征迁第" + i + "批", "responsibleUnitId", i <= 21 ? w.unitA : w.unitB,
                    "responsiblePerson", "李四", "dueDate", "2024-08-" + (10 + i % 9))));
        }
        String first = page(w.dispatcher, "/tasks").getContentAsString();
        assertThat(rows(first, "tasks")).isEqualTo(20);
        assertThat(first).contains("共 22 条").contains("id=\"tasks-pages\"");
        assertThat(rows(page(w.dispatcher, "/tasks?page=2").getContentAsString(), "tasks")).isEqualTo(2);
        String found = page(w.dispatcher, "/tasks?q=%E9%98%B2%E6%B1%9B").getContentAsString();
        assertThat(rows(found, "tasks")).isEqualTo(1);
        assertThat(found).contains("防汛物资储备到位");
        assertThat(rows(page(w.dispatcher, "/tasks?unitId=" + w.unitB).getContentAsString(), "tasks")).isEqualTo(1);
        assertThat(page(w.dispatcher, "/tasks?status=CLOSED").getContentAsString()).contains("id=\"tasks-empty\"");

        MockHttpServletResponse x = page(w.dispatcher, "/tasks/export.xlsx?unitId=" + w.unitA + "&sort=due&dir=asc");
        assertThat(x.getStatus()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("议定事项内容");
            assertThat(s.getLastRowNum() - 1).isEqualTo(21);
            assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEqualTo("2024-08-10");
            assertThat(s.getRow(2).getCell(4).getStringCellValue()).isEqualTo("办理中");
        }
    }

    @Test
    void theReviewQueueExportsWhatItShows() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        for (int i = 1; i <= 23; i++) {
            long id = created(dispatcher.post("/api/projects", project("审核导出项目" + i, w.countyA,
                    i <= 22 ? w.unitA : w.unitB, null, "100"))).id();
            ok(dispatcher.put("/api/projects/" + id + "/reports/2024-07", report(String.valueOf(i))));
        }
        String queue = page(w.dispatcher, "/review?period=2024-07&unitId=" + w.unitA).getContentAsString();
        Matcher export = Pattern.compile("href=\"([^\"]*review/export\\.xlsx[^\"]*)\"").matcher(queue);
        assertThat(export.find()).as("the export link").isTrue();
        MockHttpServletResponse x = page(w.dispatcher, export.group(1).replace("&amp;", "&"));
        assertThat(x.getStatus()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("2024年7月");
            assertThat(s.getLastRowNum() - 1).as("unit A's 22 reports, beyond the first page").isEqualTo(22);
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).isEqualTo("已报送");
            assertThat(s.getRow(2).getCell(3).getNumericCellValue()).isPositive();
        }
        assertThat(page(w.reporterA, "/review/export.xlsx?period=2024-07").getStatus()).as("a reporter")
                .isEqualTo(403);
    }
}
