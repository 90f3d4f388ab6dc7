package cn.diaodu.assessment;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.analysis.AnalysisService;
import cn.diaodu.common.AppClock;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;

/**
 * Rounds of assessment (CONTRACT §14): created by a dispatcher or supervisor (the organiser), read by dispatchers,
 * supervisors and leaders whose region covers the round's; copied from an earlier round (a scheme taken over from
 * last year's). Checks in the order 404, 403, 422; nothing is written unless the whole round is valid.
 */
@Service
public class AssessmentService {
    static final int MAX_INDICATORS = 30;

    private final AssessmentStore store;
    private final RuleKinds rules;
    private final Sources sources;
    private final OrganisationService organisation;
    private final AnalysisService analysis;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    public AssessmentService(AssessmentStore store, RuleKinds rules, Sources sources,
            OrganisationService organisation, AnalysisService analysis, ApplicationEventPublisher events,
            AppClock clock) {
        this.store = store;
        this.rules = rules;
        this.sources = sources;
        this.organisation = organisation;
        this.analysis = analysis;
        this.events = events;
        this.clock = clock;
    }

    // ---- who may do what -----------------------------------------------------------------------------------

    /** Creates rounds, vetoes, publishes: a dispatcher or a supervisor. */
    public static boolean organises(CurrentUser u) {
        return u.hasAny(Role.DISPATCHER, Role.SUPERVISOR);
    }

    /** Enters manual scores: a leader, dispatcher or supervisor. */
    public static boolean assesses(CurrentUser u) {
        return u.hasAny(Role.LEADER, Role.DISPATCHER, Role.SUPERVISOR);
    }

    /** Sees every assessor's scores of the round: its creator and the dispatchers. */
    public static boolean seesAllScores(CurrentUser u, Assessment a) {
        return u.has(Role.DISPATCHER) || u.username().equals(a.createdBy());
    }

    boolean reads(CurrentUser u, Assessment a) {
        return assesses(u) && (u.regionCode() == null
                || (a.regionCode() != null && organisation.regionTree().covers(u.regionCode(), a.regionCode())));
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The round for whoever reads it: 404 when unknown, 403 outside the reader's roles or region. */
    public Assessment get(long id, CurrentUser user) {
        Assessment a = store.find(id).orElseThrow(() -> new NotFoundException("assessment " + id));
        if (!reads(user, a)) {
            throw new ForbiddenException("assessment " + id);
        }
        return a;
    }

    /** The rounds the user reads, newest first. */
    public List<Assessment> list(CurrentUser user) {
        if (!assesses(user)) {
            throw new ForbiddenException("assessments");
        }
        return store.all().stream().filter(a -> reads(user, a)).toList();
    }

    /** What the sources of a round read: its subjects and their summary figures, with the round's scope. */
    RoundScope scope(Assessment a) {
        CurrentUser viewer = new CurrentUser(0, "assessment", "assessment", Set.of(Role.DISPATCHER), null,
                a.regionCode());
        var summary = analysis.summary(new AnalysisService.Month(a.year(), a.month()), a.subject().groupBy(),
                a.regionCode(), viewer);
        return new RoundScope(a.year(), a.month(), a.subject(), a.regionCode(), organisation.regionTree(), viewer,
                summary);
    }

    // ---- creating ------------------------------------------------------------------------------------------

    @Transactional
    public Assessment create(AssessmentInput in, CurrentUser user) {
        if (!organises(user)) {
            throw new ForbiddenException("create assessment");
        }
        AssessmentInput input = in == null ? new AssessmentInput(null, null, null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        String name = name(input.name(), errors);
        checkPeriod(input.year(), input.month(), errors);
        SubjectKind kind = parseEnum(SubjectKind.class, input.subject(), "subject", errors);
        String region = region(input.regionCode(), user, errors);
        List<Indicator> indicators = indicators(input.indicators(), errors);
        throwIfAny(errors);
        long id = store.insert(name, input.year(), input.month(), kind, region, null, indicators, user.username(),
                clock.now());
        Assessment a = store.find(id).orElseThrow();
        events.publishEvent(new AssessmentCreated(a.id(), a.name(), a.year(), a.month(), a.subject().name(),
                a.indicators().size(), null));
        return a;
    }

    /** A new round with the scheme (subject kind, region, indicators) of an earlier one, for another year or month. */
    @Transactional
    public Assessment copy(long id, AssessmentInput.CopyInput in, CurrentUser user) {
        Assessment from = get(id, user);
        if (!organises(user)) {
            throw new ForbiddenException("copy assessment");
        }
        AssessmentInput.CopyInput input = in == null ? new AssessmentInput.CopyInput(null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        checkPeriod(input.year(), input.month(), errors);
        String name = blankToNull(input.name()) == null ? null : name(input.name(), errors);
        throwIfAny(errors);
        if (name == null) {
            name = renamed(from.name(), from.year(), input.year());
        }
        long newId = store.insert(name, input.year(), input.month(), from.subject(), from.regionCode(), from.id(),
                from.indicators(), user.username(), clock.now());
        Assessment a = store.find(newId).orElseThrow();
        events.publishEvent(new AssessmentCreated(a.id(), a.name(), a.year(), a.month(), a.subject().name(),
                a.indicators().size(), from.id()));
        return a;
    }

    /** The copied round's name: the old year replaced by the new one where it appears, else the name as it was. */
    static String renamed(String name, int oldYear, int newYear) {
        String n = name.replace(String.valueOf(oldYear), String.valueOf(newYear));
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private static String name(String name, List<FieldError> errors) {
        requireText(name, "name", 200, errors);
        InputText.check(name, "name", errors);
        return name == null ? null : name.strip();
    }

    private static void checkPeriod(Integer year, Integer month, List<FieldError> errors) {
        if (year == null) {
            errors.add(new FieldError("year", "common.error.required"));
        } else if (year < 2000 || year > 2100) {
            errors.add(new FieldError("year", "analysis.error.year-must-2000-2100"));
        }
        if (month == null) {
            errors.add(new FieldError("month", "common.error.required"));
        } else if (month < 1 || month > 12) {
            errors.add(new FieldError("month", "analysis.error.month-must-1-12"));
        }
    }

    /** The region the round is taken at: the one given (within the caller's scope), else the caller's, else the top. */
    private String region(String regionCode, CurrentUser user, List<FieldError> errors) {
        RegionTree tree = organisation.regionTree();
        String code = blankToNull(regionCode);
        if (code == null) {
            return user.regionCode() != null ? user.regionCode()
                    : tree.roots().size() == 1 ? tree.roots().get(0).code() : null;
        }
        if (!tree.contains(code)) {
            errors.add(new FieldError("regionCode", "analysis.error.unknown-region"));
            return null;
        }
        if (!tree.covers(user.regionCode(), code)) {
            throw new ForbiddenException("region " + code);
        }
        return code;
    }

    private List<Indicator> indicators(List<AssessmentInput.IndicatorInput> in, List<FieldError> errors) {
        List<Indicator> out = new ArrayList<>();
        if (in == null || in.isEmpty()) {
            errors.add(new FieldError("indicators", "assessment.error.no-indicators"));
            return out;
        }
        if (in.size() > MAX_INDICATORS) {
            errors.add(FieldError.of("indicators", "assessment.error.too-many-indicators", MAX_INDICATORS));
            return out;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < in.size(); i++) {
            String f = "indicators[" + i + "]";
            AssessmentInput.IndicatorInput x = in.get(i);
            if (x == null) {
                errors.add(new FieldError(f, "common.error.required"));
                continue;
            }
            int before = errors.size();
            requireText(x.code(), f + ".code", 32, errors);
            InputText.check(x.code(), f + ".code", errors);
            if (x.code() != null && !x.code().isBlank() && !codes.add(x.code().strip())) {
                errors.add(FieldError.of(f + ".code", "assessment.error.duplicate-code", x.code().strip()));
            }
            requireText(x.name(), f + ".name", 100, errors);
            InputText.check(x.name(), f + ".name", errors);
            weight(x.weight(), f + ".weight", errors);
            if (blankToNull(x.source()) == null) {
                errors.add(new FieldError(f + ".source", "common.error.required"));
            } else if (!sources.isKnown(x.source().strip())) {
                errors.add(FieldError.of(f + ".source", "common.error.unknown-value", x.source()));
            }
            Rule rule = rules.read(x.rule(), f + ".rule", errors);
            if (rule != null && x.source() != null && rule.manual() != Sources.MANUAL.equals(x.source().strip())) {
                errors.add(new FieldError(f + ".rule", "assessment.error.manual-rule"));
            }
            if (errors.size() == before) {
                out.add(new Indicator(x.code().strip(), x.name().strip(), Scoring.plain(x.weight()),
                        x.source().strip(), rule));
            }
        }
        return out;
    }

    private static void weight(BigDecimal w, String field, List<FieldError> errors) {
        if (w == null) {
            errors.add(new FieldError(field, "common.error.required"));
        } else if (w.signum() <= 0) {
            errors.add(new FieldError(field, "common.error.must-greater-than-0"));
        } else if (w.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(field, "assessment.error.weight-decimals"));
        } else if (w.compareTo(new BigDecimal("10000")) > 0) {
            errors.add(new FieldError(field, "common.error.too-large"));
        }
    }
}
