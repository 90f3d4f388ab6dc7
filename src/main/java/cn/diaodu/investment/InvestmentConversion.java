package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.ConflictException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionLevel;
import cn.diaodu.project.Category;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectInput;
import cn.diaodu.project.ProjectLevel;
import cn.diaodu.project.ProjectService;

/**
 * 转为重点项目 (CONTRACT §12): a lead signed or later becomes a key project of the ledger in one step, through
 * {@link ProjectService#createFromPipeline}, with what the lead already knows — name, region, lead unit (the
 * responsible unit), total investment (the signed amount, else the planned one), owner (the investor), actual start
 * (the STARTED date) — and the two are linked both ways ({@code investment.project_id}; the project's page shows
 * "来自招商项目"). The lead's row is claimed first by a conditional update ({@code project_id is null}), so that of two
 * concurrent conversions the second waits and answers 409 with the first one's project; the unique key on
 * {@code project_id} holds the rest.
 */
@Service
public class InvestmentConversion {
    /** What the answer carries: the project's id (also as {@code id}: the created object) and the lead's. */
    public record Conversion(long id, long projectId, long investmentId, Project project) {
    }

    private final InvestmentService investments;
    private final InvestmentStore store;
    private final InvestmentAccess access;
    private final ProjectService projects;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    InvestmentConversion(InvestmentService investments, InvestmentStore store, InvestmentAccess access,
            ProjectService projects, OrganisationService organisation, ApplicationEventPublisher events,
            AppClock clock) {
        this.investments = investments;
        this.store = store;
        this.access = access;
        this.projects = projects;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Conversion convert(long id, ConvertInput in, CurrentUser user) {
        ConvertInput input = in == null ? ConvertInput.NONE : in;
        InvestmentStore.Row r = investments.existing(id);
        Investment before = store.assemble(r);
        access.requireWrite(user, before);
        if (r.projectId() != null) {
            throw new ProjectExists(r.projectId());
        }
        if (!InvestmentAction.CONVERT.allows(r.stage())) {
            throw new ConflictException("investment.error.convert-not-signed", r.stage().name());
        }
        int claimed = store.jdbc().sql("update investment set version = version + 1 where id = ? and "
                + "project_id is null and " + InvestmentAction.CONVERT.whereFrom()).param(id).update();
        if (claimed == 0) {
            InvestmentStore.Row now = investments.existing(id);
            if (now.projectId() != null) {
                throw new ProjectExists(now.projectId());
            }
            throw new ConflictException("investment.error.changed-meanwhile");
        }
        Project p = projects.createFromPipeline(projectInput(before, input), user, "INVESTMENT " + id);
        store.jdbc().sql("update investment set project_id = ? where id = ?").params(p.id(), id).update();
        store.event(id, "PROJECT", clock.today(), null, null, p.code() + " " + p.name(), user.username(),
                clock.now());
        Investment after = store.assemble(investments.existing(id));
        events.publishEvent(new InvestmentConverted(before.state(), after.state(), p.code()));
        return new Conversion(p.id(), p.id(), id, p);
    }

    /** The key project's fields: the lead's own, the body's overrides, the defaults of {@link ConvertInput}. */
    ProjectInput projectInput(Investment i, ConvertInput in) {
        BigDecimal total = i.totalForProject();
        int year = in.year() != null ? in.year() : clock.today().getYear();
        String category = Checks.blankToNull(in.category()) != null ? in.category() : Category.INDUSTRY.name();
        String level = Checks.blankToNull(in.level()) != null ? in.level() : defaultLevel(i.regionCode()).name();
        BigDecimal annualPlan = in.annualPlan() != null ? in.annualPlan() : total;
        LocalDate started = i.stages().get(InvestmentStage.STARTED);
        return new ProjectInput(in.code(), i.name(), year, category, level, i.regionCode(), i.responsibleUnitId(),
                in.leaderId(), total, annualPlan, null, started, null, null, null, i.investor(), null, null, null,
                null, null, null, null);
    }

    /** A lead placed on a county, or below it, gives a county-level key project; else a city-level one. */
    private ProjectLevel defaultLevel(String regionCode) {
        Region r = organisation.region(regionCode).orElse(null);
        if (r == null) {
            return ProjectLevel.CITY;
        }
        return r.level() == RegionLevel.PROVINCE || r.level() == RegionLevel.CITY ? ProjectLevel.CITY
                : ProjectLevel.COUNTY;
    }
}
