package cn.diaodu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.organisation.UnitKind;
import cn.diaodu.project.Category;
import cn.diaodu.project.ProjectLevel;
import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;
import cn.diaodu.support.TestDatabase;

/**
 * The demo city (CONTRACT §1 "demo data"), seen through the API: a context of its own with {@code diaodu.demo=true}
 * on a database of its own (a fresh in-memory H2, or a fresh PostgreSQL database in the PostgreSQL run, since the
 * other tests share theirs); today is 2024-07-15.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "diaodu.demo=true")
class DemoCityTest extends ApiTest {
    private static final String PW = DemoCatalogue.PASSWORD;
    private static String postgresUrl;

    /** In the PostgreSQL run, a database of this context's own: the demo city needs an empty one. */
    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        if (TestDatabase.wantsPostgres()) {
            registry.add("spring.datasource.url", DemoCityTest::freshPostgres);
        }
    }

    private static synchronized String freshPostgres() {
        if (postgresUrl == null) {
            String name = "diaodu_demo_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis();
            String admin = "jdbc:postgresql://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/postgres";
            try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                    Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name + " ENCODING 'UTF8' TEMPLATE template0");
            } catch (Exception e) {
                throw new IllegalStateException("cannot create the demo test database", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Connection c = DriverManager.getConnection(admin, "postgres", "");
                        Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                } catch (Exception ignored) {
                    // the server may be gone already; the name is unique
                }
            }));
            postgresUrl = "jdbc:postgresql://" + TestDatabase.HOST + ":" + TestDatabase.PORT + "/" + name;
        }
        return postgresUrl;
    }

    @Autowired
    DemoCityRunner runner;

    @Autowired
    DataSource dataSource;

    private Api demo(String username) {
        return anonymous().as(token(username, PW));
    }

    // ---- the organisation ----------------------------------------------------------------------------------

    @Test
    void theCityHasCountiesTownsUnitsAndLeaders() {
        Api d = demo("dispatcher");
        JsonNode roots = ok(d.get("/api/regions")).body();
        assertThat(roots).hasSize(1);
        JsonNode province = roots.get(0);
        assertThat(province.get("code").asText()).isEqualTo("370000");
        assertThat(province.get("name").asText()).isEqualTo("山东省");
        JsonNode city = province.get("children").get(0);
        assertThat(city.get("code").asText()).isEqualTo("379900");
        assertThat(city.get("level").asText()).isEqualTo("CITY");
        JsonNode counties = city.get("children");
        assertThat(counties.size()).isGreaterThanOrEqualTo(8);
        for (JsonNode county : counties) {
            String code = county.get("code").asText();
            assertThat(code).matches("3799\\d\\d");
            assertThat(Integer.parseInt(code)).isBetween(379902, 379928);
            assertThat(county.get("level").asText()).isEqualTo("COUNTY");
            assertThat(county.get("children").size()).as(code).isBetween(3, 6);
            for (JsonNode town : county.get("children")) {
                assertThat(town.get("code").asText()).matches(code + "\\d{3}");
                assertThat(town.get("level").asText()).isEqualTo("TOWN");
            }
        }

        JsonNode units = ok(d.get("/api/units")).body();
        assertThat(units.size()).isGreaterThanOrEqualTo(30);
        Set<UnitKind> kinds = EnumSet.noneOf(UnitKind.class);
        units.forEach(u -> kinds.add(UnitKind.valueOf(u.get("kind").asText())));
        assertThat(kinds).containsExactlyInAnyOrder(UnitKind.values());
        assertThat(units.findValuesAsText("name")).contains("市发展和改革委员会", "青岚高新技术产业开发区管委会",
                "青岚市城市建设投资集团有限公司");

        JsonNode leaders = ok(d.get("/api/leaders")).body();
        assertThat(leaders).hasSize(10);
        assertThat(leaders.findValuesAsText("title")).contains("市长", "常务副市长").doesNotContain("市委书记");
    }

    // ---- the projects --------------------------------------------------------------------------------------

    @Test
    void everyCategoryAndLevelWithSensibleAmounts() {
        JsonNode projects = ok(demo("dispatcher").get("/api/projects?year=2024")).body();
        assertThat(projects.size()).isGreaterThanOrEqualTo(130).isEqualTo(DemoCatalogue.PROJECTS.size());
        Set<Category> categories = EnumSet.noneOf(Category.class);
        Set<ProjectLevel> levels = EnumSet.noneOf(ProjectLevel.class);
        Set<String> names = new HashSet<>();
        int withPlan = 0;
        int withLeader = 0;
        int notStarted = 0;
        for (JsonNode p : projects) {
            categories.add(Category.valueOf(p.get("category").asText()));
            levels.add(ProjectLevel.valueOf(p.get("level").asText()));
            assertThat(names.add(p.get("name").asText())).as("unique name %s", p.get("name")).isTrue();
            assertThat(p.get("name").asText()).doesNotContain("{Y}");
            assertThat(p.get("regionCode").asText()).startsWith("3799");
            BigDecimal total = p.get("totalInvestment").decimalValue();
            BigDecimal annual = p.get("annualPlan").decimalValue();
            assertThat(total).isBetween(new BigDecimal("3000"), new BigDecimal("800000"));
            assertThat(annual.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
            double share = annual.doubleValue() / total.doubleValue();
            assertThat(share).as(p.get("name").asText()).isBetween(0.20, 0.60);
            if (!p.get("monthlyPlan").isNull()) {
                withPlan++;
                BigDecimal sum = BigDecimal.ZERO;
                for (JsonNode m : p.get("monthlyPlan")) {
                    assertThat(m.decimalValue().signum()).isGreaterThanOrEqualTo(0);
                    sum = sum.add(m.decimalValue());
                }
                assertThat(p.get("monthlyPlan")).hasSize(12);
                assertThat(sum).isEqualByComparingTo(annual);
            }
            withLeader += p.get("leaderId").isNull() ? 0 : 1;
            notStarted += p.get("actualStart").isNull() ? 1 : 0;
        }
        assertThat(categories).containsExactlyInAnyOrder(Category.values());
        assertThat(levels).containsExactlyInAnyOrder(ProjectLevel.values());
        assertThat(withPlan).isBetween(projects.size() / 4, projects.size() / 2);
        assertThat(withLeader).isGreaterThan(projects.size() * 3 / 4).isLessThan(projects.size());
        assertThat(notStarted).isBetween(5, projects.size() / 4);
    }

    @Test
    void everyProjectHasItsRecord() {
        JsonNode projects = ok(demo("dispatcher").get("/api/projects?year=2024")).body();
        int cooperating = 0;
        int continuing = 0;
        for (JsonNode p : projects) {
            String name = p.get("name").asText();
            assertThat(p.get("ownerName").asText()).as(name).isNotBlank();
            assertThat(p.get("content").asText()).as(name).isNotBlank();
            assertThat(p.get("contact").get("phone").asText()).as(name).matches("1\\d{10}");
            BigDecimal planned = BigDecimal.ZERO;
            for (JsonNode f : p.get("funding")) {
                planned = planned.add(f.get("planned").decimalValue());
                assertThat(f.get("inPlace").decimalValue()).as(name).isLessThanOrEqualTo(f.get("planned").decimalValue());
            }
            assertThat(planned).as(name).isEqualByComparingTo(p.get("totalInvestment").decimalValue());
            for (JsonNode c : p.get("cooperatingUnitIds")) {
                assertThat(c.asLong()).as(name).isNotEqualTo(p.get("leadUnitId").asLong());
            }
            cooperating += p.get("cooperatingUnitIds").isEmpty() ? 0 : 1;
            continuing += p.get("completedBefore").isNull() ? 0 : 1;
        }
        assertThat(cooperating).isGreaterThan(projects.size() / 2);
        assertThat(continuing).isPositive();
    }

    @Test
    void theReadmeReporterAndTheCountyLeaderSeeTheirOwnPart() {
        JsonNode units = ok(demo("dispatcher").get("/api/units")).body();
        long fgw = 0;
        for (JsonNode u : units) {
            if (u.get("name").asText().equals("市发展和改革委员会")) {
                fgw = u.get("id").asLong();
            }
        }
        JsonNode own = ok(demo("reporter").get("/api/projects?year=2024")).body();
        int led = 0;
        for (JsonNode p : own) {
            // its unit leads the project, or cooperates on it (配合部门, CONTRACT §11)
            boolean leads = p.get("leadUnitId").asLong() == fgw;
            boolean cooperates = false;
            for (JsonNode c : p.get("cooperatingUnitIds")) {
                cooperates |= c.asLong() == fgw;
            }
            assertThat(leads || cooperates).as(p.get("name").asText()).isTrue();
            led += leads ? 1 : 0;
        }
        assertThat(led).isGreaterThanOrEqualTo(6);
        JsonNode county = ok(demo("county").get("/api/projects?year=2024")).body();
        assertThat(county.size()).isGreaterThan(5);
        county.forEach(p -> assertThat(p.get("regionCode").asText()).startsWith("379921"));
    }

    // ---- the accounts --------------------------------------------------------------------------------------

    @Test
    void everyDemoAccountSignsIn() {
        JsonNode users = ok(demo("sysadmin").get("/api/users")).body();
        Map<String, JsonNode> byName = new HashMap<>();
        users.forEach(u -> byName.put(u.get("username").asText(), u));
        Map<String, String> roles = Map.of("dispatcher", "DISPATCHER", "leader", "LEADER", "county", "LEADER",
                "supervisor", "SUPERVISOR", "sysadmin", "ADMIN", "security", "SECURITY_ADMIN", "auditor", "AUDITOR",
                "reporter", "REPORTER");
        roles.forEach((name, role) -> {
            assertThat(byName).containsKey(name);
            assertThat(byName.get(name).get("roles").toString()).contains(role);
        });
        assertThat(byName.get("county").get("regionCode").asText()).isEqualTo("379921");
        assertThat(byName.get("dispatcher").get("regionCode").isNull()).isTrue();
        int reporters = 0;
        for (String name : byName.keySet()) {
            if (!name.equals("admin")) {
                assertThat(token(name, PW)).as(name).isNotBlank();
                reporters += name.startsWith("reporter") ? 1 : 0;
            }
        }
        assertThat(reporters).isGreaterThanOrEqualTo(25);
        assertThat(anonymous().post("/api/auth/token", Map.of("username", "dispatcher", "password", "wrong"))
                .status()).isEqualTo(401);
    }

    // ---- the figures and the reports -----------------------------------------------------------------------

    @Test
    void theFundsPipelineHasEveryStageAndProgramme() {
        Api d = demo("dispatcher");
        JsonNode list = ok(d.get("/api/fund-applications?year=2024")).body();
        assertThat(list.size()).isEqualTo(25);
        assertThat(list.findValuesAsText("stage")).contains("RESERVE", "READY", "SUBMITTED", "APPROVED", "REJECTED");
        assertThat(list.findValuesAsText("programme")).contains("CENTRAL_BUDGET", "SPECIAL_BOND", "TREASURY_BOND",
                "PROVINCIAL", "OTHER");
        long linked = 0;
        for (JsonNode a : list) {
            linked += a.get("projectId").isNull() ? 0 : 1;
            assertThat(a.get("date").asText()).as("%s", a).isLessThanOrEqualTo("2024-07-15");
        }
        assertThat(linked).as("some linked to key projects").isBetween(5L, 12L);
        JsonNode f = ok(d.get("/api/analysis/fund-applications?year=2024")).body();
        assertThat(f.get("sentence").asText()).startsWith("筛选梳理拟争取政策项目25个");
    }

    @Test
    void theSummaryShowsRedYellowAndGreen() {
        Api d = demo("dispatcher");
        JsonNode s = ok(d.get("/api/analysis/summary?year=2024&month=7&groupBy=REGION")).body();
        JsonNode total = s.get("total");
        assertThat(total.get("projects").asInt()).isEqualTo(DemoCatalogue.PROJECTS.size());
        assertThat(total.get("red").asInt()).isPositive();
        assertThat(total.get("yellow").asInt()).isPositive();
        assertThat(total.get("green").asInt()).isPositive();
        assertThat(total.get("green").asInt()).isGreaterThan(total.get("red").asInt());
        assertThat(total.get("completionRate").decimalValue()).isBetween(new BigDecimal("30"), new BigDecimal("80"));
        assertThat(s.get("groups").findValuesAsText("key")).contains("379900");

        JsonNode city = ok(d.get("/api/analysis/summary?year=2024&month=7&groupBy=REGION&regionCode=379900")).body();
        List<String> keys = city.get("groups").findValuesAsText("key");
        assertThat(keys).contains("379900", "379921").hasSizeGreaterThanOrEqualTo(9);
        JsonNode warned = ok(d.get("/api/analysis/projects?year=2024&month=7&warning=RED")).body();
        assertThat(warned.size()).isEqualTo(total.get("red").asInt());
    }

    @Test
    void theProceduresAreUnderWaySomeOverdueSomeReady() {
        Api d = demo("dispatcher");
        JsonNode a = ok(d.get("/api/analysis/procedures?year=2024&month=7")).body();
        assertThat(a.get("projects").asInt()).isEqualTo(DemoCatalogue.PROJECTS.size());
        assertThat(a.get("notStarted").asInt()).isPositive();
        assertThat(a.get("ready").asInt()).as("some ready to start").isPositive()
                .isLessThan(a.get("notStarted").asInt());
        int overdue = 0;
        for (JsonNode k : a.get("kinds")) {
            overdue += k.get("overdue").asInt();
            assertThat(k.get("done").asInt() + k.get("notNeeded").asInt()).as("%s: most are settled", k)
                    .isGreaterThan(k.get("pending").asInt() + k.get("inProgress").asInt());
        }
        assertThat(overdue).as("a few overdue").isPositive();
        JsonNode approvers = ok(d.get("/api/analysis/procedures/approvers?year=2024")).body();
        assertThat(approvers.findValuesAsText("unitName")).contains("市发展和改革委员会", "市生态环境局");
        // a project under way: its approval is done, with a document number and an approving unit
        JsonNode started = null;
        for (JsonNode p : ok(d.get("/api/analysis/projects?year=2024&month=7")).body()) {
            if (p.get("started").asBoolean()) {
                started = p;
                break;
            }
        }
        assertThat(started).isNotNull();
        JsonNode approval = ok(d.get("/api/projects/" + started.get("id").asLong() + "/procedures")).body().get(0);
        assertThat(approval.get("code").asText()).isEqualTo("APPROVAL");
        assertThat(approval.get("status").asText()).isEqualTo("DONE");
        assertThat(approval.get("documentNo").asText()).matches("青发改审批〔20\\d\\d〕\\d+号");
        assertThat(approval.get("approvingUnitName").asText()).isEqualTo("市发展和改革委员会");
    }

    @Test
    void reportsFromJanuaryToTheCurrentMonth() {
        Api d = demo("dispatcher");
        JsonNode projects = ok(d.get("/api/projects?year=2024")).body();
        Set<String> periods = new TreeSet<>();
        int started = 0;
        int reportedJuly = 0;
        Set<String> by = new HashSet<>();
        for (JsonNode p : projects) {
            JsonNode reports = ok(d.get("/api/projects/" + p.get("id").asLong() + "/reports")).body();
            if (p.get("actualStart").isNull()) {
                assertThat(reports).as("not started: %s", p.get("name")).isEmpty();
                continue;
            }
            started++;
            for (JsonNode r : reports) {
                String period = r.get("period").asText();
                periods.add(period);
                reportedJuly += period.equals("2024-07") ? 1 : 0;
                BigDecimal investment = r.get("investment").decimalValue();
                assertThat(investment.signum()).isGreaterThanOrEqualTo(0);
                assertThat(investment.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
                assertThat(r.get("progress").asText()).isNotBlank();
                assertThat(r.get("workersOnSite").asInt()).isGreaterThanOrEqualTo(0);
                LocalDate actualStart = LocalDate.parse(p.get("actualStart").asText());
                if (actualStart.getYear() == 2024) {
                    assertThat(period.compareTo(actualStart.toString().substring(0, 7))).isGreaterThanOrEqualTo(0);
                }
                by.add(r.get("updatedBy").asText());
            }
        }
        assertThat(periods).containsExactly("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06",
                "2024-07");
        // The July period is still open: only some 60 % have reported.
        assertThat((double) reportedJuly / started).isBetween(0.45, 0.75);
        assertThat(by).contains("reporter").hasSizeGreaterThan(20);
    }

    @Test
    void someProjectsHaveSitePhotosOfTheirLastReports() throws Exception {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        Integer projects = jdbc.queryForObject("select count(distinct project_id) from report_photo", Integer.class);
        Integer photos = jdbc.queryForObject("select count(*) from report_photo", Integer.class);
        assertThat(projects).isBetween(5, 20);
        assertThat(photos).isEqualTo(projects * 3);
        Long one = jdbc.queryForObject("select min(id) from report_photo", Long.class);
        Api.Res picture = demo("dispatcher").get("/api/photos/" + one);
        assertThat(picture.status()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from report_photo where content_type = 'image/jpeg' "
                + "and width = 640 and height = 420", Integer.class)).isEqualTo(photos);
        Integer byReporters = jdbc.queryForObject("select count(*) from report_photo where uploaded_by <> 'demo'",
                Integer.class);
        assertThat(byReporters).as("uploaded by the units' reporters").isEqualTo(photos);
    }

    // ---- when it runs --------------------------------------------------------------------------------------

    @Test
    void runsOnADatabaseOfItsOwn() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            String url = c.getMetaData().getURL();
            if (TestDatabase.wantsPostgres()) {
                assertThat(url).isEqualTo(postgresUrl);
            } else {
                assertThat(url).startsWith("jdbc:h2:mem:");
            }
        }
    }

    @Test
    void aSecondRunOnTheFilledDatabaseAddsNothing() {
        Api d = demo("dispatcher");
        int projects = ok(d.get("/api/projects")).body().size();
        int units = ok(d.get("/api/units")).body().size();
        int leaders = ok(d.get("/api/leaders")).body().size();
        int users = ok(demo("sysadmin").get("/api/users")).body().size();
        assertThat(runner.seedIfWanted()).isFalse();
        assertThat(ok(d.get("/api/projects")).body().size()).isEqualTo(projects);
        assertThat(ok(d.get("/api/units")).body().size()).isEqualTo(units);
        assertThat(ok(d.get("/api/leaders")).body().size()).isEqualTo(leaders);
        assertThat(ok(demo("sysadmin").get("/api/users")).body().size()).isEqualTo(users);
    }

    @Test
    void demoDefaultsToTheEmbeddedDatabaseOnly() {
        assertThat(DemoCityRunner.wanted(null, "jdbc:h2:file:./data/diaodu")).isTrue();
        assertThat(DemoCityRunner.wanted("", "jdbc:h2:mem:x")).isTrue();
        assertThat(DemoCityRunner.wanted(null, "jdbc:postgresql://db:5432/diaodu")).isFalse();
        assertThat(DemoCityRunner.wanted("  ", "jdbc:postgresql://db:5432/diaodu")).isFalse();
        assertThat(DemoCityRunner.wanted(null, null)).isFalse();
        assertThat(DemoCityRunner.wanted("true", "jdbc:postgresql://db:5432/diaodu")).isTrue();
        assertThat(DemoCityRunner.wanted("TRUE", "jdbc:postgresql://db:5432/diaodu")).isTrue();
        assertThat(DemoCityRunner.wanted("false", "jdbc:h2:mem:x")).isFalse();
        assertThatThrownBy(() -> DemoCityRunner.wanted("yes", "jdbc:h2:mem:x"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("DIAODU_DEMO");
    }

    // ---- the drawing itself, on any day of the year ----------------------------------------------------------

    @Test
    void theCityIsTheSameEveryTimeAndValidOnAnyDay() {
        LocalDate day = LocalDate.of(2025, 1, 1);
        while (day.getYear() == 2025) {
            for (int i = 0; i < DemoCatalogue.PROJECTS.size(); i++) {
                var seed = DemoCatalogue.PROJECTS.get(i);
                ProjectDraw.Drawn d = ProjectDraw.draw(i, seed, false, day);
                assertThat(ProjectDraw.draw(i, seed, false, day)).isEqualTo(d);
                assertThat(d.annualPlan()).isPositive().isLessThanOrEqualTo(d.totalInvestment());
                if (d.monthlyPlan() != null) {
                    assertThat(d.monthlyPlan().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                            .isEqualByComparingTo(d.annualPlan());
                    d.monthlyPlan().forEach(m -> assertThat(m.signum()).isGreaterThanOrEqualTo(0));
                }
                if (d.actualStart() == null) {
                    assertThat(d.reports()).isEmpty();
                } else {
                    assertThat(d.actualStart()).isBeforeOrEqualTo(day);
                }
                List<Integer> months = new ArrayList<>();
                for (ProjectDraw.MonthReport r : d.reports()) {
                    months.add(r.month());
                    assertThat(r.investment().signum()).isGreaterThanOrEqualTo(0);
                    assertThat(r.investment().scale()).isLessThanOrEqualTo(2);
                }
                int month = day.getMonthValue();
                assertThat(months).allSatisfy(m -> assertThat(m).isBetween(1, month));
            }
            day = day.plusDays(13);
        }
    }

    // ---- suspensions (停缓建) --------------------------------------------------------------------------------

    @Autowired
    cn.diaodu.suspension.SuspensionFacts suspensionFacts;

    @Test
    void suspensionsInEveryState() {
        JsonNode all = ok(demo("dispatcher").get("/api/suspensions")).body();
        Map<String, Integer> byStatus = new HashMap<>();
        List<Long> approved = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        all.forEach(x -> {
            byStatus.merge(x.get("status").asText(), 1, Integer::sum);
            reasons.add(x.get("reason").asText());
            if (x.get("status").asText().equals("APPROVED")) {
                approved.add(x.get("projectId").asLong());
            }
        });
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of("APPROVED", 2, "REQUESTED", 1, "RESUMED", 1,
                "REJECTED", 1));
        assertThat(all.get(0).get("status").asText()).as("awaiting a decision first").isEqualTo("REQUESTED");
        assertThat(reasons).anyMatch(r -> r.contains("环保督察")).anyMatch(r -> r.contains("资金链紧张"));
        Set<Long> suspended = suspensionFacts.suspendedAt(LocalDate.of(2024, 7, 15), approved);
        assertThat(suspended).as("the two approved are in force today").containsExactlyInAnyOrderElementsOf(approved);
    }
}
