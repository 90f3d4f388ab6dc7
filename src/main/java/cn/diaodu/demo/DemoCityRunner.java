package cn.diaodu.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * CONTRACT §1 "demo data": on start, seeds the demo city into an empty database when {@code DIAODU_DEMO} (property
 * {@code diaodu.demo}) is {@code true}, or is unset and the database is the embedded H2 one. Runs after the first
 * administrator ({@code @Order(0)}), which may already exist: empty means no region and no project.
 */
@Component
@Order(10)
class DemoCityRunner implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(DemoCityRunner.class);

    private final DemoCitySeeder seeder;
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final AppClock clock;
    private final String demo;
    private final String datasourceUrl;

    DemoCityRunner(DemoCitySeeder seeder, OrganisationService organisation, ProjectService projects, AppClock clock,
            @Value("${diaodu.demo:}") String demo, @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.seeder = seeder;
        this.organisation = organisation;
        this.projects = projects;
        this.clock = clock;
        this.demo = demo;
        this.datasourceUrl = datasourceUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        seedIfWanted();
    }

    /** Seeds the demo city when wanted and the database is empty; returns whether it did. */
    boolean seedIfWanted() {
        if (!wanted(demo, datasourceUrl)) {
            return false;
        }
        if (!databaseEmpty()) {
            if (demo != null && !demo.isBlank()) {
                log.info("Demo city not seeded: DIAODU_DEMO=true but the database already holds regions or projects");
            } else {
                log.debug("Demo city not seeded: the database is not empty");
            }
            return false;
        }
        log.info("Demo city: seeding {} ({}) into the empty database for {}", DemoCatalogue.CITY_NAME,
                DemoCatalogue.CITY_CODE, clock.today());
        long started = System.nanoTime();
        DemoCitySeeder.Counts c;
        try {
            c = seeder.seed();
        } catch (RuntimeException e) {
            if (!databaseEmpty()) {
                // Another instance on the same database seeded it first; ours was rolled back.
                log.warn("Demo city not seeded: another instance filled the database meanwhile ({})", e.toString());
                return false;
            }
            throw e;
        }
        log.info("Demo city seeded in {} ms: {} regions, {} units, {} leaders, {} projects, {} monthly reports, "
                + "{} users (password {})", (System.nanoTime() - started) / 1_000_000, c.regions(), c.units(),
                c.leaders(), c.projects(), c.reports(), c.users(), DemoCatalogue.PASSWORD);
        return true;
    }

    /** No region and no project yet (users, such as the first administrator, may exist). */
    private boolean databaseEmpty() {
        return organisation.regionTree().all().isEmpty()
                && projects.list(ProjectFilter.ofYear(null), DemoCitySeeder.OFFICE).isEmpty();
    }

    /**
     * Whether the demo city is wanted: {@code DIAODU_DEMO=true} yes, {@code false} no, unset or blank only on the
     * embedded H2 database ({@code jdbc:h2:}), not on PostgreSQL.
     *
     * @throws IllegalStateException when DIAODU_DEMO is set to anything else
     */
    static boolean wanted(String demo, String datasourceUrl) {
        String v = demo == null ? "" : demo.trim();
        if (v.isEmpty()) {
            return datasourceUrl != null && datasourceUrl.trim().startsWith("jdbc:h2:");
        }
        if (v.equalsIgnoreCase("true")) {
            return true;
        }
        if (v.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalStateException("DIAODU_DEMO must be true or false, was: " + demo);
    }
}
