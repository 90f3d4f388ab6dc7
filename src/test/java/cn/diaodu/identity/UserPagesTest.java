package cn.diaodu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

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

import cn.diaodu.organisation.OrganisationService;

/**
 * The administrator's page of users, through MockMvc with the real security chain. Region codes of this class start
 * with 96 to 99; usernames end in their number.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    TokenService tokens;
    @Autowired
    OrganisationService organisation;

    private UserDetails admin() {
        return users.loadUserByUsername("admin");
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

    private UserService.UserView byName(String username) {
        return users.list().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow();
    }

    private long unit(String name, String regionCode) {
        return organisation.createUnit(new OrganisationService.UnitInput(name, "DEPARTMENT", regionCode)).id();
    }

    @Test
    void listShowsUsersWithChineseRoles() throws Exception {
        String html = page(get("/admin/users"));
        assertThat(html).contains("用户管理", "用户名", "姓名", "角色", "所属单位", "状态", "新增用户");
        assertThat(html).contains("admin", "系统管理员", "项目办", "全系统", "启用", "当前登录");

        String en = page(get("/admin/users").param("lang", "en"));
        assertThat(en).contains("Users", "Administrator", "Project office", "Add user");
    }

    @Test
    void newUserFormOffersRolesUnitsAndRegions() throws Exception {
        organisation.createRegion(new OrganisationService.RegionInput("960000", "用户测试省96", "PROVINCE", null));
        unit("用户测试局96", "960000");
        String html = page(get("/admin/users/new"));
        assertThat(html).contains("新增用户", "系统管理员", "项目办", "领导", "填报员", "督查室", "审计员");
        assertThat(html).contains("type=\"password\"", "name=\"roles\"", "用户测试局96", "用户测试省96 (960000)");
        assertThat(html).contains("name=\"_csrf\"");
    }

    @Test
    void validUserIsCreatedAndCanSignIn() throws Exception {
        organisation.createRegion(new OrganisationService.RegionInput("970000", "用户测试省97", "PROVINCE", null));
        long unitId = unit("用户测试局97", "970000");
        MvcResult r = postAsAdmin(post("/admin/users").param("username", "rep97").param("displayName", "填报员九七")
                .param("password", "secret-pw-97").param("roles", "REPORTER").param("roles", "LEADER")
                .param("unitId", String.valueOf(unitId)).param("regionCode", "970000").param("enabled", "true")
                .param("_enabled", "on"));
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat((String) r.getFlashMap().get("flash")).contains("rep97");

        UserService.UserView u = byName("rep97");
        assertThat(u.roles()).containsExactlyInAnyOrder(Role.REPORTER, Role.LEADER);
        assertThat(u.unitId()).isEqualTo(unitId);
        assertThat(u.regionCode()).isEqualTo("970000");
        assertThat(u.enabled()).isTrue();
        assertThat(tokens.issue("rep97", "secret-pw-97")).isPresent();

        String html = page(get("/admin/users"));
        assertThat(html).contains("rep97", "填报员九七", "填报员", "领导", "用户测试局97", "用户测试省97");
        assertThat(html).doesNotContain("secret-pw-97");
        assertThat(page(get("/admin/users").param("q", "九七"))).contains("rep97").doesNotContain(">admin<");
    }

    @Test
    void invalidUserComesBackWithTheMessagesAndWritesNothing() throws Exception {
        int before = users.list().size();
        MvcResult r = postAsAdmin(post("/admin/users").param("username", "x").param("displayName", "某某98")
                .param("password", "abc").param("_roles", "on").param("unitId", "").param("regionCode", "989898"));
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = body(r);
        assertThat(html).contains("is-invalid", "invalid-feedback");
        assertThat(html).contains("用户名为2到64位字母", "密码至少8位", "至少一个角色", "区划不存在");
        assertThat(html).contains("value=\"x\"", "value=\"某某98\"");
        assertThat(html).doesNotContain("value=\"abc\"");
        assertThat(users.list()).hasSize(before);

        MvcResult noUnit = postAsAdmin(post("/admin/users").param("username", "nounit98")
                .param("password", "secret-pw-98").param("roles", "REPORTER").param("unitId", ""));
        assertThat(body(noUnit)).contains("填报员须属于一个单位");
        MvcResult badUnit = postAsAdmin(post("/admin/users").param("username", "badunit98")
                .param("password", "secret-pw-98").param("roles", "REPORTER").param("unitId", "abc"));
        assertThat(badUnit.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(badUnit)).contains("单位不存在");
        MvcResult taken = postAsAdmin(post("/admin/users").param("username", "admin")
                .param("password", "secret-pw-98").param("roles", "AUDITOR"));
        assertThat(body(taken)).contains("用户名已存在");
        assertThat(users.list()).hasSize(before);
        assertThat(users.exists("nounit98")).isFalse();
    }

    @Test
    void userIsEditedAndThePasswordKeptUnlessGiven() throws Exception {
        users.create(new UserService.UserInput("edit99", "first-pw-99", "编辑前99", List.of("LEADER"), null, null,
                true));
        long id = byName("edit99").id();
        String form = page(get("/admin/users/{id}/edit", id));
        assertThat(form).contains("编辑用户", "edit99", "value=\"编辑前99\"", "留空则不修改密码");
        assertThat(form).containsPattern("value=\"LEADER\"[^>]*checked=\"checked\"");

        MvcResult ok = postAsAdmin(post("/admin/users/{id}", id).param("displayName", "编辑后99")
                .param("password", "").param("roles", "SUPERVISOR").param("roles", "AUDITOR").param("unitId", "")
                .param("regionCode", "").param("enabled", "true").param("_enabled", "on"));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        UserService.UserView after = users.get(id);
        assertThat(after.displayName()).isEqualTo("编辑后99");
        assertThat(after.roles()).isEqualTo(Set.of(Role.SUPERVISOR, Role.AUDITOR));
        assertThat(tokens.issue("edit99", "first-pw-99")).isPresent();

        MvcResult bad = postAsAdmin(post("/admin/users/{id}", id).param("displayName", "又改99")
                .param("password", "short").param("_roles", "on").param("_enabled", "on"));
        assertThat(bad.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(bad)).contains("密码至少8位", "至少一个角色", "value=\"又改99\"", "edit99");
        assertThat(users.get(id).displayName()).isEqualTo("编辑后99");

        postAsAdmin(post("/admin/users/{id}", id).param("password", "second-pw-99").param("roles", "AUDITOR")
                .param("enabled", "true").param("_enabled", "on"));
        assertThat(tokens.issue("edit99", "first-pw-99")).isEmpty();
        assertThat(tokens.issue("edit99", "second-pw-99")).isPresent();
        assertThat(users.get(id).displayName()).isEqualTo("编辑后99");
    }

    @Test
    void userIsDisabledAndEnabled() throws Exception {
        users.create(new UserService.UserInput("off99", "secret-pw-99", "停用测试99", List.of("LEADER"), null, null,
                true));
        long id = byName("off99").id();
        MvcResult off = postAsAdmin(post("/admin/users/{id}/disable", id));
        assertThat(off.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat((String) off.getFlashMap().get("flash")).contains("off99");
        assertThat(users.get(id).enabled()).isFalse();
        assertThat(users.get(id).roles()).containsExactly(Role.LEADER);
        assertThat(tokens.issue("off99", "secret-pw-99")).isEmpty();
        assertThat(page(get("/admin/users").param("q", "off99"))).contains("停用", "/admin/users/" + id + "/enable");

        postAsAdmin(post("/admin/users/{id}/enable", id));
        assertThat(users.get(id).enabled()).isTrue();
        assertThat(tokens.issue("off99", "secret-pw-99")).isPresent();

        // the unchecked switch of the edit form disables too
        postAsAdmin(post("/admin/users/{id}", id).param("roles", "LEADER").param("_enabled", "on"));
        assertThat(users.get(id).enabled()).isFalse();
    }

    @Test
    void theAdministratorCannotLockThemselvesOut() throws Exception {
        long me = byName("admin").id();
        MvcResult off = postAsAdmin(post("/admin/users/{id}/disable", me));
        assertThat(off.getFlashMap().get("flashError")).isNotNull();
        assertThat(users.get(me).enabled()).isTrue();

        MvcResult edit = postAsAdmin(post("/admin/users/{id}", me).param("roles", "DISPATCHER")
                .param("_enabled", "on"));
        assertThat(edit.getResponse().getStatus()).isEqualTo(200);
        assertThat(body(edit)).contains("不能停用自己的账号", "不能取消自己的系统管理员角色");
        assertThat(users.get(me).roles()).contains(Role.ADMIN);
        assertThat(users.get(me).enabled()).isTrue();
    }

    @Test
    void unknownUserIs404() throws Exception {
        mvc.perform(get("/admin/users/{id}/edit", 987654321L).with(user(admin()))).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/{id}/disable", 987654321L).with(user(admin())).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        MvcResult login = mvc.perform(formLogin().user("admin").password("admin-secret"))
                .andExpect(status().is3xxRedirection()).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);
        mvc.perform(get("/admin/users/new").session(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/users").session(session).param("username", "nocsrf96")
                .param("password", "secret-pw-96").param("roles", "AUDITOR")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").session(session).with(csrf().useInvalidToken()).param("username", "nocsrf96")
                .param("password", "secret-pw-96").param("roles", "AUDITOR")).andExpect(status().isForbidden());
        // without a session at all, the request is sent to the sign-in page as an expired session
        mvc.perform(post("/admin/users").param("username", "nocsrf96").param("password", "secret-pw-96")
                .param("roles", "AUDITOR").with(user(admin()))).andExpect(status().is3xxRedirection());
        assertThat(users.exists("nocsrf96")).isFalse();
        // the same session with its token is accepted
        mvc.perform(post("/admin/users").session(session).with(csrf()).param("username", "withcsrf96")
                .param("password", "secret-pw-96").param("roles", "AUDITOR")).andExpect(status().is3xxRedirection());
        assertThat(users.exists("withcsrf96")).isTrue();
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        users.create(new UserService.UserInput("disp96", "secret-pw-96", "调度96", List.of("DISPATCHER", "LEADER"),
                null, null, true));
        UserDetails d = users.loadUserByUsername("disp96");
        mvc.perform(get("/admin/users").with(user(d))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(user(d))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users").param("username", "sneaky96").param("password", "secret-pw-96")
                .param("roles", "ADMIN").with(user(d)).with(csrf())).andExpect(status().isForbidden());
        assertThat(users.exists("sneaky96")).isFalse();
    }

    @Test
    void anAdministratorBoundToARegionSeesAndEditsItsRegionsUsersOnly() throws Exception {
        organisation.createRegion(new OrganisationService.RegionInput("980000", "用户测试省98", "PROVINCE", null));
        organisation.createRegion(new OrganisationService.RegionInput("980100", "用户测试市98", "CITY", "980000"));
        organisation.createRegion(new OrganisationService.RegionInput("980102", "甲县98", "COUNTY", "980100"));
        organisation.createRegion(new OrganisationService.RegionInput("980103", "乙县98", "COUNTY", "980100"));
        users.create(new UserService.UserInput("cadm98", "secret-pw-98", "县管理员98", List.of("ADMIN"), null,
                "980102", true));
        users.create(new UserService.UserInput("clead98", "secret-pw-98", "甲县领导98", List.of("LEADER"), null,
                "980102", true));
        users.create(new UserService.UserInput("blead98", "secret-pw-98", "乙县领导98", List.of("LEADER"), null,
                "980103", true));
        UserDetails cadm = users.loadUserByUsername("cadm98");
        String html = body(mvc.perform(get("/admin/users").with(user(cadm))).andExpect(status().isOk()).andReturn());
        assertThat(html).contains("clead98", "cadm98").doesNotContain("blead98", ">admin<");
        mvc.perform(get("/admin/users/" + byName("blead98").id() + "/edit").with(user(cadm)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + byName("blead98").id() + "/disable").with(user(cadm)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(byName("blead98").enabled()).isTrue();
        // the form offers the county's regions only; a user for the whole system is refused
        String form = body(mvc.perform(get("/admin/users/new").with(user(cadm))).andExpect(status().isOk()).andReturn());
        assertThat(form).contains("甲县98").doesNotContain("乙县98", "用户测试市98");
        mvc.perform(post("/admin/users").param("username", "wide98").param("password", "secret-pw-98")
                .param("roles", "DISPATCHER").with(user(cadm)).with(csrf())).andExpect(status().isForbidden());
        assertThat(users.exists("wide98")).isFalse();
        mvc.perform(post("/admin/users").param("username", "narrow98").param("password", "secret-pw-98")
                .param("roles", "DISPATCHER").param("regionCode", "980102").with(user(cadm)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(byName("narrow98").regionCode()).isEqualTo("980102");
    }
}
