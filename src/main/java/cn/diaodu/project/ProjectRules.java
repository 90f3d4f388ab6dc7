package cn.diaodu.project;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.FieldError;
import cn.diaodu.organisation.OrganisationService;

/** Every rule of CONTRACT §5 and §11 on a project's body, checked at once: 422 with all refused fields. */
@Component
class ProjectRules {
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{3,30}");

    private final JdbcClient jdbc;
    private final OrganisationService organisation;

    ProjectRules(JdbcClient jdbc, OrganisationService organisation) {
        this.jdbc = jdbc;
        this.organisation = organisation;
    }

    void validate(ProjectInput in, Project existing) {
        List<FieldError> errors = new ArrayList<>();
        code(in, existing, errors);
        requireText(in.name(), "name", 200, errors);
        if (in.year() == null) {
            errors.add(new FieldError("year", "project.error.required"));
        } else if (in.year() < 2000 || in.year() > 2100) {
            errors.add(new FieldError("year", "project.error.year-must-2000-2100"));
        }
        parseEnum(Category.class, in.category(), "category", errors);
        parseEnum(ProjectLevel.class, in.level(), "level", errors);
        if (blankToNull(in.regionCode()) == null) {
            errors.add(new FieldError("regionCode", "project.error.required"));
        } else if (organisation.region(in.regionCode().trim()).isEmpty()) {
            errors.add(new FieldError("regionCode", "project.error.unknown-region"));
        }
        if (in.leadUnitId() == null) {
            errors.add(new FieldError("leadUnitId", "project.error.required"));
        } else if (organisation.unit(in.leadUnitId()).isEmpty()) {
            errors.add(new FieldError("leadUnitId", "project.error.unknown-unit"));
        }
        if (in.leaderId() != null && organisation.leader(in.leaderId()).isEmpty()) {
            errors.add(new FieldError("leaderId", "project.error.unknown-leader"));
        }
        int before = errors.size();
        money(in.totalInvestment(), "totalInvestment", true, errors);
        money(in.annualPlan(), "annualPlan", true, errors);
        if (errors.size() == before && in.annualPlan().compareTo(in.totalInvestment()) > 0) {
            errors.add(new FieldError("annualPlan", "project.error.annual-plan-exceeds-total"));
        }
        if (in.plannedStart() != null && in.plannedCompletion() != null
                && in.plannedCompletion().isBefore(in.plannedStart())) {
            errors.add(new FieldError("plannedCompletion", "project.error.completion-before-start"));
        }
        if (in.monthlyPlan() != null) {
            validatePlan(in.monthlyPlan(), in.annualPlan(), errors);
        }
        record(in, existing, errors);
        if (existing != null && in.version() == null) {
            errors.add(new FieldError("version", "project.error.required"));
        }
        throwIfAny(errors);
    }

    private void code(ProjectInput in, Project existing, List<FieldError> errors) {
        if (blankToNull(in.code()) == null) {
            return;
        }
        String code = in.code().trim();
        if (code.length() > 32) {
            errors.add(new FieldError("code", "project.error.most-32-characters"));
        } else if (code.startsWith("TMP-")) {
            errors.add(new FieldError("code", "project.error.code-must-not-start-tmp"));
        } else {
            Optional<Long> holder = jdbc.sql("select id from project where code = ?").param(code)
                    .query(Long.class).optional();
            if (holder.isPresent() && (existing == null || holder.get() != existing.id())) {
                errors.add(new FieldError("code", "project.error.code-already-exists"));
            }
        }
    }

    /** The fields of §11: owner, contact, cooperating units, content, completion, earlier years and funding. */
    private void record(ProjectInput in, Project existing, List<FieldError> errors) {
        maxLength(in.ownerName(), "ownerName", 200, errors);
        maxLength(in.content(), "content", 2000, errors);
        if (in.contact() != null) {
            maxLength(in.contact().name(), "contact.name", 50, errors);
            String phone = blankToNull(in.contact().phone());
            if (phone != null && !PHONE.matcher(phone).matches()) {
                errors.add(new FieldError("contact.phone", "project.error.phone"));
            }
        }
        cooperating(in, errors);
        if (in.actualCompletion() != null) {
            if (in.actualStart() == null) {
                errors.add(new FieldError("actualCompletion", "project.error.completed-not-started"));
            } else if (in.actualCompletion().isBefore(in.actualStart())) {
                errors.add(new FieldError("actualCompletion", "project.error.completion-before-actual-start"));
            }
        }
        if (in.completedBefore() != null) {
            int before = errors.size();
            money(in.completedBefore(), "completedBefore", false, errors);
            if (errors.size() == before && in.totalInvestment() != null
                    && in.completedBefore().compareTo(in.totalInvestment()) > 0) {
                errors.add(new FieldError("completedBefore", "project.error.completed-before-exceeds-total"));
            }
        }
        if (in.continuedFrom() != null) {
            Integer year = jdbc.sql("select plan_year from project where id = ?").param(in.continuedFrom())
                    .query(Integer.class).optional().orElse(null);
            if (year == null || (existing != null && in.continuedFrom() == existing.id())) {
                errors.add(new FieldError("continuedFrom", "project.error.unknown-project"));
            } else if (in.year() != null && year >= in.year()) {
                errors.add(new FieldError("continuedFrom", "project.error.continued-from-earlier-year"));
            }
        }
        funding(in, errors);
    }

    private void cooperating(ProjectInput in, List<FieldError> errors) {
        if (in.cooperatingUnitIds() == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < in.cooperatingUnitIds().size(); i++) {
            Long id = in.cooperatingUnitIds().get(i);
            String field = "cooperatingUnitIds[" + i + "]";
            if (id == null || organisation.unit(id).isEmpty()) {
                errors.add(new FieldError(field, "project.error.unknown-unit"));
            } else if (id.equals(in.leadUnitId())) {
                errors.add(new FieldError(field, "project.error.cooperating-is-lead"));
            } else if (!seen.add(id)) {
                errors.add(new FieldError(field, "project.error.cooperating-twice"));
            }
        }
    }

    private static void funding(ProjectInput in, List<FieldError> errors) {
        if (in.funding() == null) {
            return;
        }
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int i = 0; i < in.funding().size(); i++) {
            FundingLine line = in.funding().get(i);
            String field = "funding[" + i + "]";
            if (line == null) {
                errors.add(new FieldError(field, "common.error.required"));
                sumKnown = false;
                continue;
            }
            FundingSource source = parseEnum(FundingSource.class, line.source(), field + ".source", errors);
            if (source != null && !seen.add(source.name())) {
                errors.add(new FieldError(field + ".source", "project.error.funding-source-twice"));
            }
            int before = errors.size();
            money(line.planned(), field + ".planned", false, errors);
            if (line.inPlace() != null) {
                money(line.inPlace(), field + ".inPlace", false, errors);
            }
            if (errors.size() > before) {
                sumKnown = false;
            } else {
                sum = sum.add(line.planned());
            }
        }
        if (sumKnown && in.totalInvestment() != null && sum.compareTo(in.totalInvestment()) > 0) {
            errors.add(FieldError.of("funding", "project.error.funding-exceeds-total", sum.toPlainString(),
                    in.totalInvestment().toPlainString()));
        }
    }

    private static void validatePlan(List<BigDecimal> plan, BigDecimal annualPlan, List<FieldError> errors) {
        if (plan.size() != 12) {
            errors.add(new FieldError("monthlyPlan", "project.error.monthly-plan-needs-12-months"));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int m = 0; m < 12; m++) {
            BigDecimal v = plan.get(m);
            String field = "monthlyPlan[" + m + "]";
            int before = errors.size();
            money(v, field, false, errors);
            if (errors.size() > before) {
                return;
            }
            sum = sum.add(v);
        }
        if (annualPlan != null && sum.compareTo(annualPlan) != 0) {
            errors.add(FieldError.of("monthlyPlan", "project.error.months-sum", sum.toPlainString(), annualPlan.toPlainString()));
        }
    }
}
