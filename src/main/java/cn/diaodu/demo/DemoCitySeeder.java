package cn.diaodu.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Period;
import cn.diaodu.demo.DemoCatalogue.Account;
import cn.diaodu.demo.DemoCatalogue.County;
import cn.diaodu.demo.DemoCatalogue.ProjectSeed;
import cn.diaodu.demo.DemoCatalogue.UnitSeed;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.identity.UserService;
import cn.diaodu.organisation.Leader;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionLevel;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectInput;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.ReportInput;
import cn.diaodu.reporting.ReportService;

/**
 * Writes the demo city through the modules' own services, so that every rule (codes, amounts, monthly plans,
 * periods) is checked as for any user. All in one transaction: the city is there completely or not at all.
 */
@Component
class DemoCitySeeder {
    /** The project office (项目办) that enters the projects: a dispatcher of the whole system. */
    static final CurrentUser OFFICE = new CurrentUser(0L, "demo", "演示数据", Set.of(Role.DISPATCHER), null, null);

    private final OrganisationService organisation;
    private final UserService users;
    private final ProjectService projects;
    private final ReportService reports;
    private final AppClock clock;
    private final TransactionTemplate tx;
    private final DemoProcedures procedures;
    private final DemoSuspensions suspensions;
    private final DemoPhotos photos;
    private final DemoInvestments investments;
    private final DemoTrips trips;
    private final DemoCampaigns campaigns;
    private final DemoFunds funds;
    private final DemoAssessments assessments;

    DemoCitySeeder(OrganisationService organisation, UserService users, ProjectService projects,
            ReportService reports, AppClock clock, PlatformTransactionManager transactions,
            DemoProcedures procedures, DemoSuspensions suspensions, DemoPhotos photos,
            DemoInvestments investments, DemoTrips trips, DemoCampaigns campaigns, DemoFunds funds,
            DemoAssessments assessments) {
        this.funds = funds;
        this.campaigns = campaigns;
        this.trips = trips;
        this.photos = photos;
        this.investments = investments;
        this.procedures = procedures;
        this.suspensions = suspensions;
        this.assessments = assessments;
        this.organisation = organisation;
        this.users = users;
        this.projects = projects;
        this.reports = reports;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What was written. */
    record Counts(int regions, int units, int leaders, int users, int projects, int reports) {
    }

    /** Seeds the whole city for the year of today; callers make sure the database is empty. */
    Counts seed() {
        Counts c = tx.execute(status -> write(clock.today()));
        // after the commit: the figures read the reports from other threads (analysis.MonthInputs)
        assessments.seed(clock.today());
        return c;
    }

    private Counts write(LocalDate today) {
        int regions = regions();
        Map<String, Unit> units = units();
        List<Leader> leaders = leaders();
        Map<String, CurrentUser> reporters = new HashMap<>();
        int accounts = accounts(units, reporters);

        int year = today.getYear();
        int projectCount = 0;
        int reportCount = 0;
        for (int i = 0; i < DemoCatalogue.PROJECTS.size(); i++) {
            ProjectSeed seed = DemoCatalogue.PROJECTS.get(i);
            Unit unit = units.get(seed.unitKey());
            if (unit == null) {
                throw new IllegalStateException("demo project " + seed.name() + ": no unit " + seed.unitKey());
            }
            ProjectDraw.Drawn d = ProjectDraw.draw(i, seed, DemoCatalogue.CITY_CODE.equals(unit.regionCode()), today);
            Long leaderId = d.leader() < 0 ? null : leaders.get(d.leader()).id();
            DemoRecords.Drawn rec = DemoRecords.draw(i, seed, unit.id(), d.totalInvestment(), units);
            Project p = projects.create(new ProjectInput(code(year, i), seed.name().replace("{Y}", String.valueOf(year)), year,
                    seed.category().name(), d.level().name(), DemoCatalogue.regionCode(seed.where()), unit.id(),
                    leaderId, d.totalInvestment(), d.annualPlan(), d.plannedStart(), d.actualStart(),
                    d.plannedCompletion(), d.monthlyPlan(), null, rec.owner(), rec.contact(), rec.cooperating(),
                    rec.content(), null, completedBefore(i, d, year), null, rec.funding()), OFFICE);
            projectCount++;
            // Each unit's reporter files its projects' reports, as in real life.
            CurrentUser reporter = reporters.getOrDefault(seed.unitKey(), OFFICE);
            for (ProjectDraw.MonthReport r : d.reports()) {
                reports.put(p.id(), new Period(year, r.month()).toString(),
                        new ReportInput(r.investment(), r.progress(), r.workersOnSite()), reporter);
                reportCount++;
            }
            // every ninth started project has site photos of its last three reported months
            if (i % 9 == 2 && d.reports().size() >= 3 && reporter != OFFICE) {
                photos.seed(p, year, d.reports().subList(d.reports().size() - 3, d.reports().size()).stream()
                        .map(ProjectDraw.MonthReport::month).toList(), reporter);
            }
        }
        procedures.seed(projects.ofYear(year), units, today);
        suspensions.seed(today);
        investments.seed(units, today);
        trips.seed(units, today);
        campaigns.seed(units, reporters, today);
        funds.seed(today);
        return new Counts(regions, units.size(), leaders.size(), accounts, projectCount, reportCount);
    }

    /** What a project started in an earlier year had completed before this one: a share of what is left. */
    private static java.math.BigDecimal completedBefore(int i, ProjectDraw.Drawn d, int year) {
        if (d.actualStart() == null || d.actualStart().getYear() >= year) {
            return null;
        }
        java.math.BigDecimal rest = d.totalInvestment().subtract(d.annualPlan());
        return rest.multiply(java.math.BigDecimal.valueOf(30 + (i * 11) % 40))
                .divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.DOWN);
    }

    /** The project code: QL2024-001, in catalogue order. */
    static String code(int year, int index) {
        return String.format("QL%d-%03d", year, index + 1);
    }

    /** 山东省 → 青岚市 → its counties and districts → their towns and sub-districts. */
    private int regions() {
        region(DemoCatalogue.PROVINCE_CODE, DemoCatalogue.PROVINCE_NAME, RegionLevel.PROVINCE, null);
        region(DemoCatalogue.CITY_CODE, DemoCatalogue.CITY_NAME, RegionLevel.CITY, DemoCatalogue.PROVINCE_CODE);
        int n = 2;
        for (County c : DemoCatalogue.COUNTIES) {
            region(c.code(), c.name(), RegionLevel.COUNTY, DemoCatalogue.CITY_CODE);
            n++;
            for (int t = 1; t <= c.towns().size(); t++) {
                region(c.townCode(t), c.towns().get(t - 1), RegionLevel.TOWN, c.code());
                n++;
            }
        }
        return n;
    }

    private void region(String code, String name, RegionLevel level, String parent) {
        organisation.createRegion(new OrganisationService.RegionInput(code, name, level.name(), parent));
    }

    /** The units, by their catalogue key. */
    private Map<String, Unit> units() {
        Map<String, Unit> out = new LinkedHashMap<>();
        for (UnitSeed u : DemoCatalogue.UNITS) {
            out.put(u.key(), organisation.createUnit(new OrganisationService.UnitInput(u.name(), u.kind().name(),
                    DemoCatalogue.regionCode(u.where()))));
        }
        return out;
    }

    private List<Leader> leaders() {
        return DemoCatalogue.LEADERS.stream()
                .map(l -> organisation.createLeader(new OrganisationService.LeaderInput(l.name(), l.title())))
                .toList();
    }

    /**
     * The fixed demo accounts and one reporter for every unit that leads projects; a username that already exists
     * is left as it is. Fills {@code reporters} with the reporter of each unit key. Returns how many were created.
     */
    private int accounts(Map<String, Unit> units, Map<String, CurrentUser> reporters) {
        List<Account> all = new ArrayList<>(DemoCatalogue.ACCOUNTS);
        Set<String> leading = new LinkedHashSet<>();
        DemoCatalogue.PROJECTS.forEach(p -> leading.add(p.unitKey()));
        for (UnitSeed u : DemoCatalogue.UNITS) {
            if (leading.contains(u.key()) && !u.key().equals(DemoCatalogue.README_REPORTER_UNIT)) {
                all.add(new Account(DemoCatalogue.reporterName(u.key()), u.name() + "填报员", Role.REPORTER, null,
                        u.key()));
            }
        }
        int created = 0;
        for (Account a : all) {
            if (users.exists(a.username())) {
                continue;
            }
            Long unitId = a.unitKey() == null ? null : units.get(a.unitKey()).id();
            UserService.UserView v = users.createDemoAccount(new UserService.UserInput(a.username(),
                    DemoCatalogue.PASSWORD,
                    a.displayName(), List.of(a.role().name()), unitId, a.regionCode(), true));
            created++;
            if (a.unitKey() != null) {
                reporters.put(a.unitKey(), new CurrentUser(v.id(), v.username(), v.displayName(), v.roles(),
                        v.unitId(), v.regionCode()));
            }
        }
        return created;
    }
}
