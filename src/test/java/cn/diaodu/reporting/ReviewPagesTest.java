package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The review page at scale: filters by status, unit and keyword, 20 a page with the filters kept in the page links,
 * and the per-row actions that return to the same view with the project named in the flash; an empty reason or a
 * report approved meanwhile is refused with its reason and nothing is written.
 */
class ReviewPagesTest extends ApiTest {
    private static final Pattern ROW = Pattern.compile("id=\"review-row-(\\d+)\"");

    @Test
    void filtersPagesAndActsPerRowBackToTheSameView() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        List<Long> unitA = new ArrayList<>();
        for (int i = 1; i <= 25; i++) {
            long id = created(dispatcher.post("/api/projects", project(String.format("审核甲项目%02d", i), w.countyA,
                    w.unitA, null, "100"))).id();
            ok(dispatcher.put("/api/projects/" + id + "/reports/2024-07", report("10")));
            unitA.add(id);
        }
        List<Long> unitB = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            long id = created(dispatcher.post("/api/projects", project("审核乙项目" + i, w.countyB, w.unitB, null,
                    "100"))).id();
            ok(dispatcher.put("/api/projects/" + id + "/reports/2024-07", report("10")));
            unitB.add(id);
        }
        // One project of unit B has no report yet: not in the queue of submitted reports, but under 未报送.
        long missing = created(dispatcher.post("/api/projects", project("审核乙项目未报", w.countyB, w.unitB, null,
                "100"))).id();

        PageSession s = new PageSession(port, w.dispatcher, PASSWORD);
        String first = s.page("/review?period=2024-07");
        assertThat(rows(first)).hasSize(20);
        assertThat(first).contains("共28条").contains("id=\"select-unit-" + w.unitA + "\"")
                .as("the unit select lists the units of the queue").contains("<option value=\"" + w.unitB + "\"");
        String second = s.page("/review?period=2024-07&page=2");
        assertThat(rows(second)).hasSize(8).doesNotContainAnyElementsOf(rows(first));

        String onlyA = s.page("/review?period=2024-07&unitId=" + w.unitA);
        assertThat(onlyA).contains("共25条");
        assertThat(onlyA).as("page links keep the filters")
                .contains("/review?period=2024-07&amp;status=SUBMITTED&amp;unitId=" + w.unitA + "&amp;page=2");
        String aPage2 = s.page("/review?period=2024-07&status=SUBMITTED&unitId=" + w.unitA + "&page=2");
        assertThat(rows(aPage2)).hasSize(5).allMatch(unitA::contains);
        assertThat(rows(s.page("/review?period=2024-07&unitId=" + w.unitB))).containsExactlyElementsOf(unitB);
        assertThat(rows(s.page("/review?period=2024-07&q=甲项目07"))).containsExactly(unitA.get(6));
        assertThat(rows(s.page("/review?period=2024-07&status=MISSING"))).containsExactly(missing);
        assertThat(rows(s.page("/review?period=2024-07&status=APPROVED"))).isEmpty();

        // An empty reason: refused, naming the reason field; the report stays submitted; back to the same view.
        long toReturn = unitA.get(22);
        s.page("/review?period=2024-07&unitId=" + w.unitA + "&page=2");
        var refused = s.post("/review/return", List.of("period", "2024-07", "status", "SUBMITTED", "unitId",
                String.valueOf(w.unitA), "page", "2", "size", "20", "projectId", String.valueOf(toReturn), "reason",
                "  "));
        assertThat(refused.statusCode()).isEqualTo(302);
        Map<String, String> back = PageSession.query(PageSession.location(refused));
        assertThat(back).containsEntry("period", "2024-07").containsEntry("status", "SUBMITTED")
                .containsEntry("unitId", String.valueOf(w.unitA)).containsEntry("page", "2");
        assertThat(s.page(PageSession.location(refused))).contains("退回原因：必须填写原因");
        assertThat(ok(dispatcher.get("/api/projects/" + toReturn + "/reports/2024-07")).get("status").asText())
                .isEqualTo("SUBMITTED");

        String returned = s.postAndFollow("/review/return", List.of("period", "2024-07", "status", "SUBMITTED",
                "unitId", String.valueOf(w.unitA), "page", "2", "size", "20", "projectId", String.valueOf(toReturn),
                "reason", "形象进度描述过于简单"));
        assertThat(returned).contains("已退回“审核甲项目23”的月报");
        assertThat(rows(returned)).hasSize(4).doesNotContain(toReturn);
        var r = ok(dispatcher.get("/api/projects/" + toReturn + "/reports/2024-07"));
        assertThat(r.get("status").asText()).isEqualTo("RETURNED");
        assertThat(r.get("reason").asText()).isEqualTo("形象进度描述过于简单");

        long toApprove = unitB.get(0);
        String approved = s.postAndFollow("/review/approve-one", List.of("period", "2024-07", "status", "SUBMITTED",
                "q", "乙项目", "projectId", String.valueOf(toApprove)));
        assertThat(approved).contains("已审核通过“审核乙项目1”的月报").contains("value=\"乙项目\"");
        assertThat(rows(approved)).containsExactlyElementsOf(unitB.subList(1, 3));
        assertThat(ok(dispatcher.get("/api/projects/" + toApprove + "/reports/2024-07")).get("status").asText())
                .isEqualTo("APPROVED");

        // Approved meanwhile: the real reason, nothing changed.
        String again = s.postAndFollow("/review/approve-one", List.of("period", "2024-07", "status", "SUBMITTED",
                "projectId", String.valueOf(toApprove)));
        assertThat(again).contains("“审核乙项目1”：只能审核已报送的月报");
        String unlockEmpty = s.postAndFollow("/review/unlock", List.of("period", "2024-07", "status", "APPROVED",
                "projectId", String.valueOf(toApprove), "reason", ""));
        assertThat(unlockEmpty).contains("解锁原因：必须填写原因");
        assertThat(rows(unlockEmpty)).containsExactly(toApprove);
        assertThat(unlockEmpty).contains("id=\"unlock-" + toApprove + "\"");

        // The selection of a unit: only the submitted ones are approved.
        List<String> selection = new ArrayList<>(List.of("period", "2024-07", "status", "SUBMITTED", "unitId",
                String.valueOf(w.unitB)));
        for (long id : unitB) {
            selection.add("ids");
            selection.add(String.valueOf(id));
        }
        String bulk = s.postAndFollow("/review/approve", selection);
        assertThat(bulk).contains("已审核通过2份月报");
        assertThat(rows(s.page("/review?period=2024-07&status=APPROVED&unitId=" + w.unitB)))
                .containsExactlyElementsOf(unitB);
    }

    private static List<Long> rows(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) {
            out.add(Long.valueOf(m.group(1)));
        }
        return out;
    }
}
