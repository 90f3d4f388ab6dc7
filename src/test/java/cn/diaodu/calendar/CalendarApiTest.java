package cn.diaodu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.diaodu.support.Api;
import cn.diaodu.support.ApiTest;

/**
 * CONTRACT §9: {@code GET /api/calendar/working-days} for any signed-in user, its refusals (422 naming the field),
 * and the administrator's declaration of a year beyond the built-in data. Year 2040 belongs to this test only.
 */
class CalendarApiTest extends ApiTest {

    private static String date(Api.Res r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return r.get("date").asText();
    }

    private static String q(String from, Object days) {
        return "/api/calendar/working-days?from=" + from + "&days=" + days;
    }

    @Test
    void workingDaysByTheOfficialRule() {
        World w = world();
        Api reporter = as(w.reporterA);
        assertThat(date(reporter.get(q("2024-07-15", 3)))).isEqualTo("2024-07-18");
        assertThat(date(reporter.get(q("2024-07-19", 1)))).isEqualTo("2024-07-22");
        assertThat(date(reporter.get(q("2024-09-27", 2)))).as("Sunday 09-29 is worked").isEqualTo("2024-09-30");
        assertThat(date(reporter.get(q("2024-09-30", 1)))).as("across National Day").isEqualTo("2024-10-08");
        assertThat(date(reporter.get(q("2024-10-03", 1)))).as("from a holiday").isEqualTo("2024-10-08");
        assertThat(date(reporter.get(q("2024-10-12", 1)))).as("from a working Saturday").isEqualTo("2024-10-14");
        assertThat(date(reporter.get(q("2024-02-08", 2)))).as("across the Spring Festival").isEqualTo("2024-02-18");
        assertThat(date(reporter.get(q("2025-01-24", 1)))).isEqualTo("2025-01-26");
        assertThat(date(reporter.get(q("2025-09-30", 1)))).isEqualTo("2025-10-09");
        assertThat(date(reporter.get(q("2025-10-10", 1)))).isEqualTo("2025-10-11");
        // any signed-in user but an auditor, who reads the audit log and nothing else (CONTRACT §3)
        assertThat(as(w.auditor).get(q("2024-07-15", 3)).status()).isEqualTo(403);
        assertThat(as(w.auditor).get(q("2024-07-15", 0)).status()).as("refused before the input is read")
                .isEqualTo(403);
        assertThat(date(as(w.adminOnly).get(q("2024-07-15", 3)))).isEqualTo("2024-07-18");
        for (String who : List.of(w.dispatcher, w.leaderUser, w.supervisor)) {
            assertThat(date(as(who).get(q("2024-07-15", 3)))).as(who).isEqualTo("2024-07-18");
        }
        String auditingReporter = user(admin(), "audrep" + w.province, List.of("AUDITOR", "REPORTER"), w.unitA,
                null);
        assertThat(date(as(auditingReporter).get(q("2024-07-15", 3)))).as("an auditor who also reports")
                .isEqualTo("2024-07-18");
        assertThat(anonymous().get(q("2024-07-15", 3)).status()).isEqualTo(401);
    }

    @Test
    void badInputAndDatesBeyondTheDataAre422WithTheField() {
        World w = world();
        Api api = as(w.supervisor);
        invalid(api.get(q("2024-07-15", 0)), "days");
        invalid(api.get(q("2024-07-15", -2)), "days");
        invalid(api.get(q("2024-07-15", "abc")), "days");
        invalid(api.get(q("2024-07-15", "1.5")), "days");
        invalid(api.get(q("2024-07-15", "99999999999")), "days");
        invalid(api.get("/api/calendar/working-days?from=2024-07-15"), "days");
        invalid(api.get("/api/calendar/working-days?days=3"), "from");
        invalid(api.get("/api/calendar/working-days"), "from");
        invalid(api.get(q("2024-13-01", 3)), "from");
        invalid(api.get(q("2024-02-30", 3)), "from");
        invalid(api.get(q("15.07.2024", 3)), "from");
        invalid(api.get(q("2030-01-02", 1)), "from");
        invalid(api.get(q("2026-12-30", 5)), "days");
        Api.Res beyond = api.get(q("2026-12-30", 5));
        assertThat(beyond.text()).contains("2027");
        assertThat(date(api.get(q("2026-12-30", 1)))).isEqualTo("2026-12-31");
    }

    @Test
    void theCoveredYearsAreListed() {
        World w = world();
        var years = ok(as(w.dispatcher).get("/api/calendar/years")).body();
        List<Integer> builtIn = new java.util.ArrayList<>();
        years.forEach(y -> {
            if (y.get("source").asText().equals("BUILT_IN")) {
                builtIn.add(y.get("year").asInt());
            }
        });
        assertThat(builtIn).containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        var y2024 = cn.diaodu.support.Exact.one(years, "year", "2024");
        assertThat(y2024.get("workdays").asInt()).isEqualTo(8);
        var days = ok(as(w.dispatcher).get("/api/calendar/years/2024")).body();
        assertThat(cn.diaodu.support.Exact.one(days, "date", "2024-02-04").get("kind").asText()).isEqualTo("WORKDAY");
        assertThat(cn.diaodu.support.Exact.one(days, "date", "2024-02-12").get("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(as(w.auditor).get("/api/calendar/years").status()).isEqualTo(403);
        assertThat(as(w.auditor).get("/api/calendar/years/2024").status()).isEqualTo(403);
        for (String who : List.of(w.reporterA, w.leaderUser, w.supervisor, w.adminOnly)) {
            assertThat(ok(as(who).get("/api/calendar/years")).body()).as(who).isNotEmpty();
            assertThat(ok(as(who).get("/api/calendar/years/2024")).body()).as(who).isNotEmpty();
        }
    }

    @Test
    void anAdministratorAddsAYearBeyondTheData() {
        World w = world();
        Api admin = as(w.adminOnly);
        invalid(as(w.dispatcher).get(q("2040-02-10", 1)), "from");
        Map<String, Object> arrangement = Map.of("year", 2040,
                "holidays", List.of("2040-01-01~2040-01-02 元旦", "2040-02-11 至 2040-02-18 春节"),
                "workdays", List.of("2040-02-19 春节"), "note", "测试通知");
        assertThat(as(w.dispatcher).post("/api/calendar/years", arrangement).status()).isEqualTo(403);
        assertThat(as(w.dispatcher).put("/api/calendar/days/2040-01-02", Map.of("kind", "ORDINARY")).status())
                .isEqualTo(403);

        invalid(admin.post("/api/calendar/years", Map.of("year", 2024, "holidays", List.of("2024-01-01"))), "year");
        invalid(admin.post("/api/calendar/years", Map.of("year", 2040, "holidays", List.of("2040-01-02"),
                "workdays", List.of("2040-02-20"))), "workdays");
        invalid(admin.post("/api/calendar/years", Map.of("year", 2040, "holidays", List.of("2041-01-01"))),
                "holidays");
        invalid(admin.post("/api/calendar/years", Map.of("year", 2040, "holidays", List.of())), "holidays");
        invalid(admin.post("/api/calendar/years", Map.of("year", 2040, "holidays", List.of("2040-02-31"))),
                "holidays");
        invalid(as(w.dispatcher).get(q("2040-02-10", 1)), "from");

        var declared = created(admin.post("/api/calendar/years", arrangement));
        assertThat(declared.get("year").asInt()).isEqualTo(2040);
        assertThat(declared.get("source").asText()).isEqualTo("ADMIN");
        assertThat(declared.get("holidays").asInt()).isEqualTo(10);
        assertThat(declared.get("workdays").asInt()).isEqualTo(1);

        Api anyone = as(w.reporterA);
        assertThat(date(anyone.get(q("2040-02-10", 1)))).as("the Sunday 02-19 is worked").isEqualTo("2040-02-19");
        assertThat(date(anyone.get(q("2040-01-01", 1)))).isEqualTo("2040-01-03");
        assertThat(date(anyone.get(q("2040-01-06", 1)))).as("an ordinary weekend").isEqualTo("2040-01-09");
        invalid(anyone.get(q("2040-12-28", 5)), "days");

        // a single date corrected, then the correction withdrawn
        invalid(admin.put("/api/calendar/days/2039-05-02", Map.of("kind", "HOLIDAY")), "date");
        invalid(admin.put("/api/calendar/days/2040-03-05", Map.of("kind", "WORKDAY")), "kind");
        invalid(admin.put("/api/calendar/days/2040-03-05", Map.of("kind", "SOMETIMES")), "kind");
        invalid(admin.put("/api/calendar/days/2040-03-32", Map.of("kind", "HOLIDAY")), "date");
        ok(admin.put("/api/calendar/days/2040-01-02", Map.of("kind", "ORDINARY")));
        assertThat(date(anyone.get(q("2040-01-01", 1)))).isEqualTo("2040-01-02");
        assertThat(admin.send("DELETE", "/api/calendar/days/2040-01-02", null).status()).isEqualTo(204);
        assertThat(admin.send("DELETE", "/api/calendar/days/2040-01-02", null).status()).isEqualTo(404);
        assertThat(date(anyone.get(q("2040-01-01", 1)))).as("unmarked: the weekday rule").isEqualTo("2040-01-02");

        // a built-in date corrected, then back to the built-in data
        ok(admin.put("/api/calendar/days/2026-11-02", Map.of("kind", "HOLIDAY", "name", "临时调整")));
        assertThat(date(anyone.get(q("2026-10-30", 1)))).isEqualTo("2026-11-03");
        ok(admin.put("/api/calendar/days/2026-10-01", Map.of("kind", "ORDINARY")));
        assertThat(date(anyone.get(q("2026-09-30", 1)))).as("10-01 cancelled").isEqualTo("2026-10-01");
        assertThat(admin.send("DELETE", "/api/calendar/days/2026-11-02", null).status()).isEqualTo(204);
        assertThat(admin.send("DELETE", "/api/calendar/days/2026-10-01", null).status()).isEqualTo(204);
        assertThat(date(anyone.get(q("2026-10-30", 1)))).isEqualTo("2026-11-02");
        assertThat(date(anyone.get(q("2026-09-30", 1)))).as("National Day 2026 again").isEqualTo("2026-10-08");

        // declaring it again replaces the arrangement; withdrawing it uncovers the year
        created(admin.post("/api/calendar/years", Map.of("year", 2040, "holidays", List.of("2040-01-02"))));
        assertThat(date(anyone.get(q("2040-02-10", 1)))).isEqualTo("2040-02-13");
        assertThat(admin.send("DELETE", "/api/calendar/years/2024", null).status()).as("built in").isEqualTo(404);
        assertThat(admin.send("DELETE", "/api/calendar/years/2040", null).status()).isEqualTo(204);
        invalid(anyone.get(q("2040-02-10", 1)), "from");
        assertThat(date(anyone.get(q("2024-07-15", 3)))).isEqualTo("2024-07-18");
    }
}
