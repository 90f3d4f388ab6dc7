package cn.diaodu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import cn.diaodu.identity.UserService;

/**
 * A page's flash error is in the page's language (issue 11 point 7): the refused year of the calendar page in Chinese
 * by default and in English on {@code ?lang=en}, never both; Accept-Language does not change a page's language.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarFlashLanguageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;
    @Autowired
    MessageSource messages;

    private MvcResult declare(String lang, String acceptLanguage) throws Exception {
        var request = post("/admin/calendar/years").param("year", "1999").param("holidays", "")
                .with(user(users.loadUserByUsername("admin"))).with(csrf());
        if (lang != null) {
            request.param("lang", lang);
        }
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return mvc.perform(request).andReturn();
    }

    private String shown(MvcResult posted, String lang) throws Exception {
        var request = get(posted.getResponse().getRedirectedUrl()).flashAttrs(posted.getFlashMap())
                .with(user(users.loadUserByUsername("admin")));
        if (lang != null) {
            request.param("lang", lang);
        }
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theFlashErrorIsInThePagesLanguage() throws Exception {
        String key = "calendar.error.year-must-2000-2100";
        String zh = messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
        String en = messages.getMessage(key, null, Locale.ENGLISH);
        assertThat(zh).contains("2000").containsPattern("[\\u4e00-\\u9fff]");
        assertThat(en).isNotEqualTo(zh).doesNotContainPattern("[\\u4e00-\\u9fff]");

        MvcResult english = declare("en", null);
        assertThat(english.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) english.getFlashMap().get("flashError")).startsWith(en)
                .doesNotContainPattern("[\\u4e00-\\u9fff]").doesNotContain(" / ");
        String page = shown(english, "en");
        assertThat(page).contains(en).doesNotContain(zh);

        MvcResult chinese = declare(null, null);
        assertThat((String) chinese.getFlashMap().get("flashError")).startsWith(zh).doesNotContain(en)
                .doesNotContain(" / ");
        assertThat(shown(chinese, null)).contains(zh).doesNotContain(en);

        // the API's Accept-Language leaves the page's choice alone
        assertThat((String) declare(null, "en").getFlashMap().get("flashError")).startsWith(zh);
    }

    @Test
    void aFlashWithArgumentsIsInThePagesLanguage() throws Exception {
        MvcResult r = mvc.perform(post("/admin/calendar/years/delete").param("year", "2097").param("lang", "en")
                .with(user(users.loadUserByUsername("admin"))).with(csrf())).andReturn();
        Object[] args = {"2097"};
        assertThat(r.getFlashMap().get("flashError"))
                .isEqualTo(messages.getMessage("calendar.error.not-added-year", args, Locale.ENGLISH))
                .isEqualTo("2097 is not an added year");
        MvcResult zh = mvc.perform(post("/admin/calendar/years/delete").param("year", "2097")
                .with(user(users.loadUserByUsername("admin"))).with(csrf())).andReturn();
        assertThat(zh.getFlashMap().get("flashError")).isEqualTo("2097年不是管理员添加的年度");
    }
}
