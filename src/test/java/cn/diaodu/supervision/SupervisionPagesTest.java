package cn.diaodu.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** The meeting pages render, and a project can be added to the agenda by hand (the agenda is editable). */
@AutoConfigureMockMvc
class SupervisionPagesTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    @Test
    void aProjectIsAddedToTheAgendaByHandAndThePagesRender() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long id = created(dispatcher.post("/api/projects", project("按进度推进的项目", w.countyA, w.unitA, null, "1200")))
                .id();
        for (int m = 1; m <= 6; m++) {
            ok(dispatcher.put("/api/projects/" + id + "/reports/2024-0" + m, report("100")));
        }
        long meeting = created(dispatcher.post("/api/meetings", Map.of("title", "专题调度会", "type", "SPECIAL",
                "date", "2024-07-10"))).id();
        UserDetails me = users.loadUserByUsername(w.dispatcher);

        String page = mvc.perform(get("/meetings/" + meeting).with(SecurityMockMvcRequestPostProcessors.user(me))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("专题调度会", "agenda-add", "按进度推进的项目");
        assertThat(ok(dispatcher.get("/api/meetings/" + meeting + "/agenda")).text()).doesNotContain("按进度推进的项目");

        var added = mvc.perform(post("/meetings/" + meeting + "/agenda").param("projectId", String.valueOf(id))
                .param("edit", "ADD").with(SecurityMockMvcRequestPostProcessors.user(me)).with(csrf())).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        var agenda = ok(dispatcher.get("/api/meetings/" + meeting + "/agenda"));
        assertThat(agenda.text()).contains("按进度推进的项目", "ADDED");

        var removed = mvc.perform(post("/meetings/" + meeting + "/agenda").param("projectId", String.valueOf(id))
                .param("edit", "REMOVE").with(SecurityMockMvcRequestPostProcessors.user(me)).with(csrf())).andReturn().getResponse();
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(ok(dispatcher.get("/api/meetings/" + meeting + "/agenda")).text()).doesNotContain("按进度推进的项目");

        for (String path : new String[] {"/meetings", "/tasks"}) {
            var r = mvc.perform(get(path).with(SecurityMockMvcRequestPostProcessors.user(me))).andReturn().getResponse();
            assertThat(r.getStatus()).as(path).isEqualTo(200);
        }
        UserDetails reporter = users.loadUserByUsername(w.reporterA);
        assertThat(mvc.perform(get("/meetings/" + meeting).with(SecurityMockMvcRequestPostProcessors.user(reporter))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
    }
}
