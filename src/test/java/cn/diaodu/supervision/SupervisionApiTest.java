package cn.diaodu.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.Eventually;

/** CONTRACT §10: meetings, the automatic agenda, decisions and the life of a supervision task. Today 2024-07-15. */
class SupervisionApiTest extends ApiTest {

    private long project(Api dispatcher, World w, String code, String name, String region, long unit) {
        Map<String, Object> body = project(name, region, unit, null, "1200");
        body.put("code", code);
        return created(dispatcher.post("/api/projects", body)).id();
    }

    @Test
    void theAgendaTakesLastMonthsRedProjectsOneByOneInCodeOrder() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        String pp = w.province.substring(0, 2);
        long late = project(dispatcher, w, "M" + pp + "-3", "滞后项目", w.countyA, w.unitA);
        long onTrack = project(dispatcher, w, "M" + pp + "-2", "正常项目", w.countyA, w.unitA);
        long alsoLate = project(dispatcher, w, "M" + pp + "-1", "另一滞后项目", w.countyB, w.unitB);
        for (int m = 1; m <= 6; m++) {
            ok(dispatcher.put("/api/projects/" + onTrack + "/reports/2024-0" + m, report("100")));
        }
        assertThat(as(w.reporterA).post("/api/meetings", Map.of("title", "x", "type", "MONTHLY", "date",
                "2024-07-10")).status()).isEqualTo(403);
        invalid(dispatcher.post("/api/meetings", Map.of("type", "MONTHLY", "date", "2024-07-10")), "title");
        invalid(dispatcher.post("/api/meetings", Map.of("title", "x", "type", "WEEKLY", "date", "2024-07-10")),
                "type");
        invalid(dispatcher.post("/api/meetings", Map.of("title", "x", "type", "MONTHLY")), "date");
        invalid(dispatcher.post("/api/meetings", Map.of("title", "x", "type", "MONTHLY", "date", "2024-13-01")),
                "date");

        // the latest site photo of a project goes into its brief
        assertThat(upload(w.dispatcher, "/api/projects/" + late + "/reports/2024-06/photos", "file", "现场.jpg",
                cn.diaodu.reporting.ReportPhotoApiTest.image("jpeg", 640, 480)).status()).isEqualTo(201);
        var meeting = created(dispatcher.post("/api/meetings", Map.of("title", "7月份重点项目调度会", "type",
                "MONTHLY", "date", "2024-07-10")));
        long id = meeting.id();
        var agenda = ok(dispatcher.get("/api/meetings/" + id + "/agenda")).body();
        List<Long> ids = new ArrayList<>();
        agenda.forEach(a -> ids.add(a.get("projectId").asLong()));
        assertThat(ids).containsExactly(alsoLate, late);
        assertThat(agenda.get(0).get("code").asText()).isEqualTo("M" + pp + "-1");
        assertThat(agenda.get(0).get("warning").asText()).isEqualTo("RED");

        var countyView = ok(as(w.countyLeaderA).get("/api/meetings/" + id + "/agenda")).body();
        assertThat(countyView).as("a county leader sees its county's items").hasSize(1);
        assertThat(countyView.get(0).get("projectId").asLong()).isEqualTo(late);
        assertThat(as(w.reporterA).get("/api/meetings/" + id + "/agenda").status()).isEqualTo(403);
        assertThat(dispatcher.get("/api/meetings/999999/agenda").status()).isEqualTo(404);

        Download docx = fetch(w.dispatcher, "/api/meetings/" + id + "/agenda.docx");
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("7月份重点项目调度会", "议题1：另一滞后项目", "议题2：滞后项目")
                    .doesNotContain("正常项目").contains("最新现场照片");
            assertThat(doc.getAllPictures()).as("one brief has a photo").hasSize(1);
            // the layout of official documents, as the bulletin's: A4, margins 37/35/28/26 mm, "— n —" at the foot
            var sect = doc.getDocument().getBody().getSectPr();
            assertThat(((java.math.BigInteger) sect.getPgSz().getW()).intValue()).isEqualTo(11906);
            assertThat(((java.math.BigInteger) sect.getPgMar().getTop()).intValue()).isEqualTo(2098);
            assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).intValue()).isEqualTo(1587);
            assertThat(doc.getFooterList()).hasSize(2).allSatisfy(f -> assertThat(f.getParagraphs().get(0).getCTP().xmlText())
                    .contains("PAGE").contains("— ").contains(" —"));
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("方正小标宋简体");
            // each brief starts a page by its heading, never by an empty paragraph that could leave a blank page
            assertThat(doc.getParagraphs()).filteredOn(p -> p.getText().startsWith("议题"))
                    .extracting(p -> p.getText().substring(0, 4) + p.isPageBreak())
                    .containsExactly("议题（一false", "议题1：true", "议题2：true");
            assertThat(doc.getParagraphs()).noneMatch(p -> p.getText().isEmpty() && p.getCTP().xmlText().contains("w:br"));
        }
    }

    @Test
    void aDecisionBecomesATaskFollowedToClosure() {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        Api supervisor = as(w.supervisor);
        Api reporterA = as(w.reporterA);
        long meeting = created(supervisor.post("/api/meetings", Map.of("title", "专题会", "type", "SPECIAL", "date",
                "2024-07-12"))).id();
        String path = "/api/meetings/" + meeting + "/decisions";
        invalid(dispatcher.post(path, Map.of("responsibleUnitId", w.unitA, "responsiblePerson", "张三", "dueDate",
                "2024-07-30")), "content");
        invalid(dispatcher.post(path, Map.of("content", "x", "responsibleUnitId", 999999, "responsiblePerson", "张三",
                "dueDate", "2024-07-30")), "responsibleUnitId");
        invalid(dispatcher.post(path, Map.of("content", "x", "responsibleUnitId", w.unitA, "responsiblePerson", "张三")),
                "dueDate");
        assertThat(reporterA.post(path, Map.of("content", "x", "responsibleUnitId", w.unitA, "responsiblePerson",
                "张三", "dueDate", "2024-07-30")).status()).isEqualTo(403);
        assertThat(dispatcher.post("/api/meetings/999999/decisions", Map.of("content", "x", "responsibleUnitId",
                w.unitA, "responsiblePerson", "张三", "dueDate", "2024-07-30")).status()).isEqualTo(404);

        var task = created(dispatcher.post(path, Map.of("content", "7月20日前完成土地组卷报批", "responsibleUnitId",
                w.unitA, "responsiblePerson", "张三", "dueDate", "2024-07-20")));
        long id = task.id();
        assertThat(task.get("status").asText()).isEqualTo("OPEN");
        assertThat(task.get("overdue").asBoolean()).isFalse();
        String t = "/api/tasks/" + id;

        assertThat(as(w.reporterB).post(t + "/feedback", Map.of("note", "x")).status()).isEqualTo(403);
        assertThat(dispatcher.post(t + "/feedback", Map.of("note", "x")).status()).isEqualTo(403);
        invalid(reporterA.post(t + "/feedback", Map.of("note", " ")), "note");
        ok(reporterA.post(t + "/feedback", Map.of("note", "已完成组卷，待省厅批复")));
        assertThat(reporterA.post(t + "/remind", Map.of("note", "x")).status()).isEqualTo(403);
        ok(supervisor.post(t + "/remind", Map.of("note", "请加快进度")));
        assertThat(reporterA.post(t + "/verify", null).status()).isEqualTo(403);
        assertThat(supervisor.post(t + "/verify", null).status()).as("not done yet").isEqualTo(409);
        assertThat(ok(reporterA.post(t + "/complete", Map.of("note", "已批复"))).get("status").asText())
                .isEqualTo("DONE");
        assertThat(reporterA.post(t + "/complete", null).status()).isEqualTo(409);
        assertThat(supervisor.post(t + "/remind", null).status()).as("done: no reminder").isEqualTo(409);
        assertThat(ok(supervisor.post(t + "/verify", Map.of("note", "核验属实"))).get("status").asText())
                .isEqualTo("CLOSED");
        assertThat(supervisor.post(t + "/verify", null).status()).isEqualTo(409);
        assertThat(reporterA.post(t + "/feedback", Map.of("note", "x")).status()).isEqualTo(409);

        var full = ok(reporterA.get(t));
        List<String> actions = new ArrayList<>();
        full.get("timeline").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("CREATE", "FEEDBACK", "REMIND", "COMPLETE", "VERIFY");
        assertThat(full.get("reminders").asInt()).isEqualTo(1);
        assertThat(as(w.reporterB).get(t).status()).isEqualTo(403);
        assertThat(dispatcher.get("/api/tasks/999999").status()).isEqualTo(404);
        Eventually.assertThat(() -> assertThat(ok(reporterA.get("/api/notifications")).text())
                .contains("【督办】7月20日前完成土地组卷报批", "【催办】"));
    }

    @Test
    void overdueIsTheDayAfterTheDueDate() throws Exception {
        World w = world();
        Api dispatcher = as(w.dispatcher);
        long meeting = created(dispatcher.post("/api/meetings", Map.of("title", "逾期测试", "type", "MONTHLY", "date",
                "2024-07-01"))).id();
        String path = "/api/meetings/" + meeting + "/decisions";
        long yesterday = created(dispatcher.post(path, Map.of("content", "昨日到期", "responsibleUnitId", w.unitA,
                "responsiblePerson", "李四", "dueDate", "2024-07-14"))).id();
        long today = created(dispatcher.post(path, Map.of("content", "今日到期", "responsibleUnitId", w.unitA,
                "responsiblePerson", "李四", "dueDate", "2024-07-15"))).id();
        var overdue = ok(dispatcher.get("/api/tasks?overdue=true&responsibleUnitId=" + w.unitA)).body();
        List<Long> ids = new ArrayList<>();
        overdue.forEach(o -> ids.add(o.get("id").asLong()));
        assertThat(ids).contains(yesterday).doesNotContain(today);
        assertThat(ok(dispatcher.get("/api/tasks/" + today)).get("overdue").asBoolean()).isFalse();
        var ranking = ok(dispatcher.get("/api/tasks/ranking")).body();
        assertThat(ranking.get(0).get("overdue").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(SupervisionService.isOverdue("OPEN", LocalDate.of(2024, 7, 14), LocalDate.of(2024, 7, 15)))
                .isTrue();
        assertThat(SupervisionService.isOverdue("OPEN", LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 15)))
                .isFalse();
        assertThat(SupervisionService.isOverdue("DONE", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 15)))
                .isFalse();
        assertThat(SupervisionService.isOverdue("CLOSED", LocalDate.of(2024, 7, 1), LocalDate.of(2024, 7, 15)))
                .isFalse();
        assertThat(as(w.auditor).get("/api/tasks").status()).isEqualTo(403);
        assertThat(anonymous().get("/api/tasks").status()).isEqualTo(401);

        // the warning notice lists the unit's overdue tasks only; a unit with none has no notice to send
        Download notice = fetch(w.dispatcher, "/api/units/" + w.unitA + "/warning-notice.docx");
        assertThat(notice.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(notice.body()));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("以下" + ids.size() + "项督办事项", "昨日到期", "2024年7月14日")
                    .doesNotContain("今日到期");
        }
        invalid(dispatcher.get("/api/units/" + w.unitB + "/warning-notice.docx"), "unitId");
        assertThat(dispatcher.get("/api/units/99999999/warning-notice.docx").status()).isEqualTo(404);
        assertThat(fetch(w.reporterA, "/api/units/" + w.unitA + "/warning-notice.docx").status()).isEqualTo(403);

        // a county's dispatcher assigns tasks to its county's units only: 403 beside it, nothing written
        Api county = as(user(admin(), "cdisp" + w.province, List.of("DISPATCHER"), null, w.countyA));
        assertThat(county.post(path, Map.of("content", "越权交办", "responsibleUnitId", w.unitB, "responsiblePerson",
                "王五", "dueDate", "2024-07-30")).status()).isEqualTo(403);
        created(county.post(path, Map.of("content", "本县交办", "responsibleUnitId", w.unitA, "responsiblePerson",
                "王五", "dueDate", "2024-07-30")));
        assertThat(ok(dispatcher.get("/api/tasks?responsibleUnitId=" + w.unitB)).body()).isEmpty();
    }
}
