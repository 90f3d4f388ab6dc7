package cn.diaodu.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * JSON is read strictly (docs/ARCHITECTURE.md, "Input"): a number field refuses a string, an integer a fraction, a
 * date a number, and a date outside 2000–2100 is refused; each 422 names the field and nothing is written.
 */
class StrictJsonApiTest extends ApiTest {

    @Test
    void numbersAreNotStringsAndDatesNotNumbers() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Map<String, Object> stringMoney = body(w, "字符串金额");
        stringMoney.put("annualPlan", "12.5");
        refused(dispatcher.post("/api/projects", stringMoney), "annualPlan");

        Map<String, Object> stringMonth = body(w, "字符串月计划");
        stringMonth.put("monthlyPlan", List.of(1, 1, 1, "1", 1, 1, 1, 1, 1, 1, 1, 1));
        refused(dispatcher.post("/api/projects", stringMonth), "monthlyPlan[3]");

        Map<String, Object> epoch = body(w, "数字日期");
        epoch.put("actualStart", 1_700_000_000);
        refused(dispatcher.post("/api/projects", epoch), "actualStart");

        Map<String, Object> fractionYear = body(w, "小数年度");
        fractionYear.put("year", 2024.5);
        refused(dispatcher.post("/api/projects", fractionYear), "year");

        Map<String, Object> stringYear = body(w, "字符串年度");
        stringYear.put("year", "2024");
        refused(dispatcher.post("/api/projects", stringYear), "year");

        // a report: workers as a fraction, investment as a string
        long id = created(dispatcher.post("/api/projects", body(w, "严格项目"))).id();
        refused(dispatcher.put("/api/projects/" + id + "/reports/2024-06",
                Map.of("investment", "10", "progress", "施工", "workersOnSite", 5)), "investment");
        refused(dispatcher.put("/api/projects/" + id + "/reports/2024-06",
                Map.of("investment", 10, "progress", "施工", "workersOnSite", 1.5)), "workersOnSite");
        assertThat(dispatcher.get("/api/projects/" + id + "/reports/2024-06").status()).as("nothing written")
                .isEqualTo(404);

        // an instant as a number
        refused(dispatcher.post("/api/periods", Map.of("period", "2031-04", "opensAt", 1_900_000_000,
                "deadline", "2031-05-05T18:00:00+08:00")), "opensAt");
        assertThat(dispatcher.get("/api/periods/2031-04/status").status()).isNotEqualTo(500);

        for (String name : List.of("字符串金额", "字符串月计划", "数字日期", "小数年度", "字符串年度")) {
            assertThat(dispatcher.get("/api/projects?year=2024").text()).as("nothing written").doesNotContain(name + w.province);
        }
    }

    @Test
    void datesLieBetween2000And2100() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        for (String date : List.of("99999-01-01", "+99999-01-01", "1999-12-31", "2101-01-01", "0001-01-01")) {
            Map<String, Object> b = body(w, "远期" + date.replace("+", ""));
            b.put("plannedCompletion", date);
            refused(dispatcher.post("/api/projects", b), "plannedCompletion");
        }
        refused(dispatcher.post("/api/periods", Map.of("period", "2031-06", "opensAt", "2031-06-25T00:00:00+08:00",
                "deadline", "+99999-07-05T18:00:00+08:00")), "deadline");
        assertThat(dispatcher.get("/api/projects?year=2024").text()).doesNotContain("远期");
        Map<String, Object> edge = body(w, "边界日期");
        edge.put("plannedStart", "2000-01-01");
        edge.put("plannedCompletion", "2100-12-31");
        assertThat(dispatcher.post("/api/projects", edge).status()).as("the range's own ends are accepted")
                .isEqualTo(201);
    }

    private Map<String, Object> body(World w, String name) {
        Map<String, Object> m = new LinkedHashMap<>(project(name + w.province, w.countyA, w.unitA, null, "1200"));
        return m;
    }

    static void refused(Api.Res r, String field) {
        invalid(r, field);
        assertThat(r.status()).isEqualTo(422);
    }
}
