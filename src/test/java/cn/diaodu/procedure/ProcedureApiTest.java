package cn.diaodu.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * Preliminary procedures (CONTRACT §11): the catalogue of kinds (read by all, added by an ADMIN), PUT/GET of a
 * project's procedures with who may write, 404, every 422 with nothing written, overdue at today (2024-07-15), the
 * audit entries, and the scan of an approval.
 */
class ProcedureApiTest extends ApiTest {
    static final List<String> CATALOGUE = List.of("APPROVAL", "SITE", "LAND", "EIA", "ENERGY", "FEASIBILITY",
            "DESIGN", "PERMIT", "DEMOLITION");
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};

    record Scene(World w, long p, long q) {
    }

    private Scene scene() {
        World w = world();
        Api disp = as(w.dispatcher);
        Map<String, Object> a = project("手续项目甲", w.countyA, w.unitA, null, "1000");
        a.put("actualStart", null);
        a.put("plannedStart", "2024-09-01");
        long p = created(disp.post("/api/projects", a)).id();
        long q = created(disp.post("/api/projects", project("手续项目乙", w.countyB, w.unitB, null, "800"))).id();
        return new Scene(w, p, q);
    }

    static String path(long project) {
        return "/api/projects/" + project + "/procedures";
    }

    static Map<String, Object> body(String status) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        return m;
    }

    static JsonNode item(Api.Res list, String code) {
        for (JsonNode n : list.body()) {
            if (n.get("code").asText().equals(code)) {
                return n;
            }
        }
        throw new AssertionError("no " + code + " in " + list);
    }

    static List<String> codes(Api.Res list) {
        List<String> out = new ArrayList<>();
        list.body().forEach(n -> out.add(n.get("code").asText()));
        return out;
    }

    @Test
    void everyoneSignedInListsTheKindsAndOnlyAnAdminAddsOne() {
        World w = world();
        Api.Res kinds = ok(as(w.reporterA).get("/api/procedures/kinds"));
        assertThat(codes(kinds)).startsWith(CATALOGUE.toArray(String[]::new));
        assertThat(item(kinds, "APPROVAL").get("name").asText()).isEqualTo("立项（审批/核准/备案）");
        assertThat(item(kinds, "EIA").get("name").asText()).isEqualTo("环评");
        assertThat(item(kinds, "DEMOLITION").get("name").asText()).isEqualTo("征地拆迁");
        assertThat(item(kinds, "SITE").size()).as("code and name").isEqualTo(2);
        assertThat(ok(as(w.auditor).get("/api/procedures/kinds")).body().size()).isEqualTo(kinds.body().size());
        assertThat(anonymous().get("/api/procedures/kinds").status()).isEqualTo(401);

        String code = "WATER_" + w.province.substring(0, 2);
        Map<String, Object> kind = Map.of("code", code, "name", "水土保持方案");
        assertThat(as(w.dispatcher).post("/api/procedures/kinds", kind).status()).isEqualTo(403);
        Api adm = as(w.adminOnly);
        Api.Res added = created(adm.post("/api/procedures/kinds", kind));
        assertThat(added.get("code").asText()).isEqualTo(code);
        assertThat(added.get("name").asText()).isEqualTo("水土保持方案");
        List<String> after = codes(ok(as(w.reporterA).get("/api/procedures/kinds")));
        assertThat(after.get(after.size() - 1)).as("a new kind comes last").isEqualTo(code);

        invalid(adm.post("/api/procedures/kinds", kind), "code");
        invalid(adm.post("/api/procedures/kinds", Map.of("code", " ", "name", "空")), "code");
        invalid(adm.post("/api/procedures/kinds", Map.of("code", "A".repeat(33), "name", "太长")), "code");
        invalid(adm.post("/api/procedures/kinds", Map.of("code", "water", "name", "小写")), "code");
        invalid(adm.post("/api/procedures/kinds", Map.of("code", "X-1", "name", "横线")), "code");
        invalid(adm.post("/api/procedures/kinds", Map.of("code", "NONAME_" + w.province.substring(0, 2))), "name");
        assertThat(codes(ok(as(w.reporterA).get("/api/procedures/kinds")))).hasSize(after.size());
        assertThat(adm.post("/api/procedures/kinds", Map.of("code", "A".repeat(32), "name", "三十二位")).status())
                .as("32 characters are allowed").isEqualTo(201);

        List<JsonNode> log = entries(ok(as(w.auditor).get("/api/audit?kind=PROCEDURE_KIND_CREATE&objectId=" + code)));
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("actor").asText()).isEqualTo(w.adminOnly);
    }

    @Test
    void aReporterOfTheLeadUnitRecordsAProcedureAndEveryKindIsListed() {
        Scene s = scene();
        Api rep = as(s.w().reporterA);
        Api.Res empty = ok(rep.get(path(s.p())));
        assertThat(codes(empty)).startsWith(CATALOGUE.toArray(String[]::new));
        for (JsonNode n : empty.body()) {
            assertThat(n.get("status").asText()).isEqualTo("PENDING");
            for (String f : List.of("plannedDate", "appliedDate", "actualDate", "documentNo", "approvingUnitId",
                    "approvingUnitName", "scan")) {
                assertThat(n.get(f).isNull()).as(f).isTrue();
            }
            assertThat(n.get("overdue").asBoolean()).isFalse();
        }

        Map<String, Object> eia = body("DONE");
        eia.put("plannedDate", "2024-05-31");
        eia.put("appliedDate", "2024-04-20");
        eia.put("actualDate", "2024-06-10");
        eia.put("documentNo", "青环审〔2024〕12号");
        eia.put("approvingUnitId", s.w().unitB);
        eia.put("note", "按时批复");
        JsonNode done = ok(rep.put(path(s.p()) + "/EIA", eia)).body();
        assertThat(done.get("code").asText()).isEqualTo("EIA");
        assertThat(done.get("name").asText()).isEqualTo("环评");
        assertThat(done.get("status").asText()).isEqualTo("DONE");
        assertThat(done.get("actualDate").asText()).isEqualTo("2024-06-10");
        assertThat(done.get("appliedDate").asText()).isEqualTo("2024-04-20");
        assertThat(done.get("documentNo").asText()).isEqualTo("青环审〔2024〕12号");
        assertThat(done.get("approvingUnitId").asLong()).isEqualTo(s.w().unitB);
        assertThat(done.get("approvingUnitName").asText()).startsWith("乙区住建局");
        assertThat(done.get("overdue").asBoolean()).as("done is never overdue").isFalse();

        // a dispatcher whose scope covers the project writes too; a date in the "wrong" order is allowed
        Map<String, Object> land = body("IN_PROGRESS");
        land.put("plannedDate", "2024-03-01");
        land.put("actualDate", "2024-02-01");
        assertThat(ok(as(s.w().dispatcher).put(path(s.p()) + "/LAND", land)).get("overdue").asBoolean()).isTrue();

        Api.Res list = ok(as(s.w().leaderUser).get(path(s.p())));
        assertThat(item(list, "EIA").get("documentNo").asText()).isEqualTo("青环审〔2024〕12号");
        assertThat(item(list, "LAND").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(item(list, "SITE").get("status").asText()).isEqualTo("PENDING");

        // putting it again replaces it
        ok(rep.put(path(s.p()) + "/EIA", body("NOT_NEEDED")));
        JsonNode again = item(ok(rep.get(path(s.p()))), "EIA");
        assertThat(again.get("status").asText()).isEqualTo("NOT_NEEDED");
        assertThat(again.get("documentNo").isNull()).isTrue();

        // audited, with the changes
        List<JsonNode> log = entries(ok(as(s.w().auditor).get("/api/audit?kind=PROCEDURE_UPDATE&objectId="
                + s.p() + "/EIA")));
        assertThat(log).hasSize(2);
        JsonNode first = log.get(log.size() - 1);
        assertThat(first.get("actor").asText()).isEqualTo(s.w().reporterA);
        assertThat(first.toString()).contains("青环审〔2024〕12号").contains("DONE");
    }

    @Test
    void unknownProjectOrKindIs404AndOthersMayNotWrite() {
        Scene s = scene();
        Api disp = as(s.w().dispatcher);
        assertThat(disp.put("/api/projects/999999/procedures/EIA", body("PENDING")).status()).isEqualTo(404);
        assertThat(disp.get("/api/projects/999999/procedures").status()).isEqualTo(404);
        assertThat(disp.put(path(s.p()) + "/NO_SUCH_KIND", body("PENDING")).status()).isEqualTo(404);
        assertThat(disp.put(path(s.p()) + "/eia", body("PENDING")).status()).isEqualTo(404);

        // another unit's reporter, a leader, a supervisor: 403; a dispatcher outside the region too
        assertThat(as(s.w().reporterB).put(path(s.p()) + "/EIA", body("PENDING")).status()).isEqualTo(403);
        assertThat(as(s.w().reporterB).get(path(s.p())).status()).isEqualTo(403);
        assertThat(as(s.w().leaderUser).put(path(s.p()) + "/EIA", body("PENDING")).status()).isEqualTo(403);
        assertThat(as(s.w().supervisor).put(path(s.p()) + "/EIA", body("PENDING")).status()).isEqualTo(403);
        String outside = user(admin(), "dispb" + s.w().province.substring(0, 2), List.of("DISPATCHER"), null,
                s.w().countyB);
        assertThat(as(outside).put(path(s.p()) + "/EIA", body("PENDING")).status()).isEqualTo(403);
        assertThat(ok(as(outside).put(path(s.q()) + "/EIA", body("IN_PROGRESS"))).get("status").asText())
                .isEqualTo("IN_PROGRESS");
        assertThat(anonymous().put(path(s.p()) + "/EIA", body("PENDING")).status()).isEqualTo(401);
        assertThat(item(ok(disp.get(path(s.p()))), "EIA").get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void badInputIs422NamingTheFieldAndNothingIsWritten() {
        Scene s = scene();
        Api rep = as(s.w().reporterA);
        String eia = path(s.p()) + "/EIA";
        Map<String, Object> first = body("IN_PROGRESS");
        first.put("plannedDate", "2024-08-31");
        first.put("documentNo", "原文号");
        ok(rep.put(eia, first));

        Map<String, Object> doneWithoutDate = body("DONE");
        doneWithoutDate.put("documentNo", "青环审〔2024〕13号");
        invalid(rep.put(eia, doneWithoutDate), "actualDate");
        invalid(rep.put(eia, body("FINISHED")), "status");
        invalid(rep.put(eia, body(null)), "status");
        invalid(rep.put(eia, body("done")), "status");
        Map<String, Object> longNo = body("IN_PROGRESS");
        longNo.put("documentNo", "号".repeat(101));
        invalid(rep.put(eia, longNo), "documentNo");
        longNo.put("documentNo", "x".repeat(500));
        invalid(rep.put(eia, longNo), "documentNo");
        Map<String, Object> unit = body("IN_PROGRESS");
        unit.put("approvingUnitId", 99999999);
        invalid(rep.put(eia, unit), "approvingUnitId");
        Map<String, Object> badDate = body("IN_PROGRESS");
        badDate.put("plannedDate", "2024-13-01");
        invalid(rep.put(eia, badDate), "plannedDate");
        Map<String, Object> farDate = body("DONE");
        farDate.put("actualDate", "1999-12-31");
        invalid(rep.put(eia, farDate), "actualDate");
        Map<String, Object> longNote = body("IN_PROGRESS");
        longNote.put("note", "备".repeat(1001));
        invalid(rep.put(eia, longNote), "note");
        Map<String, Object> numberAsText = body("IN_PROGRESS");
        numberAsText.put("approvingUnitId", "abc");
        invalid(rep.put(eia, numberAsText), "approvingUnitId");
        Map<String, Object> several = body("DONE");
        several.put("documentNo", "y".repeat(200));
        Api.Res both = rep.put(eia, several);
        invalid(both, "actualDate");
        invalid(both, "documentNo");
        // a documentNo of exactly 100 characters is taken
        Map<String, Object> hundred = body("IN_PROGRESS");
        hundred.put("documentNo", "z".repeat(100));
        ok(rep.put(path(s.p()) + "/SITE", hundred));

        JsonNode still = item(ok(rep.get(path(s.p()))), "EIA");
        assertThat(still.get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(still.get("plannedDate").asText()).isEqualTo("2024-08-31");
        assertThat(still.get("documentNo").asText()).isEqualTo("原文号");
        assertThat(still.get("approvingUnitId").isNull()).isTrue();
        assertThat(entries(ok(as(s.w().auditor).get("/api/audit?kind=PROCEDURE_UPDATE&objectId=" + s.p() + "/EIA"))))
                .as("only the one write").hasSize(1);
    }

    @Test
    void aProcedureIsOverdueWhenOpenAndPlannedBeforeToday() {
        Scene s = scene();
        Api rep = as(s.w().reporterA);
        String base = path(s.p());
        Map<String, Object> yesterday = body("PENDING");
        yesterday.put("plannedDate", "2024-07-14");
        assertThat(ok(rep.put(base + "/APPROVAL", yesterday)).get("overdue").asBoolean()).isTrue();
        Map<String, Object> today = body("IN_PROGRESS");
        today.put("plannedDate", "2024-07-15");
        assertThat(ok(rep.put(base + "/SITE", today)).get("overdue").asBoolean()).as("due today").isFalse();
        Map<String, Object> late = body("IN_PROGRESS");
        late.put("plannedDate", "2024-01-31");
        assertThat(ok(rep.put(base + "/LAND", late)).get("overdue").asBoolean()).isTrue();
        Map<String, Object> done = body("DONE");
        done.put("plannedDate", "2024-01-31");
        done.put("actualDate", "2024-07-01");
        assertThat(ok(rep.put(base + "/EIA", done)).get("overdue").asBoolean()).isFalse();
        Map<String, Object> notNeeded = body("NOT_NEEDED");
        notNeeded.put("plannedDate", "2024-01-31");
        assertThat(ok(rep.put(base + "/ENERGY", notNeeded)).get("overdue").asBoolean()).isFalse();
        assertThat(ok(rep.put(base + "/FEASIBILITY", body("PENDING"))).get("overdue").asBoolean())
                .as("no planned date").isFalse();
        Api.Res list = ok(rep.get(base));
        assertThat(item(list, "APPROVAL").get("overdue").asBoolean()).isTrue();
        assertThat(item(list, "LAND").get("overdue").asBoolean()).isTrue();
        assertThat(item(list, "SITE").get("overdue").asBoolean()).isFalse();
    }

    @Test
    void theScanOfAnApprovalIsUploadedCheckedAndDownloaded() throws Exception {
        Scene s = scene();
        String scan = path(s.p()) + "/EIA/scan";
        assertThat(fetch(s.w().reporterA, scan).status()).as("no scan yet").isEqualTo(404);
        Api.Res up = upload(s.w().reporterA, scan, "file", "环评批复.pdf", PDF);
        assertThat(up.status()).as("%s", up).isEqualTo(201);
        assertThat(up.get("filename").asText()).isEqualTo("环评批复.pdf");
        assertThat(up.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(up.get("id").asLong()).isPositive();
        JsonNode item = item(ok(as(s.w().leaderUser).get(path(s.p()))), "EIA");
        assertThat(item.get("scan").get("filename").asText()).isEqualTo("环评批复.pdf");
        assertThat(item.get("scan").get("size").asLong()).isEqualTo(PDF.length);

        Download d = fetch(s.w().leaderUser, scan);
        assertThat(d.status()).isEqualTo(200);
        assertThat(d.body()).isEqualTo(PDF);
        assertThat(d.header("Content-Type")).startsWith("application/pdf");
        assertThat(d.header("Content-Disposition")).startsWith("attachment");
        assertThat(d.header("X-Content-Type-Options")).isEqualTo("nosniff");

        // a photo replaces it
        assertThat(upload(s.w().dispatcher, scan, "file", "批复.png", PNG).status()).isEqualTo(201);
        assertThat(fetch(s.w().reporterA, scan).body()).isEqualTo(PNG);

        // refused: other types, a content that is not its extension, empty, too large, no part
        invalid(upload(s.w().reporterA, scan, "file", "批复.docx", PDF), "file");
        invalid(upload(s.w().reporterA, scan, "file", "批复.pdf", PNG), "file");
        invalid(upload(s.w().reporterA, scan, "file", "批复.jpg", PDF), "file");
        invalid(upload(s.w().reporterA, scan, "file", "批复.txt", "text".getBytes(StandardCharsets.UTF_8)), "file");
        invalid(upload(s.w().reporterA, scan, "file", "empty.pdf", new byte[0]), "file");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        invalid(upload(s.w().reporterA, scan, "file", "big.pdf", big), "file");
        invalid(upload(s.w().reporterA, scan, "scan", "批复.pdf", PDF), "file");
        assertThat(fetch(s.w().reporterA, scan).body()).as("still the photo").isEqualTo(PNG);

        assertThat(upload(s.w().reporterB, scan, "file", "批复.pdf", PDF).status()).isEqualTo(403);
        assertThat(upload(s.w().leaderUser, scan, "file", "批复.pdf", PDF).status()).isEqualTo(403);
        assertThat(fetch(s.w().reporterB, scan).status()).isEqualTo(403);
        assertThat(upload(s.w().reporterA, path(s.p()) + "/NOPE/scan", "file", "批复.pdf", PDF).status())
                .isEqualTo(404);
        assertThat(upload(s.w().reporterA, "/api/projects/999999/procedures/EIA/scan", "file", "批复.pdf", PDF)
                .status()).isEqualTo(404);
        assertThat(fetch(s.w().reporterA, path(s.p()) + "/SITE/scan").status()).isEqualTo(404);
        assertThat(entries(ok(as(s.w().auditor).get("/api/audit?kind=PROCEDURE_SCAN&objectId=" + s.p() + "/EIA"))))
                .hasSize(2);
    }

    static List<JsonNode> entries(Api.Res r) {
        List<JsonNode> out = new ArrayList<>();
        r.body().forEach(out::add);
        return out;
    }

}
