package cn.diaodu.project;

import static cn.diaodu.support.Exact.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/** The record a 项目办 keeps (CONTRACT §11): owner, contact, cooperating units, content, completion, funding. */
class ProjectRecordApiTest extends ApiTest {

    private static Map<String, Object> withRecord(World w) {
        Map<String, Object> b = project("城北热电联产", w.countyA, w.unitA, w.leader1, "1000");
        b.put("ownerName", "青岚城投集团有限公司");
        b.put("contact", Map.of("name", "张三", "phone", "0531-88886666"));
        b.put("cooperatingUnitIds", List.of(w.unitB));
        b.put("content", "新建2台350MW热电联产机组及配套管网");
        b.put("actualCompletion", "2024-11-30");
        b.put("completedBefore", new BigDecimal("250.50"));
        b.put("funding", List.of(line("CENTRAL_BUDGET", "500", "300"), line("ENTERPRISE", "1500", null)));
        return b;
    }

    private static Map<String, Object> line(String source, String planned, String inPlace) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source);
        m.put("planned", new BigDecimal(planned));
        m.put("inPlace", inPlace == null ? null : new BigDecimal(inPlace));
        return m;
    }

    private static List<Long> ids(Api.Res r) {
        ok(r);
        List<Long> out = new ArrayList<>();
        r.body().forEach(p -> out.add(p.get("id").asLong()));
        return out;
    }

    @Test
    void theRecordIsKeptReadAndReplaced() {
        World w = world();
        Api disp = as(w.dispatcher);
        JsonNode p = json(created(disp.post("/api/projects", withRecord(w))));
        long id = p.get("id").asLong();
        assertThat(p.get("ownerName").asText()).isEqualTo("青岚城投集团有限公司");
        assertThat(p.get("contact").get("name").asText()).isEqualTo("张三");
        assertThat(p.get("contact").get("phone").asText()).isEqualTo("0531-88886666");
        assertThat(p.get("cooperatingUnitIds").get(0).asLong()).isEqualTo(w.unitB);
        assertThat(p.get("content").asText()).startsWith("新建2台");
        assertThat(p.get("actualCompletion").asText()).isEqualTo("2024-11-30");
        assertThat(p.get("completedBefore").decimalValue()).isEqualByComparingTo("250.50");
        assertThat(p.get("funding")).hasSize(2);
        assertThat(p.get("funding").get(0).get("source").asText()).isEqualTo("CENTRAL_BUDGET");
        assertThat(p.get("funding").get(0).get("inPlace").decimalValue()).isEqualByComparingTo("300");
        assertThat(p.get("funding").get(1).get("inPlace").isNull()).isTrue();
        assertThat(json(ok(disp.get("/api/projects/" + id)))).isEqualTo(p);

        Map<String, Object> put = withRecord(w);
        put.put("version", p.get("version").asInt());
        put.put("ownerName", "青岚能源公司");
        put.put("cooperatingUnitIds", List.of());
        put.remove("funding");
        put.remove("contact");
        JsonNode after = json(ok(disp.put("/api/projects/" + id, put)));
        assertThat(after.get("ownerName").asText()).isEqualTo("青岚能源公司");
        assertThat(after.get("cooperatingUnitIds")).isEmpty();
        assertThat(after.get("funding")).isEmpty();
        assertThat(after.get("contact").isNull()).isTrue();
    }

    @Test
    void aCooperatingUnitReadsTheProjectButDoesNotReportOnIt() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> body = withRecord(w);
        body.remove("actualCompletion");
        long id = json(created(disp.post("/api/projects", body))).get("id").asLong();
        long other = json(created(disp.post("/api/projects", project("不相关项目", w.countyA, w.unitA, null, "100"))))
                .get("id").asLong();

        Api b = as(w.reporterB);
        assertThat(ok(b.get("/api/projects/" + id)).status()).isEqualTo(200);
        assertThat(b.get("/api/projects/" + other).status()).isEqualTo(403);
        assertThat(ids(b.get("/api/projects?year=2024"))).contains(id).doesNotContain(other);
        assertThat(b.put("/api/projects/" + id + "/reports/2024-03", report("10")).status()).isEqualTo(403);
        assertThat(as(w.reporterA).put("/api/projects/" + id + "/reports/2024-03", report("10")).status())
                .isEqualTo(200);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() {
        World w = world();
        Api disp = as(w.dispatcher);
        int before = ids(disp.get("/api/projects?year=2024")).size();

        Map<String, Object> b = withRecord(w);
        b.put("ownerName", "业".repeat(201));
        b.put("contact", Map.of("name", "张三", "phone", "电话号码"));
        b.put("cooperatingUnitIds", List.of(w.unitA, 999_999_999L));
        b.put("content", "容".repeat(2001));
        b.put("actualCompletion", "2024-01-01");
        b.put("completedBefore", new BigDecimal("-1"));
        b.put("funding", List.of(line("GOLD", "1", null), line("ENTERPRISE", "1.234", null)));
        Api.Res r = disp.post("/api/projects", b);
        for (String f : List.of("ownerName", "contact.phone", "cooperatingUnitIds[0]", "cooperatingUnitIds[1]",
                "content", "actualCompletion", "completedBefore", "funding[0].source", "funding[1].planned")) {
            invalid(r, f);
        }

        Map<String, Object> c = withRecord(w);
        c.put("funding", List.of(line("CENTRAL_BUDGET", "2000", null), line("CENTRAL_BUDGET", "1500", null)));
        c.remove("actualStart");
        Api.Res r2 = disp.post("/api/projects", c);
        invalid(r2, "funding[1].source");
        invalid(r2, "funding");
        invalid(r2, "actualCompletion");

        Map<String, Object> d = withRecord(w);
        d.put("completedBefore", new BigDecimal("999999"));
        d.put("cooperatingUnitIds", List.of(w.unitB, w.unitB));
        Api.Res r3 = disp.post("/api/projects", d);
        invalid(r3, "completedBefore");
        invalid(r3, "cooperatingUnitIds[1]");

        assertThat(ids(disp.get("/api/projects?year=2024"))).hasSize(before);
    }
}
