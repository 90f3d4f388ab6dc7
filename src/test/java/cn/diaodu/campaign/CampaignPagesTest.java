package cn.diaodu.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;


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

/**
 * The campaign pages: the organiser creates a campaign on the form (its field codes given in order), a unit sends
 * its daily form (a bad number refused in place, nothing written) and another a zero report, the day's page shows the
 * missing unit with 催报, and the ledger's item goes through 处置 and 复核销号. Today is 2024-07-15.
 */
@AutoConfigureMockMvc
class CampaignPagesTest extends ApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private MockHttpServletResponse send(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username)))
                .with(csrf())).andReturn().getResponse();
    }

    @Test
    void theDailyLoopOnThePages() throws Exception {
        World w = world();
        String refused = send(w.dispatcher, post("/campaigns").param("name", "防汛日报").param("kind", "FLOOD")
                .param("from", "2024-07-10").param("deadline", "17:00").param("fieldNames[0]", "巡查人次")
                .param("fieldTypes[0]", "NUMBER")).getContentAsString();
        assertThat(refused).contains("id=\"form-errors\"", "至少选择一个报送单位", "value=\"防汛日报\"");
        MockHttpServletResponse created = send(w.dispatcher, post("/campaigns").param("name", "防汛日报")
                .param("kind", "FLOOD").param("from", "2024-07-10").param("deadline", "23:59")
                .param("unitIds", String.valueOf(w.unitA), String.valueOf(w.unitB))
                .param("fieldNames[0]", "巡查人次").param("fieldTypes[0]", "NUMBER")
                .param("fieldNames[1]", "").param("fieldNames[2]", "情况说明").param("fieldTypes[2]", "TEXT"));
        assertThat(created.getStatus()).isEqualTo(302);
        String location = created.getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode c = ok(as(w.dispatcher).get("/api/campaigns/" + id)).body();
        assertThat(c.get("fields")).extracting(f -> f.get("code").asText() + "=" + f.get("name").asText())
                .containsExactly("f1=巡查人次", "f2=情况说明");

        String form = send(w.reporterA, get("/campaigns/" + id + "/report")).getContentAsString();
        assertThat(form).contains("id=\"v-f1\"", "id=\"campaign-zero\"");
        String bad = send(w.reporterA, post("/campaigns/" + id + "/report").param("day", "2024-07-15")
                .param("v-f1", "十二")).getContentAsString();
        assertThat(bad).contains("id=\"form-errors\"", "应为数字：十二", "value=\"十二\"");
        assertThat(ok(as(w.dispatcher).get("/api/campaigns/" + id + "/days/2024-07-15")).body().get("reported")
                .asInt()).isZero();
        assertThat(send(w.reporterA, post("/campaigns/" + id + "/report").param("day", "2024-07-15")
                .param("v-f1", "12").param("v-f2", "无险情")).getStatus()).isEqualTo(302);

        String day = send(w.dispatcher, get("/campaigns/" + id + "?day=2024-07-15")).getContentAsString();
        assertThat(day).contains("id=\"fig-reported\">1<", "id=\"fig-missing\">1<", "id=\"missing-" + w.unitB + "\"",
                "id=\"campaign-remind\"");
        assertThat(send(w.dispatcher, post("/campaigns/" + id + "/remind").param("day", "2024-07-15"))
                .getStatus()).isEqualTo(302);
        cn.diaodu.support.Eventually.assertThat(() -> assertThat(ok(as(w.reporterB).get("/api/notifications"))
                .text()).contains("【催报】防汛日报 2024-07-15"));
        assertThat(send(w.reporterB, post("/campaigns/" + id + "/report").param("day", "2024-07-15")
                .param("zero", "1")).getStatus()).isEqualTo(302);
        String after = send(w.dispatcher, get("/campaigns/" + id + "?day=2024-07-15")).getContentAsString();
        assertThat(after).contains("id=\"fig-zero\">1<", "id=\"fig-missing\">0<", "id=\"missing-none\"");
        assertThat(send(w.reporterA, get("/campaigns")).getContentAsString()).contains("今日已报");

        // the ledger
        assertThat(send(w.dispatcher, post("/campaigns/" + id + "/items").param("title", "河堤渗水点")
                .param("unitId", String.valueOf(w.unitA)).param("dueDate", "2024-07-20")).getStatus()).isEqualTo(302);
        long item = ok(as(w.dispatcher).get("/api/campaigns/" + id + "/items")).body().get(0).get("id").asLong();
        String items = send(w.reporterA, get("/campaigns/" + id + "/items")).getContentAsString();
        assertThat(items).contains("id=\"handle-" + item + "\"").doesNotContain("id=\"item-form\"");
        send(w.reporterA, post("/campaign-items/" + item + "/handle").param("campaignId", String.valueOf(id))
                .param("note", "已封堵"));
        assertThat(send(w.dispatcher, get("/campaigns/" + id + "/items")).getContentAsString())
                .contains("id=\"verify-" + item + "\"", "已封堵");
        send(w.dispatcher, post("/campaign-items/" + item + "/verify").param("campaignId", String.valueOf(id)));
        assertThat(ok(as(w.dispatcher).get("/api/campaigns/" + id + "/items")).body().get(0).get("status").asText())
                .isEqualTo("CLOSED");
        assertThat(send(w.reporterA, get("/campaigns?lang=en")).getContentAsString()).contains("Special campaigns");
    }
}
