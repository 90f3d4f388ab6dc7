package cn.diaodu.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import cn.diaodu.identity.UserService;
import cn.diaodu.support.ApiTest;

/**
 * Dates typed on the period and meeting pages lie between 2000 and 2100, as in the API (issue 10): the page's form
 * answers with the refusal and nothing is written.
 */
@AutoConfigureMockMvc
class PageDatesTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    @Test
    void aPeriodBeyond2100IsRefusedOnThePage() throws Exception {
        World w = world();
        UserDetails me = users.loadUserByUsername(w.dispatcher);
        MvcResult r = mvc.perform(post("/periods").param("period", "2024-05").param("opensAt", "2024-05-25T00:00")
                .param("deadline", "99999-06-05T18:00")
                .with(SecurityMockMvcRequestPostProcessors.user(me)).with(csrf())).andReturn();
        assertThat(r.getFlashMap().get("flashError")).as("the deadline is unreadable").isNotNull();
        r = mvc.perform(post("/periods").param("period", "2024-05").param("opensAt", "2024-05-25T00:00")
                .param("deadline", "2101-06-05T18:00")
                .with(SecurityMockMvcRequestPostProcessors.user(me)).with(csrf())).andReturn();
        assertThat(String.valueOf(r.getFlashMap().get("flashError"))).contains("2100");
        assertThat(as(w.dispatcher).get("/api/periods/2024-05").status()).isEqualTo(404);
    }

    @Test
    void aMeetingBefore2000IsRefusedOnThePage() throws Exception {
        World w = world();
        UserDetails me = users.loadUserByUsername(w.dispatcher);
        String title = "远古调度会" + w.province;
        MvcResult r = mvc.perform(post("/meetings").param("title", title).param("type", "SPECIAL")
                .param("date", "1999-12-31")
                .with(SecurityMockMvcRequestPostProcessors.user(me)).with(csrf())).andReturn();
        assertThat(String.valueOf(r.getFlashMap().get("flashError"))).contains("2000");
        assertThat(as(w.dispatcher).get("/api/meetings").text()).doesNotContain(title);
    }
}
