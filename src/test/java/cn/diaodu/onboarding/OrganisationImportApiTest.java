package cn.diaodu.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.diaodu.support.Api;

/**
 * Units, leaders and users from Excel (first passwords generated, answered once and to be changed at the first
 * sign-in), a reporter for every unit, and the region tree of a province from GB/T 2260.
 */
class OrganisationImportApiTest extends OnboardingTestSupport {
    private static World w;
    private static String pp;

    @BeforeEach
    void setUp() {
        if (w == null) {
            w = world();
            pp = w.province.substring(0, 2);
        }
    }

    private List<String> unitNames() {
        List<String> out = new ArrayList<>();
        admin().get("/api/units").body().forEach(u -> out.add(u.get("name").asText()));
        return out;
    }

    @Test
    void unitsAreImportedWithKindsByNameOrCodeAndRegionsByNameOrCode() {
        Bin template = download("admin", "/api/units/template.xlsx");
        assertThat(template.status()).as("%s", template).isEqualTo(200);
        try (XSSFWorkbook wb = read(template.body())) {
            List<String> headers = new ArrayList<>();
            wb.getSheetAt(0).getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("单位名称", "单位类型", "所在地区");
            assertThat(wb.getSheet("填写说明")).isNotNull();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> headers = List.of("所在地区", "单位名称", "单位类型");
        Bin r = upload("admin", "/api/units/import", sheet(headers, List.of(
                row(w.countyA, "甲县交通局" + pp, "部门"),
                row("乙区" + pp, "乙区园区管委会" + pp, "PARK"),
                row(w.city, "某镇" + pp, "乡镇（街道）"))));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(3);
        assertThat(unitNames()).contains("甲县交通局" + pp, "乙区园区管委会" + pp, "某镇" + pp);

        Bin bad = upload("admin", "/api/units/import", sheet(headers, List.of(
                row(w.countyA, "新单位" + pp, "部门"),
                row(w.countyA, "甲县交通局" + pp, "部门"),
                row("无此地区", "单位X" + pp, "部门"),
                row(w.countyA, "单位Y" + pp, "机关"),
                row(w.countyA, "新单位" + pp, "部门"))));
        assertThat(bad.status()).as("%s", bad).isEqualTo(422);
        assertThat(errorKeys(bad)).containsExactly("3|单位名称|name", "4|所在地区|regionCode", "5|单位类型|kind",
                "6|单位名称|name");
        assertThat(unitNames()).doesNotContain("新单位" + pp);
        assertThat(upload(w.dispatcher, "/api/units/import", sheet(headers, List.of())).status()).isEqualTo(403);
    }

    @Test
    void leadersAreImportedAndANameTwiceIsRefused() {
        List<String> headers = List.of("姓名", "职务");
        Bin r = upload("admin", "/api/leaders/import", sheet(headers, List.of(row("赵某" + pp, "副市长"),
                row("钱某" + pp, null))));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        assertThat(admin().get("/api/leaders").text()).contains("赵某" + pp, "钱某" + pp);
        Bin bad = upload("admin", "/api/leaders/import", sheet(headers, List.of(row("孙某" + pp, "市长"),
                row("赵某" + pp, "副市长"), row(null, "秘书长"))));
        assertThat(bad.status()).as("%s", bad).isEqualTo(422);
        assertThat(errorKeys(bad)).containsExactly("3|姓名|name", "4|姓名|name");
        assertThat(admin().get("/api/leaders").text()).doesNotContain("孙某" + pp);
    }

    @Test
    void usersGetAFirstPasswordThatMustBeChangedAtTheFirstSignIn() {
        String unitA = admin().get("/api/units/" + w.unitA).get("name").asText();
        List<String> headers = List.of("用户名", "姓名", "角色", "所属单位", "所在地区", "初始密码");
        Bin r = upload("admin", "/api/users/import", sheet(headers, List.of(
                row("imp-rep" + pp, "甲填报员", "填报员", unitA, null, null),
                row("imp-disp" + pp, "调度员", "项目办、LEADER", null, w.countyA, "Given-pass-9"))));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.json().get("imported").asInt()).isEqualTo(2);
        JsonNode credentials = r.json().get("credentials");
        String generated = null;
        for (JsonNode c : credentials) {
            if (c.get("username").asText().equals("imp-rep" + pp)) {
                generated = c.get("password").asText();
            } else {
                assertThat(c.get("password").isNull()).as("a given password is not answered").isTrue();
            }
        }
        assertThat(generated).isNotNull().hasSize(12);
        JsonNode users = admin().get("/api/users").body();
        boolean found = false;
        for (JsonNode u : users) {
            if (u.get("username").asText().equals("imp-disp" + pp)) {
                found = true;
                assertThat(u.get("roles").toString()).contains("DISPATCHER", "LEADER");
                assertThat(u.get("regionCode").asText()).isEqualTo(w.countyA);
            }
            if (u.get("username").asText().equals("imp-rep" + pp)) {
                assertThat(u.get("unitId").asLong()).isEqualTo(w.unitA);
            }
        }
        assertThat(found).isTrue();
        // the generated password signs in, and the pages ask for a new one first
        assertThat(anonymous().post("/api/auth/token", Map.of("username", "imp-rep" + pp, "password", generated))
                .status()).isEqualTo(200);
        assertThat(firstPageSignIn("imp-rep" + pp, generated)).endsWith("/account/password");

        Bin bad = upload("admin", "/api/users/import", sheet(headers, List.of(
                row("imp-rep" + pp, "重名", "填报员", unitA, null, null),
                row("imp-x" + pp, "无单位", "填报员", null, null, null),
                row("imp-y" + pp, "坏角色", "局长", null, null, null),
                row("imp-z" + pp, "弱密码", "领导", null, null, "abc"))));
        assertThat(bad.status()).as("%s", bad).isEqualTo(422);
        assertThat(errorKeys(bad)).containsOnly("2|用户名|username", "3|所属单位|unitId",
                "4|角色|roles", "5|初始密码|password");
        assertThat(admin().get("/api/users").text()).doesNotContain("imp-x" + pp, "imp-z" + pp);

        // the credentials as a workbook
        Bin book = upload("admin", "/api/users/import?credentials=xlsx", sheet(headers, List.of(
                row("imp-book" + pp, "簿", "领导", null, w.city, null))));
        assertThat(book.status()).as("%s", book).isEqualTo(200);
        try (XSSFWorkbook wb = read(book.body())) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("imp-book" + pp);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).hasSize(12);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aReporterIsCreatedForEveryUnitThatHasNone() {
        long unit = created(admin().post("/api/units", Map.of("name", "无人单位" + pp, "kind", "DEPARTMENT",
                "regionCode", w.countyA))).id();
        Api.Res first = admin().post("/api/users/reporters", null);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        boolean mine = false;
        for (JsonNode c : first.get("credentials")) {
            if (c.get("username").asText().equals("tb" + unit)) {
                mine = true;
                assertThat(c.get("password").asText()).hasSize(12);
            }
            assertThat(c.get("username").asText()).isNotIn("tb" + w.unitA, "tb" + w.unitB);
        }
        assertThat(mine).isTrue();
        Api.Res second = admin().post("/api/users/reporters", null);
        assertThat(second.get("imported").asInt()).isZero();
        boolean reporter = false;
        for (JsonNode u : admin().get("/api/users").body()) {
            if (u.get("unitId") != null && !u.get("unitId").isNull() && u.get("unitId").asLong() == unit) {
                reporter = u.get("roles").toString().contains("REPORTER");
            }
        }
        assertThat(reporter).isTrue();
    }

    @Test
    void aProvinceIsLoadedToCountyDepthOnceAndAnUnknownOneIsRefused() {
        // partly filled: the province is there under another name, which stays
        created(admin().post("/api/regions", region("640000", "宁夏", "PROVINCE", null)));
        Api.Res r = admin().post("/api/regions/load", Map.of("province", "640000", "depth", "COUNTY"));
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.get("created").asInt()).isEqualTo(27);
        assertThat(admin().get("/api/regions/640000").get("name").asText()).isEqualTo("宁夏");
        assertThat(admin().get("/api/regions/640104").get("name").asText()).isEqualTo("兴庆区");
        assertThat(admin().get("/api/regions/640104").get("parentCode").asText()).isEqualTo("640100");
        assertThat(admin().get("/api/regions/640104").get("level").asText()).isEqualTo("COUNTY");
        assertThat(admin().get("/api/regions/640104001").status()).isEqualTo(404);
        Api.Res again = admin().post("/api/regions/load", Map.of("province", "640000", "depth", "COUNTY"));
        assertThat(again.get("created").asInt()).isZero();
        // down to the towns: only the towns are new
        Api.Res towns = admin().post("/api/regions/load", Map.of("province", "640000", "depth", "TOWN"));
        assertThat(towns.get("created").asInt()).isEqualTo(259);
        assertThat(admin().get("/api/regions/640104001").get("name").asText()).isEqualTo("凤凰北街街道");
        assertThat(admin().get("/api/regions/640104001").get("level").asText()).isEqualTo("TOWN");
        assertThat(admin().get("/api/regions/640104001").get("parentCode").asText()).isEqualTo("640104");

        invalid(admin().post("/api/regions/load", Map.of("province", "990000")), "province");
        invalid(admin().post("/api/regions/load", Map.of("province", "640100")), "province");
        invalid(admin().post("/api/regions/load", Map.of("province", "640000", "depth", "VILLAGE")), "depth");
        assertThat(as(w.dispatcher).post("/api/regions/load", Map.of("province", "640000")).status())
                .isEqualTo(403);
    }

    /** Signs in through the login form and answers where it leads. */
    private String firstPageSignIn(String username, String password) {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String base = "http://localhost:" + port;
        try {
            String login = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
            assertThat(m.find()).isTrue();
            String form = "_csrf=" + enc(m.group(1)) + "&username=" + enc(username) + "&password=" + enc(password);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(302);
            return r.headers().firstValue("Location").orElse("");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
