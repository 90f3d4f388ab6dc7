package cn.diaodu.investment;

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

import cn.diaodu.identity.UserService;

/**
 * The trip pages: a unit's reporter registers a trip on the form (a refusal keeps what was typed and names the field,
 * nothing written), records its result on the trip's page, and the list flags a trip back without a result and
 * counts the trips per unit. Today is 2024-07-15.
 */
@AutoConfigureMockMvc
class TripPagesTest extends InvestmentCity {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserService users;

    private MockHttpServletResponse send(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(req.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username)))
                .with(csrf())).andReturn().getResponse();
    }

    private MockHttpServletRequestBuilder form(City c, String from, String to) {
        return post("/investments/trips").param("unitId", String.valueOf(c.w().unitA)).param("leader", "王副市长")
                .param("from", from).param("to", to).param("destination", "浙江省杭州市")
                .param("meetWith", "杭州某智能制造企业");
    }

    @Test
    void aReporterRegistersATripAndRecordsItsResult() throws Exception {
        City c = city();
        String page = send(c.w().reporterA, get("/investments/trips")).getContentAsString();
        assertThat(page).contains("id=\"trips-empty\"", "id=\"trip-new\"");

        String refused = send(c.w().reporterA, form(c, "2024-08-03", "2024-08-01")).getContentAsString();
        assertThat(refused).contains("id=\"form-errors\"", "返回日期不能早于出发日期 2024-08-03", "value=\"浙江省杭州市\"");
        assertThat(ok(as(c.w().reporterA).get("/api/investment-trips?year=2024")).body()).isEmpty();

        MockHttpServletResponse saved = send(c.w().reporterA, form(c, "2024-07-10", "2024-07-12"));
        assertThat(saved.getStatus()).isEqualTo(302);
        String location = saved.getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String list = send(c.w().dispatcher, get("/investments/trips?year=2024")).getContentAsString();
        assertThat(list).containsPattern("id=\"trip-row-" + id + "\" class=\"table-danger\"")
                .contains("id=\"trips-overdue\"", "补报", "id=\"trip-count-" + c.w().unitA + "\"");

        String detail = send(c.w().reporterA, get(location)).getContentAsString();
        assertThat(detail).contains("id=\"trip-result-form\"", "逾期未报成果");
        assertThat(send(c.w().reporterA, post(location + "/result").param("result", "对接企业2家"))
                .getStatus()).isEqualTo(302);
        assertThat(send(c.w().reporterA, get(location)).getContentAsString()).contains("对接企业2家", "已报成果");
        assertThat(ok(as(c.w().dispatcher).get("/api/investment-trips/" + id)).body().get("status").asText())
                .isEqualTo("DONE");
        assertThat(send(c.w().reporterA, get("/investments/trips?year=2024&lang=en")).getContentAsString())
                .contains("Attraction trips");
    }
}
