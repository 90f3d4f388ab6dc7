package cn.diaodu.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * CONTRACT §11, the year's list from Excel: the template, the import whatever the columns' order, names and codes,
 * Excel and text dates; every kind of bad cell with its row and column, and nothing written; the dispatcher's scope;
 * a 230-row list. Each test imports into a year of its own.
 */
class ProjectImportApiTest extends OnboardingTestSupport {
    private static World w;
    private static String townA;

    @BeforeEach
    void setUp() {
        if (w == null) {
            w = world();
            townA = w.countyA + "001";
            created(admin().post("/api/regions", region(townA, "城关镇" + w.province.substring(0, 2), "TOWN",
                    w.countyA)));
        }
    }

    private String unitA() {
        return admin().get("/api/units/" + w.unitA).get("name").asText();
    }

    private String unitB() {
        return admin().get("/api/units/" + w.unitB).get("name").asText();
    }

    private String leader1() {
        return admin().get("/api/leaders/" + w.leader1).get("name").asText();
    }

    private JsonNode projects(int year) {
        return ok(as(w.dispatcher).get("/api/projects?year=" + year + "&regionCode=" + w.province)).body();
    }

    private JsonNode byName(int year, String name) {
        for (JsonNode p : projects(year)) {
            if (p.get("name").asText().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no project " + name + " in " + projects(year));
    }

    @Test
    void theTemplateHasTheHeadersAndTheListsToPickFrom() {
        Bin r = download(w.dispatcher, "/api/projects/template.xlsx");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.contentType()).startsWith(XLSX);
        try (XSSFWorkbook wb = read(r.body())) {
            XSSFSheet first = wb.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            first.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsSubsequence("项目编号", "项目名称", "所在地区", "责任单位", "包抓领导", "行业类别",
                    "项目级别", "总投资（万元）", "年度计划投资（万元）", "计划开工日期", "实际开工日期", "计划竣工日期");
            assertThat(headers).contains("项目业主", "建设内容及规模", "联络人", "联系电话", "配合部门", "以前年度累计完成（万元）",
                    "1月", "12月");
            assertThat(first.getLastRowNum()).isZero();
            assertThat(first.getDataValidations()).isNotEmpty();
            XSSFSheet help = wb.getSheet("填写说明");
            assertThat(help).isNotNull();
            List<String> texts = new ArrayList<>();
            help.forEach(row -> row.forEach(c -> texts.add(c.toString())));
            assertThat(texts).contains("产业", "INDUSTRY", "省级", "COUNTY", unitA(), leader1(), w.countyA);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(download(w.reporterA, "/api/projects/template.xlsx").status()).isEqualTo(403);
    }

    @Test
    void aListInAnyColumnOrderWithNamesCodesAndBothKindsOfDatesIsImported() {
        String code = "IMP" + w.province.substring(0, 2) + "-1";
        List<String> headers = List.of("年度计划投资(万元)", "项目名称", "行业类别", "项目级别", " 所在地区 ", "责任单位", "总投资 （万元）",
                "计划开工日期", "实际开工日期", "包抓领导", "项目编号", "项目业主", "建设内容及规模", "联络人", "联系电话", "配合部门",
                "以前年度累计完成（万元）", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row(1200, "甲项目", "工业", "省级", w.countyA, unitA(), "3,600.50", LocalDate.of(2031, 3, 1),
                "2031-04-15", leader1(), code, "甲公司", "厂房10万平方米", "张三", "13800000000", unitB(), 500,
                100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100));
        rows.add(row("800", "乙项目", "INFRASTRUCTURE", "CITY", "城关镇" + w.province.substring(0, 2), unitA(), 900,
                "2031/5/1", null, null, null, null, null, null, null, null, null));
        rows.add(row(50.25, "丙项目", "现代服务业", "县级", "乙区" + w.province.substring(0, 2), unitB(), 60, null, null,
                null, null, null, null, null, null, unitA() + "、" + unitA(), null));
        Bin r = upload(w.dispatcher, "/api/projects/import?year=2031", sheet(headers, rows));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(3);

        JsonNode a = byName(2031, "甲项目");
        assertThat(a.get("code").asText()).isEqualTo(code);
        assertThat(a.get("category").asText()).isEqualTo("INDUSTRY");
        assertThat(a.get("level").asText()).isEqualTo("PROVINCIAL");
        assertThat(a.get("regionCode").asText()).isEqualTo(w.countyA);
        assertThat(a.get("leadUnitId").asLong()).isEqualTo(w.unitA);
        assertThat(a.get("leaderId").asLong()).isEqualTo(w.leader1);
        assertThat(new BigDecimal(a.get("totalInvestment").asText())).isEqualByComparingTo("3600.50");
        assertThat(new BigDecimal(a.get("annualPlan").asText())).isEqualByComparingTo("1200");
        assertThat(a.get("plannedStart").asText()).isEqualTo("2031-03-01");
        assertThat(a.get("actualStart").asText()).isEqualTo("2031-04-15");
        assertThat(a.get("ownerName").asText()).isEqualTo("甲公司");
        assertThat(a.get("content").asText()).isEqualTo("厂房10万平方米");
        assertThat(a.get("contact").get("name").asText()).isEqualTo("张三");
        assertThat(a.get("contact").get("phone").asText()).isEqualTo("13800000000");
        assertThat(a.get("cooperatingUnitIds")).hasSize(1);
        assertThat(a.get("cooperatingUnitIds").get(0).asLong()).isEqualTo(w.unitB);
        assertThat(new BigDecimal(a.get("completedBefore").asText())).isEqualByComparingTo("500");
        assertThat(a.get("monthlyPlan")).hasSize(12);
        assertThat(new BigDecimal(a.get("monthlyPlan").get(11).asText())).isEqualByComparingTo("100");

        JsonNode b = byName(2031, "乙项目");
        assertThat(b.get("category").asText()).isEqualTo("INFRASTRUCTURE");
        assertThat(b.get("level").asText()).isEqualTo("CITY");
        assertThat(b.get("regionCode").asText()).isEqualTo(townA);
        assertThat(b.get("plannedStart").asText()).isEqualTo("2031-05-01");
        assertThat(b.get("leaderId").isNull()).isTrue();
        assertThat(b.get("monthlyPlan").isNull()).isTrue();
        assertThat(b.get("code").asText()).startsWith("XM2031-");

        JsonNode c = byName(2031, "丙项目");
        assertThat(c.get("category").asText()).isEqualTo("SERVICES");
        assertThat(c.get("level").asText()).isEqualTo("COUNTY");
        assertThat(c.get("regionCode").asText()).isEqualTo(w.countyB);
        assertThat(c.get("cooperatingUnitIds")).hasSize(1);

        // the audit trail has the creations, through ProjectService
        Api.Res audit = as(w.auditor).get("/api/audit?objectType=PROJECT&objectId=" + a.get("id").asText());
        assertThat(audit.text()).contains("PROJECT_CREATE");
    }

    @Test
    void theFundingPlanByItsSourcesColumns() {
        List<String> headers = List.of("项目名称", "所在地区", "责任单位", "行业类别", "项目级别", "总投资（万元）", "年度计划投资（万元）",
                "中央预算内投资（万元）", "资金筹措：企业自筹（万元）");
        Bin r = upload(w.dispatcher, "/api/projects/import?year=2038", sheet(headers,
                List.of(row("筹资项目", w.countyA, unitA(), "工业", "市级", 3000, 1000, 500, "2,000"))));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        JsonNode p = byName(2038, "筹资项目");
        assertThat(p.get("funding")).hasSize(2);
        assertThat(p.get("funding").get(0).get("source").asText()).isEqualTo("CENTRAL_BUDGET");
        assertThat(new BigDecimal(p.get("funding").get(1).get("planned").asText())).isEqualByComparingTo("2000");

        Bin over = upload(w.dispatcher, "/api/projects/import?year=2038", sheet(headers,
                List.of(row("超额筹资项目", w.countyA, unitA(), "工业", "市级", 1000, 500, 800, 800))));
        assertThat(over.status()).as("%s", over).isEqualTo(422);
        assertThat(over.json().toString()).contains("\"row\":2").contains("超过总投资");
        assertThat(template()).contains("资金筹措：中央预算内投资（万元）", "资金筹措：社会资本及其他（万元）");
    }

    @Test
    void thePreliminaryProceduresByTheirColumns() {
        List<String> headers = List.of("项目名称", "所在地区", "责任单位", "行业类别", "项目级别", "总投资（万元）", "年度计划投资（万元）",
                "前期手续：立项（审批/核准/备案）", "环评", "前期手续：用地预审", "前期手续：施工许可", "前期手续：征地拆迁");
        Bin r = upload(w.dispatcher, "/api/projects/import?year=2039", sheet(headers, List.of(
                row("手续项目", w.countyA, unitA(), "工业", "市级", 3000, 1000, "已办结 2039-01-10",
                        java.time.LocalDate.of(2039, 2, 20), "办理中 2039-06-30", "无需办理", null))));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        long id = byName(2039, "手续项目").get("id").asLong();
        Map<String, JsonNode> kinds = new java.util.HashMap<>();
        ok(as(w.dispatcher).get("/api/projects/" + id + "/procedures")).body()
                .forEach(k -> kinds.put(k.get("code").asText(), k));
        assertThat(kinds.get("APPROVAL").get("status").asText()).isEqualTo("DONE");
        assertThat(kinds.get("APPROVAL").get("actualDate").asText()).isEqualTo("2039-01-10");
        assertThat(kinds.get("EIA").get("status").asText()).as("a date alone: done that day").isEqualTo("DONE");
        assertThat(kinds.get("EIA").get("actualDate").asText()).isEqualTo("2039-02-20");
        assertThat(kinds.get("LAND").get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(kinds.get("LAND").get("plannedDate").asText()).isEqualTo("2039-06-30");
        assertThat(kinds.get("PERMIT").get("status").asText()).isEqualTo("NOT_NEEDED");
        assertThat(kinds.get("DEMOLITION").get("status").asText()).as("an empty cell records nothing")
                .isEqualTo("PENDING");

        Bin bad = upload(w.dispatcher, "/api/projects/import?year=2039", sheet(headers, List.of(
                row("好手续", w.countyA, unitA(), "工业", "市级", 100, 50, "未办理", null, null, null, null),
                row("坏手续", w.countyA, unitA(), "工业", "市级", 100, 50, "已办结", "差不多了", "办理中 明年", null,
                        null))));
        assertThat(bad.status()).as("%s", bad).isEqualTo(422);
        assertThat(errorKeys(bad)).containsExactlyInAnyOrder("3|前期手续：立项（审批/核准/备案）|procedures.APPROVAL",
                "3|环评|procedures.EIA", "3|前期手续：用地预审|procedures.LAND");
        assertThat(messageAt(bad, 3, "前期手续：立项（审批/核准/备案）")).contains("办结日期");
        assertThat(projects(2039)).as("nothing written").hasSize(1);
        assertThat(template()).contains("前期手续：环评", "前期手续：初步设计及概算");
    }

    private List<String> template() {
        try (XSSFWorkbook wb = read(download(w.dispatcher, "/api/projects/template.xlsx").body())) {
            List<String> headers = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            return headers;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBadCellIsListedWithItsRowAndColumnAndNothingIsWritten() {
        String taken = "TAKEN" + w.province.substring(0, 2);
        Map<String, Object> existing = project("已有项目", w.countyA, w.unitA, null, "100");
        existing.put("code", taken);
        existing.put("year", 2032);
        created(as(w.dispatcher).post("/api/projects", existing));
        // a second region of the same name makes that name ambiguous
        String dup = "重名镇" + w.province.substring(0, 2);
        created(admin().post("/api/regions", region(w.countyA + "002", dup, "TOWN", w.countyA)));
        created(admin().post("/api/regions", region(w.countyB + "002", dup, "TOWN", w.countyB)));

        List<String> headers = List.of("项目编号", "项目名称", "所在地区", "责任单位", "包抓领导", "行业类别", "项目级别", "总投资（万元）",
                "年度计划投资（万元）", "计划开工日期", "1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月",
                "11月", "12月");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(row("OK-1", "好项目", w.countyA, unitA(), null, "产业", "市级", 100, 50));                          // row 2
        rows.add(row(null, "地区不明", "不存在县", unitA(), null, "产业", "市级", 100, 50));                             // 3
        rows.add(row(null, "单位不明", w.countyA, "不存在局", null, "产业", "市级", 100, 50));                           // 4
        rows.add(row(null, "领导不明", w.countyA, unitA(), "无名氏", "产业", "市级", 100, 50));                          // 5
        rows.add(row(null, null, w.countyA, unitA(), null, "产业", "市级", 100, 50));                                  // 6
        rows.add(row(null, "计划超总投资", w.countyA, unitA(), null, "产业", "市级", 100, 150));                         // 7
        rows.add(row(null, "坏日期", w.countyA, unitA(), null, "产业", "市级", 100, 50, "2032-13-45"));               // 8
        rows.add(row(null, "坏类别", w.countyA, unitA(), null, "航天", "市级", 100, 50));                              // 9
        rows.add(row(null, "坏级别", w.countyA, unitA(), null, "产业", "国家级", 100, 50));                            // 10
        rows.add(row("OK-1", "编号重复", w.countyA, unitA(), null, "产业", "市级", 100, 50));                          // 11
        rows.add(row(taken, "编号已有", w.countyA, unitA(), null, "产业", "市级", 100, 50));                           // 12
        rows.add(row(null, "月计划不符", w.countyA, unitA(), null, "产业", "市级", 100, 20, null, 1, 1, 1, 1, 1, 1,
                1, 1, 1, 1, 1, 1));                                                                             // 13
        rows.add(row(null, "地区重名", dup, unitA(), null, "产业", "市级", 100, 50));                                  // 14
        rows.add(row(null, "金额非数字", w.countyA, unitA(), null, "产业", "市级", "很多", 50));                        // 15
        Bin r = upload(w.dispatcher, "/api/projects/import?year=2032", sheet(headers, rows));
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(errorKeys(r)).containsExactlyInAnyOrder(
                "3|所在地区|regionCode", "4|责任单位|leadUnitId", "5|包抓领导|leaderId", "6|项目名称|name",
                "7|年度计划投资（万元）|annualPlan", "8|计划开工日期|plannedStart", "9|行业类别|category",
                "10|项目级别|level", "11|项目编号|code", "12|项目编号|code", "13|12月|monthlyPlan", "14|所在地区|regionCode",
                "15|总投资（万元）|totalInvestment");
        assertThat(messageAt(r, 3, "所在地区")).contains("不存在县");
        assertThat(messageAt(r, 11, "项目编号")).contains("2");
        assertThat(messageAt(r, 14, "所在地区")).contains(w.countyA + "002", w.countyB + "002");
        assertThat(messageAt(r, 13, "12月")).contains("12");
        // nothing written: not even the good row
        assertThat(projects(2032)).hasSize(1);
    }

    @Test
    void aMissingColumnIsRefusedForTheWholeFile() {
        Bin r = upload(w.dispatcher, "/api/projects/import?year=2033",
                sheet(List.of("项目名称", "所在地区"), List.of(row("项目", w.countyA))));
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        assertThat(errorKeys(r)).contains("-|-|file");
        assertThat(r.json().get("errors").toString()).contains("责任单位", "行业类别");
        assertThat(projects(2033)).isEmpty();
    }

    @Test
    void rowsOutsideTheDispatchersRegionAreRefusedAndNothingIsWritten() {
        String county = user(admin(), "cdisp" + w.province.substring(0, 2), List.of("DISPATCHER"), null, w.countyA);
        List<String> headers = List.of("项目名称", "所在地区", "责任单位", "行业类别", "项目级别", "总投资（万元）", "年度计划投资（万元）");
        Bin r = upload(county, "/api/projects/import?year=2034", sheet(headers, List.of(
                row("县内项目", w.countyA, unitA(), "产业", "县级", 100, 50),
                row("县外项目", w.countyB, unitB(), "产业", "县级", 100, 50))));
        assertThat(r.status()).as("%s", r).isEqualTo(403);
        assertThat(errorKeys(r)).containsExactly("3|所在地区|regionCode");
        assertThat(projects(2034)).isEmpty();
        // within the scope it is taken
        Bin ok = upload(county, "/api/projects/import?year=2034", sheet(headers, List.of(
                row("县内项目", w.countyA, unitA(), "产业", "县级", 100, 50))));
        assertThat(ok.status()).as("%s", ok).isEqualTo(200);
        // a reporter imports nothing
        assertThat(upload(w.reporterA, "/api/projects/import?year=2034", sheet(headers, List.of())).status())
                .isEqualTo(403);
    }

    @Test
    void aListOf230RowsIsImported() {
        List<String> headers = List.of("项目名称", "所在地区", "责任单位", "包抓领导", "行业类别", "项目级别", "总投资（万元）",
                "年度计划投资（万元）", "计划开工日期", "项目业主");
        String[] categories = {"产业", "基础设施", "农业农村", "社会民生", "生态环保", "房地产", "现代服务业", "其他"};
        String[] levels = {"省级", "市级", "县级"};
        List<List<Object>> rows = new ArrayList<>();
        Map<String, Integer> perCategory = new HashMap<>();
        for (int i = 0; i < 230; i++) {
            String category = categories[i % categories.length];
            perCategory.merge(category, 1, Integer::sum);
            rows.add(row("批量项目" + i, i % 2 == 0 ? w.countyA : w.countyB, i % 2 == 0 ? unitA() : unitB(),
                    i % 3 == 0 ? leader1() : null, category, levels[i % 3], 1000 + i, 100 + i,
                    LocalDate.of(2035, 1 + i % 12, 1 + i % 28), "业主" + i));
        }
        Bin r = upload(w.dispatcher, "/api/projects/import?year=2035", sheet(headers, rows));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(230);
        JsonNode all = projects(2035);
        assertThat(all).hasSize(230);
        long industry = 0;
        for (JsonNode p : all) {
            if (p.get("category").asText().equals("INDUSTRY")) {
                industry++;
            }
        }
        assertThat(industry).isEqualTo(perCategory.get("产业").longValue());
        JsonNode p7 = byName(2035, "批量项目7");
        assertThat(p7.get("plannedStart").asText()).isEqualTo("2035-08-08");
        assertThat(new BigDecimal(p7.get("annualPlan").asText())).isEqualByComparingTo("107");
    }

}
