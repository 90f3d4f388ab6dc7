package cn.diaodu.onboarding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.Money;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectInput;
import cn.diaodu.project.ProjectService;
import cn.diaodu.reporting.ReportService;

/**
 * The year's rollover (续建): next year's projects from this year's continuing ones (not completed by the end of the
 * year), each carrying the record, with completedBefore = the earlier years' amount + what the monthly reports of
 * the year completed, continuedFrom = last year's project, and the annual plan = what remains (at least 0.01) or the
 * dispatcher's figure; no monthly plan. A project already continued is skipped, so running it again creates nothing.
 * Every project is created through {@link ProjectService#create}, in one transaction.
 */
@Service
public class Rollover {
    private static final BigDecimal MIN_PLAN = new BigDecimal("0.01");

    private final ProjectService projects;
    private final ReportService reports;

    Rollover(ProjectService projects, ReportService reports) {
        this.projects = projects;
        this.reports = reports;
    }

    /** The body of POST /api/projects/rollover. */
    public record Request(Integer fromYear, Integer toYear, List<Long> projectIds, Map<Long, BigDecimal> annualPlans) {
    }

    /** A continuing project of the year, with what the rollover would carry and whether it was carried already. */
    public record Candidate(long id, String code, String name, BigDecimal totalInvestment,
            BigDecimal completedBefore, BigDecimal completedInYear, BigDecimal carriedBefore, BigDecimal remaining,
            boolean rolledOver) {
    }

    public record Outcome(int created, int skipped) {
    }

    /** The continuing projects of {@code fromYear} in the dispatcher's scope, ordered by code. */
    public List<Candidate> candidates(Integer fromYear, CurrentUser user) {
        ProjectImport.requireDispatcher(user);
        if (fromYear == null || fromYear < 2000 || fromYear > 2099) {
            throw ValidationException.of("fromYear", "project.error.year-must-2000-2100");
        }
        List<Project> year = projects.list(ProjectFilter.ofYear(fromYear), user);
        Map<Long, BigDecimal> completed = reports.completedThrough(fromYear, 12);
        Set<Long> continued = continuedIn(fromYear + 1);
        LocalDate end = LocalDate.of(fromYear, 12, 31);
        List<Candidate> out = new ArrayList<>();
        for (Project p : year) {
            if (p.actualCompletion() != null && !p.actualCompletion().isAfter(end)) {
                continue;
            }
            BigDecimal earlier = p.completedBefore() == null ? BigDecimal.ZERO : p.completedBefore();
            BigDecimal inYear = completed.getOrDefault(p.id(), BigDecimal.ZERO);
            BigDecimal carried = Money.of(earlier.add(inYear));
            BigDecimal remaining = p.totalInvestment().subtract(carried);
            out.add(new Candidate(p.id(), p.code(), p.name(), p.totalInvestment(), Money.of(earlier),
                    Money.of(inYear), carried, Money.of(remaining.compareTo(MIN_PLAN) < 0 ? MIN_PLAN : remaining),
                    continued.contains(p.id())));
        }
        return out;
    }

    private Set<Long> continuedIn(int year) {
        Set<Long> out = new HashSet<>();
        projects.ofYear(year).forEach(p -> {
            if (p.continuedFrom() != null) {
                out.add(p.continuedFrom());
            }
        });
        return out;
    }

    @Transactional
    public Outcome roll(Request in, CurrentUser user) {
        ProjectImport.requireDispatcher(user);
        Request r = in == null ? new Request(null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        if (r.fromYear() == null) {
            errors.add(new FieldError("fromYear", "common.error.required"));
        }
        if (r.toYear() == null) {
            errors.add(new FieldError("toYear", "common.error.required"));
        } else if (r.fromYear() != null && r.toYear() != r.fromYear() + 1) {
            errors.add(new FieldError("toYear", "onboarding.error.to-year-next"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        List<Candidate> candidates = candidates(r.fromYear(), user);
        List<Candidate> chosen = chosen(candidates, r, errors);
        Map<Long, BigDecimal> plans = r.annualPlans() == null ? Map.of() : r.annualPlans();
        plans.forEach((id, plan) -> {
            if (plan == null || plan.signum() <= 0 || Money.tooPrecise(plan)) {
                errors.add(new FieldError("annualPlans[" + id + "]", "onboarding.error.plan-positive"));
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Map<Long, Project> old = projects.byIds(chosen.stream().map(Candidate::id).toList());
        int created = 0;
        int skipped = 0;
        for (Candidate c : chosen) {
            if (c.rolledOver()) {
                skipped++;
                continue;
            }
            Project p = old.get(c.id());
            BigDecimal plan = plans.getOrDefault(c.id(), c.remaining());
            try {
                projects.create(next(p, r.toYear(), c.carriedBefore(), plan), user);
                created++;
            } catch (ValidationException e) {
                e.errors().forEach(f -> errors.add(FieldError.of("projects[" + c.id() + "]." + f.field(), f.key(),
                        f.args().toArray())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Outcome(created, skipped);
    }

    /** The candidates the request names (every one when it names none); 422 for an id that is not one. */
    private static List<Candidate> chosen(List<Candidate> candidates, Request r, List<FieldError> errors) {
        if (r.projectIds() == null) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < r.projectIds().size(); i++) {
            Long id = r.projectIds().get(i);
            Candidate c = candidates.stream().filter(x -> id != null && x.id() == id).findFirst().orElse(null);
            if (c == null) {
                errors.add(new FieldError("projectIds[" + i + "]", "onboarding.error.not-continuing"));
            } else if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static ProjectInput next(Project p, int year, BigDecimal completedBefore, BigDecimal plan) {
        return new ProjectInput(null, p.name(), year, p.category().name(), p.level().name(), p.regionCode(),
                p.leadUnitId(), p.leaderId(), p.totalInvestment(), plan, p.plannedStart(), p.actualStart(),
                p.plannedCompletion(), null, null, p.ownerName(), p.contact(), p.cooperatingUnitIds(), p.content(),
                p.actualCompletion(), completedBefore, p.id(), p.funding());
    }
}
