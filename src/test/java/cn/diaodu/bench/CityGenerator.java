package cn.diaodu.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a benchmark city straight into the database with batched JDBC: a city (the root) with ten counties of five
 * towns, 100 units, 10 leaders, N projects of one year (a third with a monthly plan, a tenth not started) and a
 * report for every month of every started project. Fixed seed: the same city every time.
 */
final class CityGenerator {
    private final Connection c;
    private final int n;
    private final int year;
    private final Random random = new Random(20251220);

    CityGenerator(Connection c, int n, int year) {
        this.c = c;
        this.n = n;
        this.year = year;
    }

    void generate() throws SQLException {
        c.setAutoCommit(false);
        List<String> places = regions();
        List<Long> units = units(places);
        List<Long> leaders = leaders();
        projects(places, units, leaders);
        c.commit();
        reports();
        c.commit();
        c.setAutoCommit(true);
        try (Statement st = c.createStatement()) {
            st.execute("analyze");
        }
    }

    private List<String> regions() throws SQLException {
        List<String> places = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "insert into region(code, name, region_level, parent_code) values (?,?,?,?)")) {
            add(ps, "990100", "基准市", "CITY", null);
            places.add("990100");
            for (int k = 1; k <= 10; k++) {
                String county = String.format("9901%02d", k);
                add(ps, county, "基准县" + k, "COUNTY", "990100");
                places.add(county);
                for (int t = 1; t <= 5; t++) {
                    String town = county + String.format("%03d", t);
                    add(ps, town, "基准县" + k + "镇" + t, "TOWN", county);
                    places.add(town);
                }
            }
            ps.executeBatch();
        }
        return places;
    }

    private static void add(PreparedStatement ps, String code, String name, String level, String parent)
            throws SQLException {
        ps.setString(1, code);
        ps.setString(2, name);
        ps.setString(3, level);
        ps.setString(4, parent);
        ps.addBatch();
    }

    private List<Long> units(List<String> places) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into unit(name, kind, region_code) values (?,?,?)")) {
            for (int u = 1; u <= 100; u++) {
                ps.setString(1, "基准单位" + u);
                ps.setString(2, "DEPARTMENT");
                ps.setString(3, places.get(u % 11 == 0 ? 0 : 1 + (u % 10) * 6));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids("select id from unit order by id");
    }

    private List<Long> leaders() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into leader(name, title) values (?,?)")) {
            for (int l = 1; l <= 10; l++) {
                ps.setString(1, "领导" + l);
                ps.setString(2, "副市长");
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return ids("select id from leader order by id");
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static final String[] CATEGORIES = {"INDUSTRY", "INFRASTRUCTURE", "AGRICULTURE", "SOCIAL", "ECOLOGY",
        "REAL_ESTATE", "SERVICES", "OTHER"};
    private static final String[] LEVELS = {"PROVINCIAL", "CITY", "COUNTY"};

    private void projects(List<String> places, List<Long> units, List<Long> leaders) throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        try (PreparedStatement ps = c.prepareStatement("insert into project(code, name, plan_year, category, "
                + "project_level, region_code, lead_unit_id, leader_id, total_investment, annual_plan, planned_start, "
                + "actual_start, planned_completion, has_monthly_plan, version, updated_at, plan_m01, plan_m02, "
                + "plan_m03, plan_m04, plan_m05, plan_m06, plan_m07, plan_m08, plan_m09, plan_m10, plan_m11, plan_m12) "
                + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (int i = 1; i <= n; i++) {
                BigDecimal plan = BigDecimal.valueOf(100 + random.nextInt(50_000)).setScale(2);
                LocalDate plannedStart = LocalDate.of(year, 1 + random.nextInt(9), 1 + random.nextInt(28));
                boolean started = random.nextInt(10) != 0;
                boolean monthly = i % 3 == 0;
                ps.setString(1, String.format("BM%d-%06d", year, i));
                ps.setString(2, "基准项目" + i);
                ps.setInt(3, year);
                ps.setString(4, CATEGORIES[i % CATEGORIES.length]);
                ps.setString(5, LEVELS[i % LEVELS.length]);
                ps.setString(6, places.get(random.nextInt(places.size())));
                ps.setLong(7, units.get(random.nextInt(units.size())));
                if (i % 10 == 0) {
                    ps.setNull(8, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(8, leaders.get(random.nextInt(leaders.size())));
                }
                ps.setBigDecimal(9, plan.multiply(BigDecimal.valueOf(3)));
                ps.setBigDecimal(10, plan);
                ps.setDate(11, BenchRunner.date(plannedStart));
                ps.setDate(12, started ? BenchRunner.date(plannedStart.plusDays(random.nextInt(40))) : null);
                ps.setDate(13, BenchRunner.date(LocalDate.of(year + 2, 6, 30)));
                ps.setBoolean(14, monthly);
                ps.setTimestamp(15, now);
                BigDecimal twelfth = plan.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
                for (int m = 0; m < 12; m++) {
                    BigDecimal v = m < 11 ? twelfth : plan.subtract(twelfth.multiply(BigDecimal.valueOf(11)));
                    ps.setBigDecimal(16 + m, monthly ? v : null);
                }
                ps.addBatch();
                if (i % 1000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private void reports() throws SQLException {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        List<long[]> projects = new ArrayList<>();
        List<BigDecimal> plans = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "select id, annual_plan from project where actual_start is not null order by id")) {
            while (rs.next()) {
                projects.add(new long[] {rs.getLong(1)});
                plans.add(rs.getBigDecimal(2));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into monthly_report(project_id, report_year, "
                + "report_month, investment, progress, workers_on_site, status, late, zero, updated_at, updated_by) "
                + "values (?,?,?,?,?,?,'SUBMITTED',false,false,?,'bench')")) {
            int batch = 0;
            for (int i = 0; i < projects.size(); i++) {
                double pace = 0.4 + random.nextDouble() * 0.8;
                BigDecimal monthly = plans.get(i).multiply(BigDecimal.valueOf(pace / 12));
                for (int m = 1; m <= 12; m++) {
                    ps.setLong(1, projects.get(i)[0]);
                    ps.setInt(2, year);
                    ps.setInt(3, m);
                    ps.setBigDecimal(4, monthly.multiply(BigDecimal.valueOf(0.5 + random.nextDouble()))
                            .setScale(2, RoundingMode.HALF_UP));
                    ps.setString(5, "主体施工");
                    ps.setInt(6, random.nextInt(300));
                    ps.setTimestamp(7, now);
                    ps.addBatch();
                    if (++batch % 5000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
            }
            ps.executeBatch();
        }
    }
}
