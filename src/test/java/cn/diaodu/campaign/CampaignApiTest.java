package cn.diaodu.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.common.AppClock;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Special campaigns (CONTRACT §15) over HTTP: a campaign and its refusals, daily and zero reports (late after the
 * deadline, Beijing time; replaced when put again; refused outside the campaign, in the future, with a missing or
 * non-numeric number, an unknown field; only by the unit's reporter), the day's figures, and the ledger's closed loop
 * with overdue. Today is 2024-07-15; the time of day is fixed by the test.
 */
class CampaignApiTest extends ApiTest {
    @Autowired
    AppClock clock;

    @AfterEach
    void unfix() {
        clock.fixTime(null);
    }

    private static Map<String, Object> campaign(World w, String from, String to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", "2024年防汛日报");
        m.put("kind", "FLOOD");
        m.put("from", from);
        if (to != null) {
            m.put("to", to);
        }
        m.put("deadline", "17:00");
        m.put("unitIds", List.of(w.unitA, w.unitB));
        m.put("fields", List.of(Map.of("code", "patrols", "name", "巡查人次", "type", "NUMBER"),
                Map.of("code", "moved", "name", "转移群众", "type", "NUMBER"),
                Map.of("code", "notes", "name", "情况说明", "type", "TEXT")));
        return m;
    }

    private static Map<String, Object> report(long unit, Object patrols, Object moved) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("patrols", patrols);
        values.put("moved", moved);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unitId", unit);
        m.put("values", values);
        return m;
    }

    @Test
    void aCampaignIsSetUpAndBadOnesAreRefusedByField() {
        World w = world();
        Api disp = as(w.dispatcher);
        Api.Res c = created(disp.post("/api/campaigns", campaign(w, "2024-07-01", null)));
        assertThat(c.get("units")).hasSize(2);
        assertThat(c.get("fields").get(0).get("code").asText()).isEqualTo("patrols");
        assertThat(c.get("to").isNull()).as("open-ended").isTrue();
        created(as(w.supervisor).post("/api/campaigns", campaign(w, "2024-07-01", "2024-09-30")));
        assertThat(as(w.reporterA).post("/api/campaigns", campaign(w, "2024-07-01", null)).status()).isEqualTo(403);

        Map<String, Object> good = campaign(w, "2024-07-01", null);
        for (String field : List.of("name", "kind", "from", "deadline", "unitIds")) {
            Map<String, Object> bad = new LinkedHashMap<>(good);
            bad.remove(field);
            invalid(disp.post("/api/campaigns", bad), field);
        }
        invalid(disp.post("/api/campaigns", with(good, "kind", "WAR")), "kind");
        invalid(disp.post("/api/campaigns", with(good, "deadline", "25:00")), "deadline");
        invalid(disp.post("/api/campaigns", with(good, "to", "2024-06-30")), "to");
        invalid(disp.post("/api/campaigns", with(good, "unitIds", List.of(w.unitA, 987654321L))), "unitIds[1]");
        invalid(disp.post("/api/campaigns", with(good, "fields", List.of(Map.of("code", "a", "name", "甲", "type",
                "NUMBER"), Map.of("code", "a", "name", "乙", "type", "DATE")))), "fields[1].code");
        assertThat(ok(disp.get("/api/campaigns")).body()).as("only the two good ones").hasSize(2);
        assertThat(ok(as(w.reporterA).get("/api/campaigns")).body()).as("unit A reports to both").hasSize(2);
    }

    private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        Map<String, Object> out = new LinkedHashMap<>(m);
        out.put(k, v);
        return out;
    }

    @Test
    void theDaysReportsZeroReportsLateOnesAndTheMissingUnit() {
        World w = world();
        long unitC = created(admin().post("/api/units", Map.of("name", "丙镇人民政府" + w.province, "kind",
                "DEPARTMENT", "regionCode", w.countyA))).id();
        String reporterC = user(admin(), "repc" + w.province, List.of("REPORTER"), unitC, null);
        Api disp = as(w.dispatcher);
        Map<String, Object> body = campaign(w, "2024-07-10", "2024-07-31");
        body.put("unitIds", List.of(w.unitA, w.unitB, unitC));
        long id = created(disp.post("/api/campaigns", body)).id();
        String day = "/api/campaigns/" + id + "/reports/2024-07-15";
        Api a = as(w.reporterA);
        Api b = as(w.reporterB);

        clock.fixTime(LocalTime.of(9, 30));
        JsonNode ra = ok(a.put(day, report(w.unitA, 12, "3"))).body();
        assertThat(ra.get("late").asBoolean()).isFalse();
        assertThat(ra.get("values").get("moved").decimalValue()).isEqualByComparingTo("3");
        // refusals, nothing written
        invalid(b.put(day, report(w.unitB, "很多", 1)), "values.patrols");
        invalid(b.put(day, report(w.unitB, null, 1)), "values.patrols");
        Map<String, Object> unknown = report(w.unitB, 1, 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) unknown.get("values");
        values.put("boats", 2);
        invalid(b.put(day, unknown), "values.boats");
        invalid(b.put("/api/campaigns/" + id + "/reports/2024-07-16", report(w.unitB, 1, 1)), "date");
        invalid(b.put("/api/campaigns/" + id + "/reports/2024-07-09", report(w.unitB, 1, 1)), "date");
        Map<String, Object> zeroWithValues = report(w.unitB, 1, 1);
        zeroWithValues.put("zero", true);
        invalid(b.put(day, zeroWithValues), "values");
        assertThat(b.put(day, report(w.unitA, 1, 1)).status()).as("another unit's report").isEqualTo(403);
        assertThat(disp.put(day, report(w.unitB, 1, 1)).status()).as("only the unit reports").isEqualTo(403);
        JsonNode before = ok(disp.get("/api/campaigns/" + id + "/days/2024-07-15")).body();
        assertThat(before.get("reported").asInt()).isEqualTo(1);

        // after the deadline: a zero report, marked late
        clock.fixTime(LocalTime.of(17, 1));
        Map<String, Object> zero = new LinkedHashMap<>(Map.of("unitId", w.unitB, "zero", true));
        JsonNode rb = ok(b.put(day, zero)).body();
        assertThat(rb.get("zero").asBoolean()).isTrue();
        assertThat(rb.get("late").asBoolean()).isTrue();

        JsonNode d = ok(disp.get("/api/campaigns/" + id + "/days/2024-07-15")).body();
        assertThat(d.get("units").asInt()).isEqualTo(3);
        assertThat(d.get("reported").asInt()).isEqualTo(2);
        assertThat(d.get("zero").asInt()).isEqualTo(1);
        assertThat(d.get("late").asInt()).isEqualTo(1);
        assertThat(d.get("missing").asInt()).isEqualTo(1);
        assertThat(d.get("missingUnits").get(0).get("unitId").asLong()).isEqualTo(unitC);
        assertThat(d.get("totals").get("patrols").decimalValue()).isEqualByComparingTo("12");
        assertThat(d.get("totals").get("moved").decimalValue()).isEqualByComparingTo("3");

        // put again: replaced, judged late anew
        JsonNode again = ok(a.put(day, report(w.unitA, 20, 0.5))).body();
        assertThat(again.get("late").asBoolean()).isTrue();
        JsonNode d2 = ok(disp.get("/api/campaigns/" + id + "/days/2024-07-15")).body();
        assertThat(d2.get("totals").get("patrols").decimalValue()).isEqualByComparingTo("20");
        assertThat(d2.get("totals").get("moved").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(d2.get("late").asInt()).isEqualTo(2);
        assertThat(d2.get("reported").asInt()).isEqualTo(2);
        // a past day is reported late
        JsonNode yesterday = ok(a.put("/api/campaigns/" + id + "/reports/2024-07-14", report(w.unitA, 1, 1))).body();
        assertThat(yesterday.get("late").asBoolean()).isTrue();
        assertThat(as(reporterC).get("/api/campaigns/" + id + "/days/2024-07-15").status())
                .as("a unit of the campaign reads the day").isEqualTo(200);
    }

    @Test
    void theLedgersClosedLoopAndOverdue() {
        World w = world();
        Api disp = as(w.dispatcher);
        long id = created(disp.post("/api/campaigns", campaign(w, "2024-07-01", null))).id();
        Api.Res item = created(disp.post("/api/campaigns/" + id + "/items", Map.of("title", "河堤渗水点",
                "unitId", w.unitA, "dueDate", "2024-07-20", "description", "桩号K3+200")));
        assertThat(item.get("status").asText()).isEqualTo("FOUND");
        long late = created(disp.post("/api/campaigns/" + id + "/items", Map.of("title", "危房户转移",
                "unitId", w.unitB, "dueDate", "2024-07-10"))).id();
        invalid(disp.post("/api/campaigns/" + id + "/items", Map.of("unitId", w.unitA, "dueDate", "2024-07-20")),
                "title");
        invalid(disp.post("/api/campaigns/" + id + "/items", Map.of("title", "x", "unitId", w.unitA)), "dueDate");

        String base = "/api/campaign-items/" + item.id();
        Api a = as(w.reporterA);
        assertThat(disp.post(base + "/verify", Map.of("note", "x")).status()).as("FOUND → verify").isEqualTo(409);
        assertThat(as(w.reporterB).post(base + "/handle", Map.of("note", "x")).status()).isEqualTo(403);
        assertThat(ok(a.post(base + "/handle", Map.of("note", "已封堵"))).body().get("status").asText())
                .isEqualTo("HANDLED");
        assertThat(a.post(base + "/handle", Map.of("note", "again")).status()).isEqualTo(409);
        assertThat(a.post(base + "/verify", Map.of("note", "x")).status()).as("the unit does not close").isEqualTo(403);
        assertThat(ok(disp.post(base + "/reopen", Map.of("note", "仍有渗水"))).body().get("status").asText())
                .isEqualTo("FOUND");
        ok(a.post(base + "/handle", Map.of("note", "已加固")));
        JsonNode closed = ok(disp.post(base + "/verify", Map.of("note", "复核通过"))).body();
        assertThat(closed.get("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("steps")).hasSize(5);
        assertThat(disp.post(base + "/reopen", Map.of("note", "x")).status()).isEqualTo(409);
        assertThat(disp.post(base + "/undo", Map.of()).status()).isEqualTo(404);

        JsonNode overdue = ok(disp.get("/api/campaigns/" + id + "/items?overdue=true")).body();
        assertThat(overdue).extracting(i -> i.get("id").asLong()).containsExactly(late);
        assertThat(ok(disp.get("/api/campaigns/" + id + "/items?status=CLOSED")).body()).hasSize(1);
        assertThat(ok(a.get("/api/campaigns/" + id + "/items")).body()).as("a unit sees its own items").hasSize(1);
    }

    @Test
    void unitsRankedByOnTimeReportsAndItemsClosedOnTime() {
        World w = world();
        Api disp = as(w.dispatcher);
        long id = created(disp.post("/api/campaigns", campaign(w, "2024-07-13", null))).id();
        Api a = as(w.reporterA);
        Api b = as(w.reporterB);
        clock.fixTime(LocalTime.of(9, 0));
        for (String day : List.of("2024-07-13", "2024-07-14", "2024-07-15")) {
            ok(a.put("/api/campaigns/" + id + "/reports/" + day, report(w.unitA, 1, 1)));
        }
        clock.fixTime(LocalTime.of(18, 0));
        ok(b.put("/api/campaigns/" + id + "/reports/2024-07-15", Map.of("unitId", w.unitB, "zero", true)));
        long itemA = created(disp.post("/api/campaigns/" + id + "/items", Map.of("title", "甲", "unitId", w.unitA,
                "dueDate", "2024-07-14"))).id();
        long itemB = created(disp.post("/api/campaigns/" + id + "/items", Map.of("title", "乙", "unitId", w.unitB,
                "dueDate", "2024-07-15"))).id();
        for (var item : List.of(List.of(itemA, a), List.of(itemB, b))) {
            ok(((Api) item.get(1)).post("/api/campaign-items/" + item.get(0) + "/handle", Map.of("note", "已处置")));
            ok(disp.post("/api/campaign-items/" + item.get(0) + "/verify", Map.of("note", "通过")));
        }
        JsonNode all = ok(disp.get("/api/campaigns/" + id + "/rankings")).body();
        assertThat(all.get("from").asText()).isEqualTo("2024-07-13");
        assertThat(all.get("to").asText()).isEqualTo("2024-07-15");
        JsonNode first = all.get("units").get(0);
        assertThat(first.get("unitId").asLong()).isEqualTo(w.unitA);
        assertThat(first.get("daysDue").asInt()).isEqualTo(3);
        assertThat(first.get("onTime").asInt()).as("the two past days were reported late").isEqualTo(1);
        assertThat(first.get("onTimeRate").decimalValue()).isEqualByComparingTo("33.33");
        assertThat(first.get("itemsOnTimeRate").decimalValue()).as("closed a day after its due date")
                .isEqualByComparingTo("0");
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        JsonNode second = all.get("units").get(1);
        assertThat(second.get("reported").asInt()).isEqualTo(1);
        assertThat(second.get("onTimeRate").decimalValue()).isEqualByComparingTo("0");
        assertThat(second.get("itemsOnTimeRate").decimalValue()).isEqualByComparingTo("100");
        assertThat(second.get("rank").asInt()).isEqualTo(2);
        JsonNode today = ok(disp.get("/api/campaigns/" + id + "/rankings?from=2024-07-15&to=2024-07-15")).body();
        assertThat(today.get("units").get(0).get("onTimeRate").decimalValue()).isEqualByComparingTo("100");
        assertThat(today.get("units").get(1).get("itemsDue").asInt()).isEqualTo(1);
        invalid(disp.get("/api/campaigns/" + id + "/rankings?from=2024-07-15&to=2024-07-14"), "to");
    }

    private byte[] download(String username, String path) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token(username, PASSWORD)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    void theDaysReportAsDocxAndTheRangeAsXlsx() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        long id = created(disp.post("/api/campaigns", campaign(w, "2024-07-14", null))).id();
        clock.fixTime(LocalTime.of(9, 0));
        Map<String, Object> a = report(w.unitA, 30, 5);
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) a.get("values");
        values.put("notes", "沿河巡查无险情");
        ok(as(w.reporterA).put("/api/campaigns/" + id + "/reports/2024-07-15", a));
        byte[] docx = download(w.dispatcher, "/api/campaigns/" + id + "/days/2024-07-15/report.docx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText().replace("\n", "")).contains("2024年防汛日报（2024年7月15日）",
                    "应于17:00前报送的单位2个，已报送1个（其中零报告0个、迟报0个），未报送1个：乙区住建局", "沿河巡查无险情");
            assertThat(doc.getTables().get(0).getRow(3).getCell(2).getText()).as("the total of 巡查人次").isEqualTo("30");
        }
        byte[] xlsx = download(w.dispatcher, "/api/campaigns/" + id + "/reports.xlsx?from=2024-07-14&to=2024-07-15");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            java.util.List<String> cells = new java.util.ArrayList<>();
            sheet.forEach(row -> row.forEach(cell -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter()
                    .formatCellValue(cell))));
            assertThat(cells).contains("巡查人次", "2024-07-14", "2024-07-15", "未报", "已报", "30", "沿河巡查无险情");
            assertThat(sheet.getLastRowNum()).as("a title, a header and 2 days × 2 units").isGreaterThanOrEqualTo(5);
        }
    }
}
