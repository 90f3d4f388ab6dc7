package cn.diaodu.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.diaodu.identity.UserService;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.ProjectService;

/**
 * The page 导入与初始化 through MockMvc with the real security chain: a refused list shows every bad cell in the
 * error table (row, column, reason) and writes nothing, a good one the count; the first passwords download once;
 * the rollover page lists the year's continuing projects. Region codes of this class start with 87.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OnboardingPagesTest {
    private static final String XLSX = OnboardingTestSupport.XLSX;
    private static final List<String> HEADERS = List.of("项目名称", "所在地区", "责任单位", "行业类别", "项目级别",
            "总投资（万元）", "年度计划投资（万元）");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    OrganisationService organisation;
    @Autowired
    ProjectService projects;

    private static String unitName;

    @BeforeEach
    void setUp() {
        if (organisation.region("870000").isEmpty()) {
            organisation.createRegion(new OrganisationService.RegionInput("870000", "页面省87", "PROVINCE", null));
            organisation.createRegion(new OrganisationService.RegionInput("870100", "页面市87", "CITY", "870000"));
            unitName = "页面发改委87";
            organisation.createUnit(new OrganisationService.UnitInput(unitName, "DEPARTMENT", "870100"));
            users.create(new UserService.UserInput("disp-onb87", "secret-pw-1", "调度员", List.of("DISPATCHER"),
                    null, "870000", true));
        }
    }

    private UserDetails dispatcher() {
        return users.loadUserByUsername("disp-onb87");
    }

    private UserDetails admin() {
        return users.loadUserByUsername("admin");
    }

    private static String html(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult upload(String path, byte[] file, UserDetails who, MockHttpSession session) throws Exception {
        return mvc.perform(multipart(path).file(new MockMultipartFile("file", "清单.xlsx", XLSX, file))
                .param("year", "2036").session(session).with(user(who)).with(csrf())).andReturn();
    }

    @Test
    void thePageOffersTheTemplatesThroughPageRoutes() throws Exception {
        String page = html(mvc.perform(get("/onboarding").with(user(admin()))).andReturn());
        assertThat(page).contains("导入与初始化", "/onboarding/projects/template.xlsx", "/onboarding/units/template.xlsx",
                "/onboarding/leaders/template.xlsx", "/onboarding/users/template.xlsx", "data-onboarding-upload",
                "onboarding-progress", "/onboarding/rollover");
        assertThat(page).doesNotContain("/api/");
        String disp = html(mvc.perform(get("/onboarding").with(user(dispatcher()))).andReturn());
        assertThat(disp).contains("/onboarding/projects/template.xlsx").doesNotContain("/onboarding/users/template.xlsx");
        MvcResult t = mvc.perform(get("/onboarding/projects/template.xlsx").with(user(dispatcher()))).andReturn();
        assertThat(t.getResponse().getStatus()).isEqualTo(200);
        assertThat(t.getResponse().getContentType()).startsWith(XLSX);
    }

    @Test
    void aRefusedListShowsEveryBadCellInTheTableAndWritesNothing() throws Exception {
        byte[] file = OnboardingTestSupport.sheet(HEADERS, List.of(
                OnboardingTestSupport.row("好项目", "870100", unitName, "产业", "市级", 100, 50),
                OnboardingTestSupport.row("坏地区", "无此县", unitName, "产业", "市级", 100, 50),
                OnboardingTestSupport.row("坏计划", "870100", unitName, "产业", "市级", 100, 500)));
        MvcResult r = upload("/onboarding/projects/import", file, dispatcher(), new MockHttpSession());
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String page = html(r);
        assertThat(page).contains("id=\"onboarding-error-table\"", "发现 2 处错误，未导入任何数据");
        String table = page.substring(page.indexOf("onboarding-error-table"), page.indexOf("</table>",
                page.indexOf("onboarding-error-table")));
        assertThat(table).contains(">3<", ">所在地区<", "没有这个地区：无此县", ">4<", ">年度计划投资（万元）<", "超过总投资");
        assertThat(projects.ofYear(2036)).isEmpty();

        byte[] good = OnboardingTestSupport.sheet(HEADERS, List.of(
                OnboardingTestSupport.row("好项目", "870100", unitName, "产业", "市级", 100, 50)));
        String done = html(upload("/onboarding/projects/import", good, dispatcher(), new MockHttpSession()));
        assertThat(done).contains("id=\"onboarding-imported\"", "重点项目清单：已导入 1 条").doesNotContain("onboarding-error-table");
        assertThat(projects.ofYear(2036)).hasSize(1);
    }

    @Test
    void theFirstPasswordsDownloadOnce() throws Exception {
        MockHttpSession session = new MockHttpSession();
        byte[] file = OnboardingTestSupport.sheet(List.of("用户名", "姓名", "角色", "所在地区"), List.of(
                OnboardingTestSupport.row("page-lead87", "页面领导", "领导", "870100")));
        String page = html(upload("/onboarding/users/import", file, admin(), session));
        assertThat(page).contains("/onboarding/credentials.xlsx", "用户：已导入 1 条");
        MvcResult first = mvc.perform(get("/onboarding/credentials.xlsx").session(session).with(user(admin())))
                .andReturn();
        assertThat(first.getResponse().getStatus()).isEqualTo(200);
        try (var wb = OnboardingTestSupport.read(first.getResponse().getContentAsByteArray())) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("page-lead87");
        }
        MvcResult second = mvc.perform(get("/onboarding/credentials.xlsx").session(session).with(user(admin())))
                .andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theRolloverPageListsTheContinuingProjects() throws Exception {
        byte[] file = OnboardingTestSupport.sheet(HEADERS, List.of(
                OnboardingTestSupport.row("结转页项目", "870100", unitName, "产业", "市级", 300, 100)));
        MvcResult imported = mvc.perform(multipart("/onboarding/projects/import")
                .file(new MockMultipartFile("file", "x.xlsx", XLSX, file)).param("year", "2037")
                .with(user(dispatcher())).with(csrf())).andReturn();
        assertThat(html(imported)).contains("已导入 1 条");
        String page = html(mvc.perform(get("/onboarding/rollover?fromYear=2037").with(user(dispatcher())))
                .andReturn());
        assertThat(page).contains("结转页项目", "id=\"rollover-table\"", "2038", "300.00");
        long id = projects.ofYear(2037).get(0).id();
        MvcResult r = mvc.perform(post("/onboarding/rollover").param("fromYear", "2037").param("ids",
                String.valueOf(id)).param("plan_" + id, "150").with(user(dispatcher())).with(csrf())).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(projects.ofYear(2038)).singleElement().satisfies(p -> {
            assertThat(p.continuedFrom()).isEqualTo(id);
            assertThat(p.annualPlan()).isEqualByComparingTo("150");
        });
    }
}
