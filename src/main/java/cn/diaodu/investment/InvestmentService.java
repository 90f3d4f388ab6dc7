package cn.diaodu.investment;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Money;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectService;

/**
 * The attraction pipeline's writes (CONTRACT §12): a new lead, an advance by one or more stages, its loss, funds in
 * place, notes. Checks in the order 404, 403, 422 (the fields), 409 (the stage, {@link InvestmentAction}), 422 (the
 * dates against the lead's); each change is one conditional write, audited and published.
 */
@Service
public class InvestmentService {
    private final InvestmentStore store;
    private final InvestmentAccess access;
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final ProjectAccess projectAccess;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    InvestmentService(InvestmentStore store, InvestmentAccess access, OrganisationService organisation,
            ProjectService projects, ProjectAccess projectAccess, ApplicationEventPublisher events, AppClock clock) {
        this.store = store;
        this.access = access;
        this.organisation = organisation;
        this.projects = projects;
        this.projectAccess = projectAccess;
        this.events = events;
        this.clock = clock;
    }

    InvestmentStore.Row existing(long id) {
        return store.row(id).orElseThrow(() -> new NotFoundException("investment " + id));
    }

    /** The lead with its funds and timeline, for whoever reads it (404, 403). */
    public Investment get(long id, CurrentUser user) {
        Investment i = store.assemble(existing(id));
        access.requireRead(user, i);
        return i.withDetail(store.funds(List.of(id)).getOrDefault(id, List.of()), store.timeline(id));
    }

    @Transactional
    public Investment create(InvestmentInput in, CurrentUser user) {
        if (!InvestmentAccess.writes(user)) {
            throw new ForbiddenException("only the project and attraction offices enter leads");
        }
        InvestmentInput input = in == null
                ? new InvestmentInput(null, null, null, null, null, null, null, null, null, null) : in;
        LocalDate today = clock.today();
        throwIfAny(InvestmentRules.ofNew(input, today, organisation));
        String region = input.regionCode().trim();
        if (!access.mayWrite(user, region)) {
            throw new ForbiddenException("region " + region + " is outside the user's scope");
        }
        LocalDate date = input.date() == null ? today : input.date();
        OffsetDateTime now = clock.now();
        long id = Db.insert(store.jdbc().sql("insert into investment(name, investor, origin, industry, "
                + "planned_investment, region_code, responsible_unit_id, negotiator, informant, lead_date, stage, "
                + "stage_date, created_by, created_at, version) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")
                .params(input.name().trim(), input.investor().trim(), input.origin().trim(),
                        blankToNull(input.industry()), Money.of(input.plannedInvestment()), region,
                        input.responsibleUnitId(), blankToNull(input.negotiator()), blankToNull(input.informant()),
                        date, InvestmentStage.LEAD.name(), date, user.username(), now));
        store.stage(id, InvestmentStage.LEAD, date);
        store.event(id, "CREATED", date, InvestmentStage.LEAD, null, null, user.username(), now);
        Investment created = store.assemble(existing(id));
        events.publishEvent(new InvestmentCreated(null, created.state(), null));
        return created;
    }

    @Transactional
    public Investment advance(long id, AdvanceInput in, CurrentUser user) {
        AdvanceInput input = in == null ? new AdvanceInput(null, null, null, null, null, null, null, null, null) : in;
        InvestmentStore.Row r = existing(id);
        Investment before = store.assemble(r);
        access.requireWrite(user, before);
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>();
        InvestmentStage target = parseEnum(InvestmentStage.class, input.stage(), "stage", errors);
        if (target == InvestmentStage.LOST) {
            errors.add(new FieldError("stage", "investment.error.lose-instead"));
            target = null;
        }
        InvestmentRules.requiredDate(input.date(), "date", today, errors);
        InvestmentRules.optionalText(input.registration(), "registration", InvestmentRules.MAX_TEXT, errors);
        InvestmentRules.optionalText(input.site(), "site", InvestmentRules.MAX_TEXT, errors);
        InvestmentRules.optionalText(input.note(), "note", InvestmentRules.MAX_NOTE, errors);
        Agreement agreement = blankToNull(input.agreement()) == null ? null
                : parseEnum(Agreement.class, input.agreement(), "agreement", errors);
        throwIfAny(errors);
        checkVersion(r, input.version());
        if (!InvestmentAction.mayAdvance(r.stage(), target)) {
            throw new ConflictException("investment.error.not-forward", r.stage().name(), target.name());
        }
        if (input.date().isBefore(r.stageDate())) {
            errors.add(FieldError.of("date", "investment.error.before-stage", r.stageDate().toString()));
        }
        boolean signs = !r.stage().atLeast(InvestmentStage.SIGNED) && target.atLeast(InvestmentStage.SIGNED);
        if (signs) {
            money(input.signedAmount(), "signedAmount", true, errors);
        }
        Project linked = input.projectId() == null ? null : linkable(r, input.projectId(), user, errors);
        throwIfAny(errors);
        boolean lands = !r.stage().atLeast(InvestmentStage.LANDED) && target.atLeast(InvestmentStage.LANDED);
        OffsetDateTime now = clock.now();
        int updated;
        try {
            updated = store.jdbc().sql("update investment set stage = ?, stage_date = ?, agreement = ?, "
                    + "signed_amount = ?, registration = ?, site = ?, project_id = ?, version = version + 1 "
                    + "where id = ? and version = ? and " + InvestmentAction.ADVANCE.whereFrom())
                    .params(target.name(), input.date(), name(signs ? agreement : r.agreement()),
                            signs ? Money.of(input.signedAmount()) : r.signedAmount(),
                            lands ? blankToNull(input.registration()) : r.registration(),
                            lands ? blankToNull(input.site()) : r.site(),
                            linked != null ? (Long) linked.id() : r.projectId(), id, r.version())
                    .update();
        } catch (DuplicateKeyException taken) {
            throw new ConflictException("investment.error.project-linked-elsewhere");
        }
        requireWritten(r, updated);
        for (InvestmentStage s : InvestmentStage.between(r.stage(), target)) {
            store.stage(id, s, input.date());
        }
        store.event(id, "ADVANCED", input.date(), target, signs ? Money.of(input.signedAmount()) : null,
                blankToNull(input.note()), user.username(), now);
        if (linked != null) {
            store.event(id, "PROJECT", input.date(), null, null, linked.code() + " " + linked.name(),
                    user.username(), now);
        }
        Investment after = store.assemble(existing(id));
        events.publishEvent(new InvestmentAdvanced(before.state(), after.state(), blankToNull(input.note())));
        return after;
    }

    /** The key project an advance links: known (422), read by the user (403), not yet linked (409). */
    private Project linkable(InvestmentStore.Row r, long projectId, CurrentUser user, List<FieldError> errors) {
        if (r.projectId() != null) {
            throw new ProjectExists(r.projectId());
        }
        Project p = projects.find(projectId).orElse(null);
        if (p == null) {
            errors.add(FieldError.of("projectId", "investment.error.unknown-project", String.valueOf(projectId)));
            return null;
        }
        if (!projectAccess.canRead(user, p)) {
            throw new ForbiddenException("project " + projectId);
        }
        if (store.byProject(projectId).isPresent()) {
            throw new ConflictException("investment.error.project-linked-elsewhere");
        }
        return p;
    }

    @Transactional
    public Investment lose(long id, LoseInput in, CurrentUser user) {
        LoseInput input = in == null ? new LoseInput(null, null, null) : in;
        InvestmentStore.Row r = existing(id);
        Investment before = store.assemble(r);
        access.requireWrite(user, before);
        LocalDate today = clock.today();
        LocalDate date = input.date() == null ? today : input.date();
        List<FieldError> errors = new ArrayList<>();
        InvestmentRules.notAfterToday(date, "date", today, errors);
        requireText(input.reason(), "reason", InvestmentRules.MAX_TEXT, errors);
        InvestmentRules.optionalText(input.reason(), "reason", InvestmentRules.MAX_TEXT, errors);
        throwIfAny(errors);
        checkVersion(r, input.version());
        if (!InvestmentAction.LOSE.allows(r.stage())) {
            throw new ConflictException("investment.error.cannot-lose", r.stage().name());
        }
        if (date.isBefore(r.stageDate())) {
            throw cn.diaodu.common.ValidationException.of("date", "investment.error.before-stage",
                    r.stageDate().toString());
        }
        OffsetDateTime now = clock.now();
        int updated = store.jdbc().sql("update investment set stage = ?, stage_date = ?, lost_reason = ?, "
                + "version = version + 1 where id = ? and version = ? and " + InvestmentAction.LOSE.whereFrom())
                .params(InvestmentStage.LOST.name(), date, input.reason().strip(), id, r.version()).update();
        requireWritten(r, updated);
        store.stage(id, InvestmentStage.LOST, date);
        store.event(id, "LOST", date, InvestmentStage.LOST, null, input.reason().strip(), user.username(), now);
        Investment after = store.assemble(existing(id));
        events.publishEvent(new InvestmentLost(before.state(), after.state(), input.reason().strip()));
        return after;
    }

    /**
     * Funds in place (资金到位): an amount above zero (422), on a date not after today (422), once the lead is signed
     * (409 "not signed yet" before SIGNED, and for a lost lead), not before its signed date (422).
     */
    @Transactional
    public Investment funds(long id, FundsInput in, CurrentUser user) {
        FundsInput input = in == null ? new FundsInput(null, null) : in;
        InvestmentStore.Row r = existing(id);
        Investment before = store.assemble(r);
        access.requireWrite(user, before);
        LocalDate today = clock.today();
        List<FieldError> errors = new ArrayList<>();
        money(input.amount(), "amount", true, errors);
        InvestmentRules.requiredDate(input.date(), "date", today, errors);
        throwIfAny(errors);
        if (!InvestmentAction.FUNDS.allows(r.stage())) {
            throw new ConflictException("investment.error.not-signed", r.stage().name());
        }
        if (input.date().isBefore(before.signedDate())) {
            throw cn.diaodu.common.ValidationException.of("date", "investment.error.funds-before-signed",
                    before.signedDate().toString());
        }
        int updated = store.jdbc().sql("update investment set version = version + 1 where id = ? and "
                + InvestmentAction.FUNDS.whereFrom()).param(id).update();
        requireWritten(r, updated);
        OffsetDateTime now = clock.now();
        BigDecimal amount = Money.of(input.amount());
        store.jdbc().sql("insert into investment_funds(investment_id, funds_date, amount, recorded_by, recorded_at) "
                + "values (?,?,?,?,?)").params(id, input.date(), amount, user.username(), now).update();
        store.event(id, "FUNDS", input.date(), null, amount, null, user.username(), now);
        Investment after = store.assemble(existing(id));
        events.publishEvent(new InvestmentFundsRecorded(before.state(), after.state(), amount.toPlainString()));
        return after;
    }

    @Transactional
    public Investment note(long id, NoteInput in, CurrentUser user) {
        NoteInput input = in == null ? new NoteInput(null, null) : in;
        InvestmentStore.Row r = existing(id);
        Investment before = store.assemble(r);
        access.requireWrite(user, before);
        LocalDate today = clock.today();
        LocalDate date = input.date() == null ? today : input.date();
        List<FieldError> errors = new ArrayList<>();
        requireText(input.note(), "note", InvestmentRules.MAX_NOTE, errors);
        InvestmentRules.optionalText(input.note(), "note", InvestmentRules.MAX_NOTE, errors);
        InvestmentRules.notAfterToday(date, "date", today, errors);
        throwIfAny(errors);
        store.event(id, "NOTE", date, null, null, input.note().strip(), user.username(), clock.now());
        events.publishEvent(new InvestmentNoted(before.state(), before.state(), input.note().strip()));
        return get(id, user);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static void checkVersion(InvestmentStore.Row r, Integer version) {
        if (version != null && version != r.version()) {
            throw new ConflictException("investment.error.changed-meanwhile");
        }
    }

    /** After a conditional write: 409 when another change came first (404 when the lead is gone). */
    private void requireWritten(InvestmentStore.Row r, int updated) {
        if (updated == 0) {
            existing(r.id());
            throw new ConflictException("investment.error.changed-meanwhile");
        }
    }
}
