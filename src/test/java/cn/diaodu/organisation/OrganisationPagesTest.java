package cn.diaodu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import cn.diaodu.identity.UserService;

/**
 * The administrator's pages for regions, units and leaders, through MockMvc with the real security chain. Region
 * codes of this class start with 91 to 95 (ApiTest counts up from 10; UserPagesTest uses 96 to 99).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrganisationPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    OrganisationService organisation;

    private UserDetails admin() {
        return users.loadUserByUsername("admin");
    }

    private UserDetails dispatcher() {
        if (!users.exists("disp-pages91")) {
            users.create(new UserService.UserInput("disp-pages91", "secret-pw-1", "调度员", List.of("DISPATCHER"),
                    null, null, true));
        }
        return users.loadUserByUsername("disp-pages91");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult r = mvc.perform(request.with(user(admin()))).andExpect(status().isOk()).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MvcResult postAsAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(admin())).with(csrf())).andReturn();
    }

    private static String body(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void region(String code, String name, String level, String parent) {
        organisation.createRegion(new OrganisationService.RegionInput(code, name, level, parent));
    }

    // ---- regions -----------------------------------------------------------------------------------------------

    @Test
    void regionPageShowsTheTreeWithChineseHeadingsAndLevels() throws Exception {
        region("910000", "页面测试省91", "PROVINCE", null);
        region("910100", "页面测试市91", "CITY", "910000");
        region("910102", "页面测试区91", "COUNTY", "910100");
        region("910102001", "页面测试街道91", "TOWN", "910102");
        region("910102001001", "页面测试社区91", "VILLAGE", "910102001");

        String html = page(get("/admin/regions"));
        assertThat(html).contains("行政区划", "区划代码", "名称", "级别", "新增区划", "上级区划");
        assertThat(html).contains("页面测试省91", "页面测试市91", "页面测试区91", "页面测试街道91", "页面测试社区91");
        assertThat(html).contains(">省<", ">市<", ">县（区）<", ">乡镇（街道）<", ">村（社区）<");
        // depth-first: the province comes before its city, the city before its county
        assertThat(html.indexOf("页面测试省91")).isLessThan(html.indexOf("页面测试市91"));
        assertThat(html.indexOf("页面测试市91")).isLessThan(html.indexOf("页面测试区91"));
        assertThat(html.indexOf("页面测试区91")).isLessThan(html.indexOf("页面测试街道91"));
        assertThat(html).contains("/admin/regions/910100/edit");

        // "add below" preselects the parent and the next level
        String child = page(get("/admin/regions").param("parent", "910100"));
        assertThat(child).containsPattern("<option value=\"910100\" selected=\"selected\">");
        assertThat(child).containsPattern("<option value=\"COUNTY\" selected=\"selected\">");
    }

    @Test
    void regionPageSpeaksEnglishOnRequest() throws Exception {
        String html = page(get("/admin/regions").param("lang", "en"));
        assertThat(html).contains("Regions", "Add region", "Parent region", "County (district)");
        assertThat(html).doesNotContain("新增区划");
    }

    @Test
    void validRegionIsCreatedAndListed() throws Exception {
        MvcResult r = postAsAdmin(post("/admin/regions").param("code", "920000").param("name", "新建省92")
                .param("level", "PROVINCE").param("parentCode", ""));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/regions");
        assertThat((String) r.getFlashMap().get("flash")).contains("新建省92");

        MvcResult child = postAsAdmin(post("/admin/regions").param("code", "920100").param("name", "新建市92")
                .param("level", "CITY").param("parentCode", "920000"));
        assertThat(child.getResponse().getStatus()).isEqualTo(302);

        assertThat(organisation.region("920100")).get().extracting(Region::parentCode).isEqualTo("920000");
        assertThat(page(get("/admin/regions"))).contains("新建省92", "新建市92");
    }

    @Test
    void invalidRegionComesBackWithTheMessagesAndWritesNothing() throws Exception {
        int before = organisation.regionTree().all().size();
        MvcResult r = postAsAdmin(post("/admin/regions").param("code", "93x").param("name", "  ")
                .param("level", "CITY").param("parentCode", "939999"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = body(r);
        assertThat(html).contains("is-invalid", "invalid-feedback");
        assertThat(html).contains("区划代码应为6位、9位或12位数字", "必填", "上级区划不存在");
        assertThat(html).doesNotContain("/ code must be");
        assertThat(html).contains("value=\"93x\"");
        assertThat(organisation.regionTree().all()).hasSize(before);

        // the parent must be of a higher level; the code length must fit the level
        region("930000", "上级测试省93", "PROVINCE", null);
        MvcResult wrongLevel = postAsAdmin(post("/admin/regions").param("code", "930100").param("name", "测试市93")
                .param("level", "PROVINCE").param("parentCode", "930000"));
        assertThat(body(wrongLevel)).contains("上级区划的级别应高于本级").contains("测试市93");
        MvcResult wrongLength = postAsAdmin(post("/admin/regions").param("code", "930100").param("name", "测试镇93")
                .param("level", "TOWN").param("parentCode", "930000"));
        assertThat(body(wrongLength)).contains("区划代码位数与级别不符");
        MvcResult duplicate = postAsAdmin(post("/admin/regions").param("code", "930000").param("name", "重复93")
                .param("level", "PROVINCE"));
        assertThat(body(duplicate)).contains("区划代码已存在");
        assertThat(organisation.region("930100")).isEmpty();
    }

    @Test
    void refusalsAreInEnglishOnEnglishPages() throws Exception {
        MvcResult r = postAsAdmin(post("/admin/regions").param("lang", "en").param("code", "9").param("name", "")
                .param("level", ""));
        String html = body(r);
        assertThat(html).contains("code must be 6, 9 or 12 digits", "required");
        assertThat(html).doesNotContain("必填");
    }

    @Test
    void regionIsRenamed() throws Exception {
        region("940000", "旧名94", "PROVINCE", null);
        assertThat(page(get("/admin/regions/940000/edit"))).contains("重命名区划", "旧名94", "940000", "省");

        MvcResult blank = postAsAdmin(post("/admin/regions/940000/rename").param("name", ""));
        assertThat(blank.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(blank)).contains("必填", "is-invalid");
        assertThat(organisation.region("940000").get().name()).isEqualTo("旧名94");

        MvcResult ok = postAsAdmin(post("/admin/regions/940000/rename").param("name", "新名94"));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/regions");
        assertThat(organisation.region("940000").get().name()).isEqualTo("新名94");
        assertThat(page(get("/admin/regions"))).contains("新名94").doesNotContain("旧名94");
    }

    @Test
    void unknownRegionIs404() throws Exception {
        mvc.perform(get("/admin/regions/999999999999/edit").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/regions/999999999999/rename").param("name", "x").with(user(admin())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/abc/edit").with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/987654321/edit").with(user(admin()))).andExpect(status().isNotFound());
    }

    // ---- units -------------------------------------------------------------------------------------------------

    @Test
    void unitsAreListedCreatedFilteredAndEdited() throws Exception {
        region("950000", "单位测试省95", "PROVINCE", null);
        MvcResult r = postAsAdmin(post("/admin/units").param("name", "发展改革局95").param("kind", "DEPARTMENT")
                .param("regionCode", "950000"));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/units");
        assertThat((String) r.getFlashMap().get("flash")).contains("发展改革局95");
        // with at least one unit in the database (whatever ran before), a filter that matches none says so
        String empty = page(get("/admin/units").param("q", "不存在的单位名95"));
        assertThat(empty).contains("没有名称包含“不存在的单位名95”的单位");
        postAsAdmin(post("/admin/units").param("name", "高新园区95").param("kind", "PARK").param("regionCode", "950000"));

        String list = page(get("/admin/units"));
        assertThat(list).contains("责任单位", "单位名称", "类别", "所属区划", "新增单位");
        assertThat(list).contains("发展改革局95", "高新园区95", "部门", "园区", "单位测试省95");

        String filtered = page(get("/admin/units").param("q", "园区95"));
        assertThat(filtered).contains("高新园区95").doesNotContain("发展改革局95");

        Unit unit = organisation.units().stream().filter(u -> u.name().equals("发展改革局95")).findFirst().get();
        String edit = page(get("/admin/units/{id}/edit", unit.id()));
        assertThat(edit).contains("编辑责任单位", "value=\"发展改革局95\"", "id=\"unit-form\"",
                "action=\"/admin/units/" + unit.id() + "\"", "href=\"/admin/units\"");

        MvcResult bad = postAsAdmin(post("/admin/units/{id}", unit.id()).param("name", "改名95").param("kind", "KING")
                .param("regionCode", "950000"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(bad)).contains("取值无效", "value=\"改名95\"");
        assertThat(organisation.unit(unit.id()).get().name()).isEqualTo("发展改革局95");

        // a unit needs a region (issue 10): clearing it is refused and changes nothing
        MvcResult noRegion = postAsAdmin(post("/admin/units/{id}", unit.id()).param("name", "发展和改革局95")
                .param("kind", "TOWNSHIP").param("regionCode", ""));
        assertThat(noRegion.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(noRegion)).contains("is-invalid", "必填");
        assertThat(organisation.unit(unit.id()).get().name()).isEqualTo("发展改革局95");

        MvcResult ok = postAsAdmin(post("/admin/units/{id}", unit.id()).param("name", "发展和改革局95")
                .param("kind", "TOWNSHIP").param("regionCode", "950000"));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/units");
        Unit after = organisation.unit(unit.id()).get();
        assertThat(after.name()).isEqualTo("发展和改革局95");
        assertThat(after.kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(after.regionCode()).isEqualTo("950000");
        assertThat(page(get("/admin/units"))).contains("发展和改革局95", "乡镇（街道）");
    }

    @Test
    void invalidUnitComesBackWithTheMessagesAndWritesNothing() throws Exception {
        int before = organisation.units().size();
        MvcResult r = postAsAdmin(post("/admin/units").param("name", "").param("kind", "")
                .param("regionCode", "959999999"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = body(r);
        assertThat(html).contains("is-invalid", "必填", "区划不存在");
        assertThat(organisation.units()).hasSize(before);
    }

    @Test
    void unitNamesAreEscaped() throws Exception {
        region("970000", "转义测试省97", "PROVINCE", null);
        postAsAdmin(post("/admin/units").param("name", "<script>alert('x95')</script>").param("kind", "OTHER")
                .param("regionCode", "970000"));
        String html = page(get("/admin/units"));
        assertThat(html).contains("&lt;script&gt;alert(&#39;x95&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert('x95')");
    }

    // ---- leaders -----------------------------------------------------------------------------------------------

    @Test
    void leadersAreListedCreatedAndEdited() throws Exception {
        MvcResult r = postAsAdmin(post("/admin/leaders").param("name", "赵某91").param("title", "副市长"));
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/leaders");
        String list = page(get("/admin/leaders"));
        assertThat(list).contains("包抓领导", "姓名", "职务", "赵某91", "副市长");

        Leader l = organisation.leaders().stream().filter(x -> x.name().equals("赵某91")).findFirst().get();
        assertThat(page(get("/admin/leaders/{id}/edit", l.id()))).contains("value=\"赵某91\"", "value=\"副市长\"",
                "id=\"leader-form\"", "action=\"/admin/leaders/" + l.id() + "\"", "href=\"/admin/leaders\"");
        MvcResult badEdit = postAsAdmin(post("/admin/leaders/{id}", l.id()).param("name", "").param("title", "市长91"));
        assertThat(badEdit.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(badEdit)).contains("必填", "is-invalid", "value=\"市长91\"", "赵某91", "id=\"leader-submit\"");
        assertThat(organisation.leader(l.id()).get().name()).isEqualTo("赵某91");

        int before = organisation.leaders().size();
        MvcResult bad = postAsAdmin(post("/admin/leaders").param("name", " ").param("title", "秘书长91"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(bad)).contains("必填", "is-invalid", "value=\"秘书长91\"");
        assertThat(organisation.leaders()).hasSize(before);

        MvcResult ok = postAsAdmin(post("/admin/leaders/{id}", l.id()).param("name", "赵某某91").param("title", "市长"));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/leaders");
        assertThat(organisation.leader(l.id()).get()).isEqualTo(new Leader(l.id(), "赵某某91", "市长"));

        mvc.perform(get("/admin/leaders/{id}/edit", 987654321L).with(user(admin())))
                .andExpect(status().isNotFound());
    }

    // ---- security ----------------------------------------------------------------------------------------------

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("admin").password("admin-secret"))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/admin/units").session(session)).andExpect(status().isOk());
        int units = organisation.units().size();
        int leaders = organisation.leaders().size();
        mvc.perform(post("/admin/units").session(session).param("name", "无令牌单位91").param("kind", "OTHER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/regions").session(session).param("code", "910900").param("name", "无令牌91")
                .param("level", "CITY")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/leaders").session(session).with(csrf().useInvalidToken()).param("name", "无令牌91"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/regions/910000/rename").session(session).param("name", "无令牌91"))
                .andExpect(status().isForbidden());
        // without a session at all, the request is sent to the sign-in page as an expired session
        mvc.perform(post("/admin/leaders").param("name", "无令牌91").with(user(admin())))
                .andExpect(status().is3xxRedirection());
        assertThat(organisation.units()).hasSize(units);
        assertThat(organisation.leaders()).hasSize(leaders);
        assertThat(organisation.region("910900")).isEmpty();
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        UserDetails d = dispatcher();
        for (String path : List.of("/admin/regions", "/admin/units", "/admin/leaders")) {
            mvc.perform(get(path).with(user(d))).andExpect(status().isForbidden());
        }
        int leaders = organisation.leaders().size();
        mvc.perform(post("/admin/leaders").param("name", "越权91").with(user(d)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(organisation.leaders()).hasSize(leaders);
        mvc.perform(get("/admin/regions")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    @Test
    void theRealAdministratorSignsInAndUsesThePages() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("admin").password("admin-secret"))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        assertThat(session).isNotNull();
        String html = mvc.perform(get("/admin/leaders").session(session)).andExpect(status().isOk())
                .andExpect(view().name("organisation/leaders")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("包抓领导", "系统管理员", "name=\"_csrf\"");
        mvc.perform(post("/admin/leaders").session(session).with(csrf()).param("name", "钱某91").param("title", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flash"));
        assertThat(organisation.leaders()).anyMatch(l -> l.name().equals("钱某91") && l.title() == null);
    }
}
