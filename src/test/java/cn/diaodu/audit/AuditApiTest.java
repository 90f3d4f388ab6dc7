package cn.diaodu.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * The audit trail of CONTRACT §16: entries with who, where, what and the fields before and after; the hash chain
 * that {@code /api/audit/verify} checks, broken by a change made in the database behind the application's back;
 * filters, paging, the export; the auditor's alone. A context of its own (it tampers with the log, and puts every
 * entry back before it ends, since on PostgreSQL the contexts share one database).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diaodu.audit-test=true")
class AuditApiTest extends ApiTest {
    @Autowired
    JdbcClient jdbc;

    private static List<JsonNode> entries(Api.Res r) {
        List<JsonNode> out = new ArrayList<>();
        r.body().forEach(out::add);
        return out;
    }

    private static Map<String, String[]> changes(JsonNode entry) {
        Map<String, String[]> out = new HashMap<>();
        entry.get("changes").forEach(c -> out.put(c.get("field").asText(),
                new String[] {c.get("before").isNull() ? null : c.get("before").asText(),
                    c.get("after").isNull() ? null : c.get("after").asText()}));
        return out;
    }

    private static Map<String, Object> edit(Map<String, Object> body, int version) {
        Map<String, Object> m = new HashMap<>(body);
        m.put("version", version);
        return m;
    }

    @Test
    void aProjectEditIsOneEntryWithItsFieldsBeforeAndAfter() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> body = project("审计项目", w.countyA, w.unitA, w.leader1, "12000");
        long id = created(disp.post("/api/projects", body)).id();
        Map<String, Object> change = edit(body, 0);
        change.put("annualPlan", 24000);
        ok(disp.put("/api/projects/" + id, change));

        Api auditor = as(w.auditor);
        List<JsonNode> log = entries(ok(auditor.get("/api/audit?objectType=PROJECT&objectId=" + id)));
        assertThat(log).extracting(e -> e.get("action").asText()).containsExactly("PROJECT_UPDATE", "PROJECT_CREATE");
        JsonNode update = log.get(0);
        assertThat(update.get("actor").asText()).isEqualTo(w.dispatcher);
        assertThat(update.get("clientIp").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(update.get("objectName").asText()).isEqualTo("审计项目");
        Map<String, String[]> c = changes(update);
        assertThat(c).as("only what changed").containsOnlyKeys("annualPlan");
        assertThat(c.get("annualPlan")).containsExactly("12000.00", "24000.00");
        assertThat(changes(log.get(1)).get("name")).containsExactly(null, "审计项目");
        assertThat(update.get("hash").asText()).hasSize(64);
        assertThat(log.get(1).get("hash").asText()).isNotEqualTo(update.get("hash").asText());
        assertThat(ok(auditor.get("/api/audit/verify")).get("valid").asBoolean()).isTrue();
    }

    @Test
    void anOrganisationEditIsAnEntryWithItsFields() {
        World w = world();
        Api admin = admin();
        ok(admin.put("/api/units/" + w.unitA, Map.of("name", "甲县发改委" + w.province, "kind", "DEPARTMENT",
                "regionCode", w.countyA)));
        ok(admin.put("/api/leaders/" + w.leader1, Map.of("name", "王某" + w.province, "title", "市长")));

        Api auditor = as(w.auditor);
        List<JsonNode> unit = entries(ok(auditor.get("/api/audit?kind=UNIT_UPDATE&objectId=" + w.unitA)));
        assertThat(unit).hasSize(1);
        assertThat(unit.get(0).get("actor").asText()).isEqualTo("admin");
        assertThat(changes(unit.get(0))).containsOnlyKeys("name");
        assertThat(changes(unit.get(0)).get("name")).containsExactly("甲县发改局" + w.province.substring(0, 2),
                "甲县发改委" + w.province);
        List<JsonNode> leader = entries(ok(auditor.get("/api/audit?kind=LEADER_UPDATE&objectId=" + w.leader1)));
        assertThat(changes(leader.get(0)).get("title")).containsExactly("副市长", "市长");
        assertThat(entries(ok(auditor.get("/api/audit?kind=REGION_CREATE&objectId=" + w.countyA)))).hasSize(1);
    }

    @Test
    void anExportIsASpreadsheetAndIsItselfAudited() throws Exception {
        World w = world();
        // a name a spreadsheet would take for a formula
        long leader = created(admin().post("/api/leaders", Map.of("name", "=1+2" + w.province, "title", "x"))).id();
        Download x = fetch(w.auditor, "/api/audit/export.xlsx?kind=LEADER_CREATE&objectId=" + leader);
        assertThat(x.status()).isEqualTo(200);
        assertThat(x.header("Content-Type")).startsWith(AuditExport.XLSX);
        assertThat(x.header("Content-Disposition")).startsWith("attachment");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(x.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("序号");
            assertThat(s.getLastRowNum()).isEqualTo(1);
            Row row = s.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(String.valueOf(fetchId(w, leader)));
            Cell name = row.getCell(7);
            assertThat(name.getStringCellValue()).isEqualTo("=1+2" + w.province);
            assertThat(name.getCellStyle().getQuotePrefixed()).as("never a formula").isTrue();
            assertThat(row.getCell(8).getStringCellValue()).contains("名称：— → =1+2" + w.province);
        }
        List<JsonNode> exports = entries(ok(as(w.auditor).get("/api/audit?kind=AUDIT_EXPORT&user=" + w.auditor)));
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).get("note").asText()).contains("kind=LEADER_CREATE", "objectId=" + leader);
        assertThat(exports.get(0).get("clientIp").isNull()).isFalse();

        // a data export of another module: the month's ledger, by the dispatcher
        assertThat(fetch(w.dispatcher, "/api/periods/2024-07/reports.xlsx").status()).isEqualTo(200);
        List<JsonNode> ledger = entries(ok(as(w.auditor).get("/api/audit?kind=EXPORT_LEDGER&user=" + w.dispatcher)));
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).get("objectId").asText()).isEqualTo("2024-07");
    }

    private long fetchId(World w, long leader) {
        return entries(ok(as(w.auditor).get("/api/audit?kind=LEADER_CREATE&objectId=" + leader))).get(0).get("id")
                .asLong();
    }

    @Test
    void theChainHoldsAfterManyWritesAndFindsAChangedOrDeletedEntry() {
        World w = world();
        Api admin = admin();
        for (int i = 0; i < 30; i++) {
            ok(admin.put("/api/leaders/" + w.leader2, Map.of("name", "李某" + w.province, "title", "副市长" + i)));
        }
        Api auditor = as(w.auditor);
        JsonNode verdict = ok(auditor.get("/api/audit/verify")).body();
        assertThat(verdict.get("valid").asBoolean()).isTrue();
        assertThat(verdict.get("firstBroken").isNull()).isTrue();
        long total = jdbc.sql("select count(*) from audit_log").query(Long.class).single();
        assertThat(verdict.get("entries").asLong()).isEqualTo(total).isGreaterThan(30);

        List<JsonNode> mine = entries(ok(auditor.get("/api/audit?kind=LEADER_UPDATE&objectId=" + w.leader2)));
        long middle = mine.get(15).get("id").asLong();
        // every column of a stored entry is covered, the changes included
        for (String set : List.of("changes = replace(changes, '副市长', '市长')", "actor = 'someone'",
                "logged_at = logged_at", "client_ip = '10.0.0.9'", "note = 'x'", "object_id = '1'",
                "action = 'LEADER_CREATE'", "prev_hash = entry_hash")) {
            Map<String, Object> saved = jdbc.sql("select * from audit_log where id = ?").param(middle).query()
                    .singleRow();
            jdbc.sql("update audit_log set " + set + " where id = ?").param(middle).update();
            try {
                JsonNode broken = ok(auditor.get("/api/audit/verify")).body();
                if (set.equals("logged_at = logged_at")) {
                    assertThat(broken.get("valid").asBoolean()).as("an update that changes nothing").isTrue();
                    continue;
                }
                assertThat(broken.get("valid").asBoolean()).as(set).isFalse();
                assertThat(broken.get("firstBroken").asLong()).as(set).isEqualTo(middle);
            } finally {
                restore(middle, saved);
            }
        }
        assertThat(ok(auditor.get("/api/audit/verify")).get("valid").asBoolean()).isTrue();

        // a deleted entry in the middle: the next one no longer links to its predecessor
        Map<String, Object> saved = jdbc.sql("select * from audit_log where id = ?").param(middle).query().singleRow();
        jdbc.sql("delete from audit_log where id = ?").param(middle).update();
        try {
            JsonNode broken = ok(auditor.get("/api/audit/verify")).body();
            assertThat(broken.get("valid").asBoolean()).isFalse();
            long next = jdbc.sql("select min(id) from audit_log where id > ?").param(middle).query(Long.class).single();
            assertThat(broken.get("firstBroken").asLong()).isEqualTo(next);
            assertThat(broken.get("entries").asLong()).isEqualTo(total - 1);
        } finally {
            insert(saved);
        }
        assertThat(ok(auditor.get("/api/audit/verify")).get("valid").asBoolean()).isTrue();
    }

    @Test
    void theLastEntryDeletedIsFoundByTheChainsHead() {
        World w = world();
        // signed in first: a sign-in is itself an entry, and the deleted one must stay the last
        Api auditor = as(w.auditor);
        ok(admin().put("/api/leaders/" + w.leader1, Map.of("name", "王某" + w.province, "title", "末条")));
        long last = jdbc.sql("select max(id) from audit_log").query(Long.class).single();
        Map<String, Object> saved = jdbc.sql("select * from audit_log where id = ?").param(last).query().singleRow();
        jdbc.sql("delete from audit_log where id = ?").param(last).update();
        try {
            JsonNode broken = ok(auditor.get("/api/audit/verify")).body();
            assertThat(broken.get("valid").asBoolean()).isFalse();
            assertThat(broken.get("firstBroken").asLong()).isEqualTo(last);
        } finally {
            insert(saved);
        }
    }

    private void restore(long id, Map<String, Object> row) {
        jdbc.sql("delete from audit_log where id = ?").param(id).update();
        insert(row);
    }

    private void insert(Map<String, Object> row) {
        List<String> cols = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        row.forEach((k, v) -> {
            cols.add(k.toLowerCase(java.util.Locale.ROOT));
            values.add(v);
        });
        jdbc.sql("insert into audit_log(" + String.join(", ", cols) + ") values ("
                + String.join(", ", java.util.Collections.nCopies(cols.size(), "?")) + ")").params(values).update();
    }

    @Test
    void concurrentWritesAreChainedOneAfterTheOther() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ids.add(created(disp.post("/api/projects", project("并发" + i, w.countyA, w.unitA, null, "100"))).id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                Map<String, Object> change = edit(project("并发" + i, w.countyA, w.unitA, null, "100"), 0);
                change.put("annualPlan", 200 + i);
                edits.add(() -> disp.put("/api/projects/" + id, change).status());
            }
            for (Future<Integer> f : pool.invokeAll(edits)) {
                assertThat(f.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        Api auditor = as(w.auditor);
        JsonNode verdict = ok(auditor.get("/api/audit/verify")).body();
        assertThat(verdict.get("valid").asBoolean()).as("%s", verdict).isTrue();
        for (long id : ids) {
            assertThat(entries(ok(auditor.get("/api/audit?kind=PROJECT_UPDATE&objectType=PROJECT&objectId=" + id))))
                    .hasSize(1);
        }
    }

    @Test
    void onlyTheAuditorReadsTheLog() {
        World w = world();
        for (String who : List.of("admin", w.adminOnly, w.dispatcher, w.reporterA, w.leaderUser, w.supervisor)) {
            assertThat(as(who).get("/api/audit").status()).as(who).isEqualTo(403);
            assertThat(as(who).get("/api/audit/verify").status()).as(who).isEqualTo(403);
            assertThat(fetch(who, "/api/audit/export.xlsx").status()).as(who).isEqualTo(403);
        }
        assertThat(anonymous().get("/api/audit/verify").status()).isEqualTo(401);
        ok(as(w.auditor).get("/api/audit/verify"));
    }

    @Test
    void filtersAndPaging() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> body = project("分页项目", w.countyA, w.unitA, null, "100");
        long id = created(disp.post("/api/projects", body)).id();
        for (int v = 0; v < 6; v++) {
            Map<String, Object> change = edit(body, v);
            change.put("annualPlan", 101 + v);
            ok(disp.put("/api/projects/" + id, change));
        }
        Api auditor = as(w.auditor);
        String q = "/api/audit?objectType=PROJECT&objectId=" + id;
        Download all = fetch(w.auditor, q);
        assertThat(all.header("X-Total-Count")).isEqualTo("7");
        List<JsonNode> page0 = entries(ok(auditor.get(q + "&size=3&page=0")));
        List<JsonNode> page2 = entries(ok(auditor.get(q + "&size=3&page=2")));
        assertThat(page0).hasSize(3);
        assertThat(changes(page0.get(0)).get("annualPlan")).as("newest first").containsExactly("105.00", "106.00");
        assertThat(page2).extracting(e -> e.get("action").asText()).containsExactly("PROJECT_CREATE");
        assertThat(page0.get(0).get("id").asLong()).isGreaterThan(page0.get(1).get("id").asLong());

        assertThat(entries(ok(auditor.get(q + "&user=" + w.dispatcher)))).hasSize(7);
        assertThat(entries(ok(auditor.get(q + "&user=nobody")))).isEmpty();
        assertThat(entries(ok(auditor.get(q + "&kind=PROJECT_CREATE")))).hasSize(1);
        // today is 2024-07-15 (diaodu.today)
        assertThat(entries(ok(auditor.get(q + "&from=2024-07-15&to=2024-07-15")))).hasSize(7);
        assertThat(entries(ok(auditor.get(q + "&from=2024-07-16")))).isEmpty();
        assertThat(entries(ok(auditor.get(q + "&to=2024-07-14")))).isEmpty();
        invalid(auditor.get(q + "&from=2024-13-01"), "from");
        invalid(auditor.get(q + "&from=2024-07-16&to=2024-07-15"), "to");
        invalid(auditor.get(q + "&size=0"), "size");
    }
}
