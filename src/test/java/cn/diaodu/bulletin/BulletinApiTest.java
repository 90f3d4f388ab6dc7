package cn.diaodu.bulletin;

import static cn.diaodu.support.Exact.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.OfficialDocs;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * GET /api/bulletins/{period}.docx and .xlsx (CONTRACT §8): the DOCX read back states the figures that
 * /api/analysis/summary gives for the same month and scope, lists every red project of /api/analysis/projects, and
 * has the layout of GB/T 9704; the XLSX has one row per project with the API's figures; roles, scope and periods.
 *
 * <p>The scenario (year 2024, period 2024-06; amounts in 万元):
 * <pre>
 * P1 countyA unitA leader1 a 120000 started 01-10 reports 01:10000 03:20000   c 30000 e 60000 → 25 / 50 / −25 RED
 * P2 countyA unitA leader2 a 200000 started 02-01 reports 02..06: 18000 each  c 90000 e 100000 → 45 / 50 / −5 GREEN
 * P3 countyB unitB leader1 a 80000  not started, planned 03-01                c 0 e 40000 → 0 / 50 / −50 RED
 * P4 city    unitB —       a 50000  started 02-01 reports 02..06: 4000 each   c 20000 e 25000 → 40 / 50 / −10 YELLOW
 * P5 countyB unitB leader2 a 60000  plan 0×6, 10000×6, not started, planned 06-10  c 0 e 0 → YELLOW (start)
 * P6 countyA unitA leader1 a 30000  started 01-05 reports 06:16000, a name that looks like a formula
 *                                                                             c 16000 e 15000 → 53.33 / 50 / +3.33 GREEN
 * total: a 540000, c 156000 (15.6 亿元), 28.89 %, expected 44.44 %, gap −15.56; started 4 of 6, 66.67 %
 * </pre>
 */
class BulletinApiTest extends ApiTest {
    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.invalid\",\"点击\")项目";

    record Scenario(World w, Map<String, Long> ids) {
    }

    private Scenario scenario() {
        World w = world();
        Api disp = as(w.dispatcher);
        Api repA = as(w.reporterA);
        Api repB = as(w.reporterB);
        Map<String, Long> ids = new LinkedHashMap<>();

        ids.put("P1", created(disp.post("/api/projects", project("甲县智能制造产业园", w.countyA, w.unitA, w.leader1,
                "120000"))).id());
        var b2 = project("甲县环城快速路", w.countyA, w.unitA, w.leader2, "200000");
        b2.put("category", "INFRASTRUCTURE");
        b2.put("actualStart", "2024-02-01");
        ids.put("P2", created(disp.post("/api/projects", b2)).id());
        var b3 = project("乙区污水处理厂", w.countyB, w.unitB, w.leader1, "80000");
        b3.put("category", "ECOLOGY");
        b3.put("actualStart", null);
        b3.put("plannedStart", "2024-03-01");
        ids.put("P3", created(disp.post("/api/projects", b3)).id());
        var b4 = project("市人民医院新院区", w.city, w.unitB, null, "50000");
        b4.put("category", "SOCIAL");
        b4.put("actualStart", "2024-02-01");
        ids.put("P4", created(disp.post("/api/projects", b4)).id());
        var b5 = project("乙区物流园", w.countyB, w.unitB, w.leader2, "60000");
        b5.put("monthlyPlan", months("0", "0", "0", "0", "0", "0", "10000", "10000", "10000", "10000", "10000",
                "10000"));
        b5.put("actualStart", null);
        b5.put("plannedStart", "2024-06-10");
        ids.put("P5", created(disp.post("/api/projects", b5)).id());
        var b6 = project(FORMULA_NAME, w.countyA, w.unitA, w.leader1, "30000");
        b6.put("actualStart", "2024-01-05");
        ids.put("P6", created(disp.post("/api/projects", b6)).id());

        ok(repA.put("/api/projects/" + ids.get("P1") + "/reports/2024-01", report("10000")));
        ok(repA.put("/api/projects/" + ids.get("P1") + "/reports/2024-03", report("20000")));
        for (String m : List.of("02", "03", "04", "05", "06")) {
            ok(repA.put("/api/projects/" + ids.get("P2") + "/reports/2024-" + m, report("18000")));
            ok(repB.put("/api/projects/" + ids.get("P4") + "/reports/2024-" + m, report("4000")));
        }
        ok(repA.put("/api/projects/" + ids.get("P6") + "/reports/2024-06", report("16000")));
        // July's report does not count in June's bulletin
        ok(repA.put("/api/projects/" + ids.get("P1") + "/reports/2024-07", report("50000")));
        return new Scenario(w, ids);
    }

    private JsonNode api(String username, String path) {
        Api.Res r = as(username).get(path);
        ok(r);
        return json(r);
    }

    static XWPFDocument docx(Download d) throws IOException {
        assertThat(d.status()).as("%s", d.text()).isEqualTo(200);
        return new XWPFDocument(new ByteArrayInputStream(d.body()));
    }

    // ---- reading a DOCX back ----------------------------------------------------------------------------------

    /** Each table of the document with the heading (or paragraph) above it. */
    static Map<String, XWPFTable> tablesByHeading(XWPFDocument doc) {
        Map<String, XWPFTable> out = new LinkedHashMap<>();
        String heading = "";
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                String t = p.getText().trim();
                if (t.matches("^[一二三四五六七八九十]+、.*") || t.startsWith("（")) {
                    heading = t;
                }
            } else if (e instanceof XWPFTable t) {
                out.put(heading, t);
            }
        }
        return out;
    }

    static XWPFTable table(XWPFDocument doc, String headingStart) {
        return tablesByHeading(doc).entrySet().stream().filter(e -> e.getKey().startsWith(headingStart))
                .map(Map.Entry::getValue).findFirst()
                .orElseThrow(() -> new AssertionError("no table under " + headingStart + " in "
                        + tablesByHeading(doc).keySet()));
    }

    static List<List<String>> rows(XWPFTable t) {
        List<List<String>> out = new ArrayList<>();
        for (XWPFTableRow r : t.getRows()) {
            List<String> cells = new ArrayList<>();
            r.getTableCells().forEach(c -> cells.add(c.getText().trim()));
            out.add(cells);
        }
        return out;
    }

    static CTRPr rpr(XWPFRun r) {
        return r.getCTR().getRPr();
    }

    static int halfPoints(XWPFRun r) {
        return new BigInteger(rpr(r).getSzArray(0).getVal().toString()).intValue();
    }

    static String eastAsia(XWPFRun r) {
        return rpr(r).getRFontsArray(0).getEastAsia();
    }

    static BigDecimal dec(JsonNode n, String field) {
        return n.get(field).decimalValue();
    }

    static String one(BigDecimal v) {
        return v.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static final Pattern OVERVIEW = Pattern.compile("^(1—\\d+月|1月)，(全[省市县区])(\\d+)个重点项目累计完成投资"
            + "(\\d+\\.\\d)亿元，占年度计划的(\\d+\\.\\d)%，(?:(高于|低于)序时进度(\\d+\\.\\d)个百分点|与序时进度持平（相差(\\d+\\.\\d)个百分点）)；"
            + "已开工(\\d+)个，开工率(\\d+\\.\\d)%。");

    /** The overview states the summary's figures: projects, 亿元, share, gap, started, start rate. */
    static void overviewStates(String overview, JsonNode total, String span) {
        Matcher m = OVERVIEW.matcher(overview);
        assertThat(m.find()).as("overview: %s", overview).isTrue();
        assertThat(m.group(1)).isEqualTo(span);
        assertThat(Integer.parseInt(m.group(3))).isEqualTo(total.get("projects").asInt());
        assertThat(m.group(4)).isEqualTo(dec(total, "completed").divide(BigDecimal.valueOf(10_000), 1,
                RoundingMode.HALF_UP).toPlainString());
        assertThat(m.group(5)).isEqualTo(one(dec(total, "completionRate")));
        BigDecimal gap = dec(total, "gap").setScale(1, RoundingMode.HALF_UP);
        if (gap.signum() == 0) {
            // level: the words and the number agree, the gap is stated as 0.0
            assertThat(m.group(6)).isNull();
            assertThat(m.group(8)).isEqualTo("0.0");
        } else {
            assertThat(m.group(6)).isEqualTo(gap.signum() > 0 ? "高于" : "低于");
            assertThat(m.group(7)).isEqualTo(gap.abs().toPlainString());
            assertThat(m.group(8)).isNull();
        }
        assertThat(Integer.parseInt(m.group(9))).isEqualTo(total.get("started").asInt());
        assertThat(m.group(10)).isEqualTo(one(dec(total, "startRate")));
    }

    // ---- the DOCX --------------------------------------------------------------------------------------------

    @Test
    void docxStatesTheFiguresOfTheApiForTheSameMonthAndScope() throws Exception {
        Scenario s = scenario();
        World w = s.w();
        String q = "?regionCode=" + w.city;
        JsonNode summary = api(w.dispatcher, "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode="
                + w.city);
        Download d = fetch(w.dispatcher, "/api/bulletins/2024-06.docx" + q);
        assertThat(d.header("Content-Type")).startsWith(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String disposition = d.header("Content-Disposition");
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''");
        String filename = URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7),
                StandardCharsets.UTF_8);
        assertThat(filename).isEqualTo("2024年1—6月测试市" + w.province.substring(0, 2) + "重点项目建设情况通报.docx");

        try (XWPFDocument doc = docx(d)) {
            List<XWPFParagraph> ps = OfficialDocs.main(doc);
            assertThat(OfficialDocs.titleText(doc)).isEqualTo("2024年1—6月测试市" + w.province.substring(0, 2)
                    + "重点项目建设情况通报");
            String overview = ps.get(1).getText();
            overviewStates(overview, summary.get("total"), "1—6月");
            // and by hand: a 540000, c 156000 → 15.6 亿元, 28.89 % → 28.9, gap −15.56 → 15.6, 4 of 6 → 66.7
            assertThat(overview).startsWith("1—6月，全市6个重点项目累计完成投资15.6亿元，占年度计划的28.9%，"
                    + "低于序时进度15.6个百分点；已开工4个，开工率66.7%。");

            // 一、the region ranking: the summary's groups, in its order, with its ranks and rates
            List<List<String>> ranking = rows(table(doc, "一、"));
            assertThat(ranking.get(0)).startsWith("排名");
            JsonNode groups = summary.get("groups");
            assertThat(ranking).hasSize(groups.size() + 2); // header, groups, 合计
            for (int i = 0; i < groups.size(); i++) {
                JsonNode g = groups.get(i);
                List<String> row = ranking.get(i + 1);
                assertThat(row.get(0)).isEqualTo(g.get("rank").asText());
                assertThat(row.get(1)).isEqualTo(g.get("name").asText());
                assertThat(row.get(2)).isEqualTo(g.get("projects").asText());
                assertThat(row.get(3)).isEqualTo(dec(g, "annualPlan").divide(BigDecimal.valueOf(10_000), 2,
                        RoundingMode.HALF_UP).toPlainString());
                assertThat(new BigDecimal(row.get(5))).isEqualByComparingTo(dec(g, "completionRate"));
                assertThat(new BigDecimal(row.get(6))).isEqualByComparingTo(dec(g, "gap"));
            }
            assertThat(ranking.get(ranking.size() - 1).get(1)).isEqualTo("合计");
            String text = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            // the city itself (P4) 40.00 first, countyB (P3 P5) 0.00 last
            assertThat(text).contains("从各县（市、区）看，测试市" + w.province.substring(0, 2) + "（本级）完成率最高");

            // 二、三、unit and leader rankings from the same summaries
            JsonNode byUnit = api(w.dispatcher, "/api/analysis/summary?year=2024&month=6&groupBy=UNIT&regionCode="
                    + w.city).get("groups");
            List<List<String>> units = rows(table(doc, "二、"));
            assertThat(units).hasSize(byUnit.size() + 2);
            for (int i = 0; i < byUnit.size(); i++) {
                assertThat(units.get(i + 1).get(1)).isEqualTo(byUnit.get(i).get("name").asText());
                assertThat(new BigDecimal(units.get(i + 1).get(5)))
                        .isEqualByComparingTo(dec(byUnit.get(i), "completionRate"));
            }
            JsonNode byLeader = api(w.dispatcher,
                    "/api/analysis/summary?year=2024&month=6&groupBy=LEADER&regionCode=" + w.city).get("groups");
            assertThat(rows(table(doc, "三、"))).hasSize(byLeader.size() + 2);

            // 四、every red project of the API in the red table, every yellow one in the yellow table
            JsonNode red = api(w.dispatcher, "/api/analysis/projects?year=2024&month=6&warning=RED" + "&regionCode="
                    + w.city);
            assertThat(red.size()).isEqualTo(2);
            List<List<String>> redRows = rows(table(doc, "（一）红色预警项目"));
            assertThat(redRows).hasSize(red.size() + 1);
            for (JsonNode p : red) {
                assertThat(redRows).anySatisfy(r -> {
                    assertThat(r.get(0)).isEqualTo(p.get("code").asText());
                    assertThat(r.get(1)).isEqualTo(p.get("name").asText());
                    assertThat(new BigDecimal(r.get(3))).isEqualByComparingTo(dec(p, "completionRate"));
                    assertThat(new BigDecimal(r.get(4))).isEqualByComparingTo(dec(p, "gap"));
                    assertThat(r.get(5)).isEqualTo(String.join("；", textList(p.get("reasons"))));
                });
            }
            JsonNode yellow = api(w.dispatcher, "/api/analysis/projects?year=2024&month=6&warning=YELLOW"
                    + "&regionCode=" + w.city);
            List<List<String>> yellowRows = rows(table(doc, "（二）黄色预警项目"));
            assertThat(yellowRows).hasSize(yellow.size() + 1);
            for (JsonNode p : yellow) {
                assertThat(yellowRows).anySatisfy(r -> assertThat(r.get(0)).isEqualTo(p.get("code").asText()));
            }

            // 五、the projects not started (P3, P5) with their planned start
            List<List<String>> notStarted = rows(table(doc, "五、"));
            assertThat(notStarted).hasSize(3);
            assertThat(notStarted.get(1).get(1)).isEqualTo("乙区污水处理厂");
            assertThat(notStarted.get(1).get(4)).isEqualTo("2024年3月1日");
            assertThat(notStarted.get(2).get(4)).isEqualTo("2024年6月10日");

            // 六、the problem ledger is live and holds no problem of this scope; 七、a native chart; the closing lines
            assertThat(text).contains("六、存在问题").contains("截至目前，问题台账中无未销号问题。");
            assertThat(text).contains("七、月度完成情况图");
            assertThat(doc.getCharts()).hasSize(1);
            assertThat(text).contains("测试市" + w.province.substring(0, 2) + "重点项目建设指挥部办公室\n2024年7月15日");
            assertThat(text).doesNotContain("null");
        }
    }

    private static List<String> textList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void docxOfTheCallersOwnScopeAndOfACounty() throws Exception {
        Scenario s = scenario();
        World w = s.w();
        // no regionCode: the dispatcher's province, 全省
        JsonNode total = api(w.dispatcher, "/api/analysis/summary?year=2024&month=6&groupBy=REGION").get("total");
        try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx"))) {
            String overview = OfficialDocs.afterTitle(doc).getText();
            overviewStates(overview, total, "1—6月");
            assertThat(overview).contains("，全省6个重点项目");
        }
        // a county leader: the county's own projects (P1 P2 P6), under the county's name
        JsonNode county = api(w.countyLeaderA, "/api/analysis/summary?year=2024&month=6&groupBy=REGION");
        try (XWPFDocument doc = docx(fetch(w.countyLeaderA, "/api/bulletins/2024-06.docx"))) {
            assertThat(OfficialDocs.titleText(doc)).isEqualTo("2024年1—6月甲县" + w.province.substring(0, 2)
                    + "重点项目建设情况通报");
            String overview = OfficialDocs.afterTitle(doc).getText();
            overviewStates(overview, county.get("total"), "1—6月");
            assertThat(overview).contains("全县3个重点项目");
            // the red list of the county: P1 only
            List<List<String>> red = rows(table(doc, "（一）红色预警项目"));
            assertThat(red).hasSize(2);
            assertThat(red.get(1).get(1)).isEqualTo("甲县智能制造产业园");
            assertThat(tablesByHeading(doc).keySet()).anyMatch(k -> k.startsWith("一、各乡镇（街道）推进情况"));
        }
    }

    /**
     * The gap is the contract's, from the exact amounts, rounded once half-up to one decimal, and the words follow the
     * rounded value. A 100000, expected 50000 (June): c 49951 → gap −0.049 (the API's two decimals: −0.05), level,
     * 0.0; c 49950 → −0.05, 0.1 behind; both → A 200000, c 99901, gap −0.0495 (API −0.05), level, 0.0.
     */
    @Test
    void levelWithTheScheduleStatesTheGapAsZeroPointZero() throws Exception {
        World w = world();
        Api disp = as(w.dispatcher);
        long a = created(disp.post("/api/projects", project("甲县持平项目", w.countyA, w.unitA, w.leader1, "100000")))
                .id();
        long b = created(disp.post("/api/projects", project("乙区略低项目", w.countyB, w.unitB, w.leader2, "100000")))
                .id();
        ok(as(w.reporterA).put("/api/projects/" + a + "/reports/2024-06", report("49951")));
        ok(as(w.reporterB).put("/api/projects/" + b + "/reports/2024-06", report("49950")));

        JsonNode countyA = api(w.dispatcher, "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode="
                + w.countyA).get("total");
        assertThat(dec(countyA, "gap")).as("the API's two decimals").isEqualByComparingTo("-0.05");
        try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.countyA))) {
            String overview = OfficialDocs.afterTitle(doc).getText();
            assertThat(overview).isEqualTo("1—6月，全县1个重点项目累计完成投资5.0亿元，占年度计划的50.0%，"
                    + "与序时进度持平（相差0.0个百分点）；已开工1个，开工率100.0%。所有项目均未触发预警。");
            String text = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            // the rankings of a single group say the same as the overview, not the API's −0.05 rounded again
            assertThat(text).contains("完成年度计划的50.0%，与序时进度持平（相差0.0个百分点）。")
                    .doesNotContain("低于序时进度0.1个百分点");
        }

        JsonNode countyB = api(w.dispatcher, "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode="
                + w.countyB).get("total");
        try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.countyB))) {
            String overview = OfficialDocs.afterTitle(doc).getText();
            overviewStates(overview, countyB, "1—6月");
            assertThat(overview).startsWith("1—6月，全县1个重点项目累计完成投资5.0亿元，占年度计划的50.0%，"
                    + "低于序时进度0.1个百分点；已开工1个，开工率100.0%。");
        }

        JsonNode city = api(w.dispatcher, "/api/analysis/summary?year=2024&month=6&groupBy=REGION&regionCode="
                + w.city).get("total");
        assertThat(dec(city, "gap")).as("the API's two decimals").isEqualByComparingTo("-0.05");
        try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.city))) {
            assertThat(OfficialDocs.afterTitle(doc).getText()).startsWith("1—6月，全市2个重点项目累计完成投资10.0亿元，"
                    + "占年度计划的50.0%，与序时进度持平（相差0.0个百分点）；已开工2个，开工率100.0%。");
        }
    }

    // ---- 六、存在问题: open problems, with and without a project -------------------------------------------------

    private static long problem(Api api, Long projectId, String title, long unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (projectId != null) {
            body.put("projectId", projectId);
        }
        body.put("title", title);
        body.put("category", "LAND");
        body.put("description", title + "，需协调解决");
        body.put("assigneeUnitId", unitId);
        body.put("dueWorkingDays", 5);
        Api.Res r = created(api.post("/api/problems", body));
        assertThat(r.get("status").asText()).isEqualTo("ASSIGNED");
        return r.id();
    }

    private static List<List<String>> problemRows(XWPFDocument doc) {
        List<List<String>> rows = rows(table(doc, "六、"));
        assertThat(rows.get(0)).containsExactly("项目", "问题", "责任单位", "办结时限", "状态");
        return rows.subList(1, rows.size());
    }

    private static String docText(XWPFDocument doc) {
        return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    @Test
    void openProblemsWithoutAProjectAreListedInTheRegionOfTheirAssigneeUnit() throws Exception {
        Scenario s = scenario();
        World w = s.w();
        Api disp = as(w.dispatcher);
        // unitA lies in countyA, unitB in countyB
        problem(disp, null, "全县建设用地指标不足", w.unitA);
        long resolved = problem(disp, null, "施工用电报装周期长", w.unitA);
        ok(as(w.reporterA).post("/api/problems/" + resolved + "/resolve", Map.of("note", "已协调供电公司")));
        long closed = problem(disp, null, "已销号的共性问题", w.unitA);
        ok(as(w.reporterA).post("/api/problems/" + closed + "/resolve", Map.of("note", "已解决")));
        ok(disp.post("/api/problems/" + closed + "/verify", Map.of("note", "核实销号")));
        problem(disp, null, "乙区拆迁安置房源紧张", w.unitB);
        problem(disp, s.ids().get("P3"), "污水管网接入点未落实", w.unitB);

        String unitA = "甲县发改局" + w.province.substring(0, 2);
        String unitB = "乙区住建局" + w.province.substring(0, 2);

        // countyA: its two open common problems (the resolved one awaiting 销号), not the closed one, nothing of B
        try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.countyA))) {
            assertThat(docText(doc)).contains("截至目前，问题台账中尚有2个问题未销号，其中0个已超过办结时限。");
            List<List<String>> rows = problemRows(doc);
            assertThat(rows).hasSize(2);
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("共性问题", "全县建设用地指标不足", unitA,
                    r.get(3), "已交办"));
            assertThat(rows).anySatisfy(r -> assertThat(r).containsExactly("共性问题", "施工用电报装周期长", unitA,
                    r.get(3), "已办结待销号"));
            assertThat(rows).allSatisfy(r -> assertThat(r.get(3)).matches("2024年\\d+月\\d+日"));
            assertThat(docText(doc) + rows).doesNotContain("已销号的共性问题", "乙区拆迁安置房源紧张", "污水管网接入点未落实");
        }
        // the county leader of A, in the own scope: the same two
        try (XWPFDocument doc = docx(fetch(w.countyLeaderA, "/api/bulletins/2024-06.docx"))) {
            assertThat(problemRows(doc)).extracting(r -> r.get(1))
                    .containsExactlyInAnyOrder("全县建设用地指标不足", "施工用电报装周期长");
        }
        // countyB: its common problem and the problem of its project P3 (scoped by the project), none of A's
        try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.countyB))) {
            List<List<String>> rows = problemRows(doc);
            assertThat(rows).extracting(r -> r.get(1))
                    .containsExactlyInAnyOrder("乙区拆迁安置房源紧张", "污水管网接入点未落实");
            assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 3))
                    .containsExactly("共性问题", "乙区拆迁安置房源紧张", unitB));
            assertThat(rows).anySatisfy(r -> assertThat(r.subList(0, 3))
                    .containsExactly("乙区污水处理厂", "污水管网接入点未落实", unitB));
        }
        // the city and the dispatcher's province: all four open ones
        for (String q : List.of("?regionCode=" + w.city, "")) {
            try (XWPFDocument doc = docx(fetch(w.dispatcher, "/api/bulletins/2024-06.docx" + q))) {
                assertThat(docText(doc)).contains("尚有4个问题未销号");
                assertThat(problemRows(doc)).extracting(r -> r.get(1)).containsExactlyInAnyOrder("全县建设用地指标不足",
                        "施工用电报装周期长", "乙区拆迁安置房源紧张", "污水管网接入点未落实");
                assertThat(docText(doc)).doesNotContain("null");
            }
        }
    }

    @Test
    void januaryIsWrittenAsOneMonth() throws Exception {
        Scenario s = scenario();
        World w = s.w();
        JsonNode total = api(w.leaderUser, "/api/analysis/summary?year=2024&month=1&groupBy=REGION&regionCode="
                + w.city).get("total");
        Download d = fetch(w.leaderUser, "/api/bulletins/2024-01.docx?regionCode=" + w.city);
        try (XWPFDocument doc = docx(d)) {
            assertThat(OfficialDocs.titleText(doc)).startsWith("2024年1月测试市");
            String overview = OfficialDocs.afterTitle(doc).getText();
            assertThat(overview).startsWith("1月，全市6个重点项目");
            overviewStates(overview, total, "1月");
        }
    }

    @Test
    void docxHasTheLayoutOfOfficialDocuments() throws Exception {
        Scenario s = scenario();
        try (XWPFDocument doc = docx(fetch(s.w().dispatcher, "/api/bulletins/2024-06.docx"))) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            // A4 in twips; margins 37 / 35 / 28 / 26 mm
            assertThat(twips(sect.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(sect.getPgSz().getH())).isEqualTo(16838);
            assertThat(twips(sect.getPgMar().getTop())).isEqualTo(mm(37)).isEqualTo(2098);
            assertThat(twips(sect.getPgMar().getBottom())).isEqualTo(mm(35)).isEqualTo(1984);
            assertThat(twips(sect.getPgMar().getLeft())).isEqualTo(mm(28)).isEqualTo(1587);
            assertThat(twips(sect.getPgMar().getRight())).isEqualTo(mm(26)).isEqualTo(1474);
            // 22 lines of 28.95 pt: the grid and the body's exact line spacing
            assertThat(sect.getDocGrid().getLinePitch().intValue()).isEqualTo(579);
            assertThat(sect.getDocGrid().getType().toString()).isEqualTo("linesAndChars");

            XWPFParagraph title = OfficialDocs.title(doc);
            assertThat(title.getAlignment().name()).isEqualTo("CENTER");
            for (XWPFRun r : title.getRuns()) {
                assertThat(halfPoints(r)).isEqualTo(44);
                assertThat(eastAsia(r)).isEqualTo("方正小标宋简体");
            }
            XWPFParagraph overview = OfficialDocs.afterTitle(doc);
            for (XWPFRun r : overview.getRuns()) {
                assertThat(halfPoints(r)).isEqualTo(32);
                assertThat(eastAsia(r)).isEqualTo("仿宋_GB2312");
            }
            assertThat(overview.getSpacingBetween()).isEqualTo(28.95);
            assertThat(overview.getSpacingLineRule().name()).isEqualTo("EXACT");
            assertThat(overview.getCTPPr().getInd().getFirstLineChars().intValue()).isEqualTo(200);

            Map<String, XWPFParagraph> headings = new HashMap<>();
            doc.getParagraphs().forEach(p -> headings.put(p.getText(), p));
            XWPFParagraph h1 = headings.keySet().stream().filter(t -> t.startsWith("四、")).map(headings::get)
                    .findFirst().orElseThrow();
            assertThat(eastAsia(h1.getRuns().get(0))).isEqualTo("黑体");
            assertThat(halfPoints(h1.getRuns().get(0))).isEqualTo(32);
            XWPFParagraph h2 = headings.keySet().stream().filter(t -> t.startsWith("（一）")).map(headings::get)
                    .findFirst().orElseThrow();
            assertThat(eastAsia(h2.getRuns().get(0))).isEqualTo("楷体_GB2312");

            // page numbers "— n —" in 4号 宋体 with a PAGE field, odd and even footers
            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            assertThat(doc.getFooterList()).hasSize(2);
            for (var footer : doc.getFooterList()) {
                XWPFParagraph p = footer.getParagraphs().get(0);
                assertThat(p.getText()).startsWith("— ").endsWith(" —");
                assertThat(p.getCTP().xmlText()).contains("PAGE");
                assertThat(halfPoints(p.getRuns().get(0))).isEqualTo(28);
                assertThat(eastAsia(p.getRuns().get(0))).isEqualTo("宋体");
            }
            assertThat(doc.getFooterList().stream().map(f -> f.getParagraphs().get(0).getAlignment().name()))
                    .containsExactlyInAnyOrder("RIGHT", "LEFT");
        }
    }

    static int twips(Object v) {
        return new BigInteger(v.toString()).intValue();
    }

    static int mm(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }

    // ---- the XLSX annex --------------------------------------------------------------------------------------

    @Test
    void xlsxHasOneRowPerProjectWithTheApisFigures() throws Exception {
        Scenario s = scenario();
        World w = s.w();
        JsonNode projects = api(w.dispatcher, "/api/analysis/projects?year=2024&month=6&regionCode=" + w.city);
        Map<String, JsonNode> byCode = new HashMap<>();
        projects.forEach(p -> byCode.put(p.get("code").asText(), p));
        Download d = fetch(w.dispatcher, "/api/bulletins/2024-06.xlsx?regionCode=" + w.city);
        assertThat(d.status()).as(d.text()).isEqualTo(200);
        assertThat(d.header("Content-Type")).startsWith(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(d.header("Content-Disposition")).contains("filename*=UTF-8''").contains(".xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
            XSSFSheet sheet = wb.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> heads = new ArrayList<>();
            header.forEach(c -> heads.add(c.getStringCellValue()));
            assertThat(heads).containsExactly("项目编号", "项目名称", "所在区域", "牵头单位", "包抓领导", "项目类别", "项目级别",
                    "年度计划（万元）", "累计完成（万元）", "完成率（%）", "序时进度（%）", "与序时进度差（百分点）", "是否开工",
                    "预警等级", "预警原因");
            assertThat(sheet.getLastRowNum()).isEqualTo(projects.size());
            assertThat(projects.size()).isEqualTo(6);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            Map<String, String> warningLabel = Map.of("RED", "红色预警", "YELLOW", "黄色预警", "GREEN", "正常");
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                JsonNode p = byCode.remove(row.getCell(0).getStringCellValue());
                assertThat(p).as("row %d", i).isNotNull();
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(p.get("name").asText());
                number(row.getCell(7), dec(p, "annualPlan"));
                number(row.getCell(8), dec(p, "completed"));
                number(row.getCell(9), dec(p, "completionRate"));
                number(row.getCell(10), dec(p, "expectedRate"));
                number(row.getCell(11), dec(p, "gap"));
                assertThat(row.getCell(12).getStringCellValue()).isEqualTo(p.get("started").asBoolean() ? "是" : "否");
                assertThat(row.getCell(13).getStringCellValue())
                        .isEqualTo(warningLabel.get(p.get("warning").asText()));
                assertThat(row.getCell(14).getStringCellValue()).isEqualTo(String.join("；", textList(p.get("reasons"))));
                assertThat(row.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(row.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.00");
                Cell name = row.getCell(1);
                if (name.getStringCellValue().equals(FORMULA_NAME)) {
                    // a text that looks like a formula stays text, with the quote prefix
                    assertThat(name.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
                }
            }
            assertThat(byCode).as("every project has its row").isEmpty();
        }
    }

    static void number(Cell cell, BigDecimal expected) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP))
                .isEqualByComparingTo(expected);
    }

    @Test
    void xlsxOfACountyLeaderHoldsTheCountysProjectsOnly() throws Exception {
        Scenario s = scenario();
        Download d = fetch(s.w().countyLeaderA, "/api/bulletins/2024-06.xlsx");
        assertThat(d.status()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(d.body()))) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(3);
        }
    }

    // ---- who and what ------------------------------------------------------------------------------------------

    @Test
    void forDispatchersAndLeadersOnly() {
        Scenario s = scenario();
        World w = s.w();
        for (String ext : List.of("docx", "xlsx")) {
            String path = "/api/bulletins/2024-06." + ext;
            assertThat(fetch(null, path).status()).isEqualTo(401);
            assertThat(fetch(w.reporterA, path).status()).isEqualTo(403);
            assertThat(fetch(w.supervisor, path).status()).isEqualTo(403);
            assertThat(fetch(w.auditor, path).status()).isEqualTo(403);
            assertThat(fetch(w.adminOnly, path).status()).isEqualTo(403);
            assertThat(fetch(w.dispatcher, path).status()).isEqualTo(200);
            assertThat(fetch(w.leaderUser, path).status()).isEqualTo(200);
            // a region outside the caller's scope
            assertThat(fetch(w.countyLeaderA, path + "?regionCode=" + w.countyB).status()).isEqualTo(403);
            assertThat(fetch(w.countyLeaderA, path + "?regionCode=" + w.countyA).status()).isEqualTo(200);
        }
    }

    @Test
    void malformedPeriodOrUnknownRegionIs422() {
        Scenario s = scenario();
        World w = s.w();
        for (String ext : List.of("docx", "xlsx")) {
            for (String bad : List.of("2024-13", "2024-00", "2024-7", "24-07", "abcd-ef", "1999-12")) {
                Download d = fetch(w.dispatcher, "/api/bulletins/" + bad + "." + ext);
                assertThat(d.status()).as("%s.%s: %s", bad, ext, d.text()).isEqualTo(422);
                assertThat(d.text()).contains("\"field\":\"period\"");
            }
            Download d = fetch(w.dispatcher, "/api/bulletins/2024-06." + ext + "?regionCode=009999");
            assertThat(d.status()).as(d.text()).isEqualTo(422);
            assertThat(d.text()).contains("regionCode");
        }
    }
}
