package cn.diaodu.funds;

import static cn.diaodu.common.Checks.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.Money;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectService;

/**
 * Fund applications (向上争取资金, CONTRACT §13): entering (储备), editing the basic fields, moving forward through the
 * stages of {@link FundTransition}, reading and listing within the caller's scope ({@link FundAccess}). Checks in the
 * order 404, 403, 422, 409 (a step the table refuses is 409 before its date and amount are looked at); each write is
 * one statement, audited and published as an event; nothing is written on a refusal.
 */
@Service
public class FundService {
    static final int MAX_NAME = 200;

    private final FundStore store;
    private final FundViews views;
    private final FundAccess access;
    private final OrganisationService organisation;
    private final ProjectService projects;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    FundService(FundStore store, FundViews views, FundAccess access, OrganisationService organisation,
            ProjectService projects, ApplicationEventPublisher events, AppClock clock) {
        this.store = store;
        this.views = views;
        this.access = access;
        this.organisation = organisation;
        this.projects = projects;
        this.events = events;
        this.clock = clock;
    }

    /** The checked basic fields of an input, with the region they place the application on. */
    record Checked(String name, int year, Programme programme, BigDecimal total, BigDecimal requested, Unit unit,
            Project project, LocalDate date) {
        String regionCode() {
            return project != null ? project.regionCode() : unit.regionCode();
        }
    }

    // ---- writing -------------------------------------------------------------------------------------------

    @Transactional
    public FundApplication create(FundInput in, CurrentUser user) {
        requireWriter(user);
        Checked c = check(in, null);
        if (!access.canWrite(user, c.unit().id(), c.regionCode())) {
            throw new ForbiddenException("fund application of unit " + c.unit().id());
        }
        LocalDate date = c.date() == null ? clock.today() : c.date();
        long id = store.insert(c.name(), c.year(), c.programme(), c.total(), c.requested(), c.unit().id(),
                c.project() == null ? null : c.project().id(), date, user.username(), clock.now());
        FundApplication a = views.of(existing(id));
        events.publishEvent(new FundApplicationCreated(a.state()));
        return a;
    }

    @Transactional
    public FundApplication update(long id, FundInput body, CurrentUser user) {
        FundInput in = body == null ? FundInput.NONE : body;
        FundStore.Row r = existing(id);
        FundApplication before = views.of(r);
        if (!access.canWrite(user, before)) {
            throw new ForbiddenException("fund application " + id);
        }
        Checked c = check(in, r);
        if (!access.canWrite(user, c.unit().id(), c.regionCode())) {
            throw new ForbiddenException("fund application of unit " + c.unit().id());
        }
        if (in.version() != null && in.version() != r.version()) {
            throw new ConflictException("funds.error.changed-meanwhile");
        }
        LocalDate reserveOn = c.date() == null ? r.dates().get(FundStage.RESERVE) : c.date();
        int updated = store.update(id, r.version(), c.name(), c.year(), c.programme(), c.total(), c.requested(),
                c.unit().id(), c.project() == null ? null : c.project().id(), reserveOn, user.username(),
                clock.now());
        if (updated == 0) {
            throw new ConflictException("funds.error.changed-meanwhile");
        }
        FundApplication after = views.of(existing(id));
        events.publishEvent(new FundApplicationUpdated(before.state(), after.state()));
        return after;
    }

    @Transactional
    public FundApplication advance(long id, AdvanceInput body, CurrentUser user) {
        AdvanceInput in = body == null ? AdvanceInput.NONE : body;
        FundStore.Row r = existing(id);
        FundApplication before = views.of(r);
        if (!access.canWrite(user, before)) {
            throw new ForbiddenException("fund application " + id);
        }
        List<FieldError> errors = new ArrayList<>();
        FundStage target = parseEnum(FundStage.class, in.stage() == null ? null : in.stage().toUpperCase(Locale.ROOT),
                "stage", errors);
        throwIfAny(errors);
        FundTransition t = FundTransition.to(target);
        if (t == null || !t.allows(r.stage())) {
            throw new ConflictException("funds.error.not-allowed", r.stage().label(), target.label());
        }
        LocalDate current = r.dates().get(r.stage());
        if (in.date() == null) {
            errors.add(new FieldError("date", "common.error.required"));
        } else if (in.date().isAfter(clock.today())) {
            errors.add(FieldError.of("date", "funds.error.date-after-today", clock.today().toString()));
        } else if (current != null && in.date().isBefore(current)) {
            errors.add(FieldError.of("date", "funds.error.date-before-stage", r.stage().label(), current.toString()));
        }
        if (target == FundStage.APPROVED) {
            money(in.obtained(), "obtained", false, errors);
        }
        throwIfAny(errors);
        if (in.version() != null && in.version() != r.version()) {
            throw new ConflictException("funds.error.changed-meanwhile");
        }
        BigDecimal obtained = target == FundStage.APPROVED ? Money.of(in.obtained()) : null;
        if (store.advance(r, t, in.date(), obtained, user.username(), clock.now()) == 0) {
            existing(id);
            throw new ConflictException("funds.error.changed-meanwhile");
        }
        FundApplication after = views.of(existing(id));
        events.publishEvent(new FundApplicationAdvanced(before.state(), after.state()));
        return after;
    }

    private static void requireWriter(CurrentUser user) {
        if (!FundAccess.writesAny(user)) {
            throw new ForbiddenException("fund applications are entered by the project office or the unit");
        }
    }

    /** Every refused field of the basic fields (422), else the checked values; {@code r} the row being edited. */
    private Checked check(FundInput in, FundStore.Row r) {
        FundInput i = in == null ? FundInput.NONE : in;
        List<FieldError> errors = new ArrayList<>();
        requireText(i.name(), "name", MAX_NAME, errors);
        InputText.check(i.name(), "name", errors);
        if (i.year() == null) {
            errors.add(new FieldError("year", "common.error.required"));
        } else if (i.year() < 2000 || i.year() > 2100) {
            errors.add(new FieldError("year", "funds.error.year-range"));
        }
        Programme programme = parseEnum(Programme.class, i.programme(), "programme", errors);
        money(i.totalInvestment(), "totalInvestment", false, errors);
        money(i.requested(), "requested", false, errors);
        Unit unit = null;
        if (i.responsibleUnitId() == null) {
            errors.add(new FieldError("responsibleUnitId", "common.error.required"));
        } else {
            Optional<Unit> u = organisation.unit(i.responsibleUnitId());
            if (u.isEmpty()) {
                errors.add(FieldError.of("responsibleUnitId", "funds.error.unknown-unit",
                        String.valueOf(i.responsibleUnitId())));
            }
            unit = u.orElse(null);
        }
        Project project = null;
        if (i.projectId() != null) {
            project = projects.find(i.projectId()).orElse(null);
            if (project == null) {
                errors.add(FieldError.of("projectId", "funds.error.unknown-project", String.valueOf(i.projectId())));
            }
        }
        checkDate(i.date(), r, errors);
        throwIfAny(errors);
        return new Checked(i.name().strip(), i.year(), programme, Money.of(i.totalInvestment()),
                Money.of(i.requested()), unit, project, i.date());
    }

    /** The reserve date: not after today, and on an edit not after the next stage reached. */
    private void checkDate(LocalDate date, FundStore.Row r, List<FieldError> errors) {
        if (date == null) {
            return;
        }
        if (!InputText.inRange(date)) {
            errors.add(new FieldError("date", InputText.DATE_MESSAGE));
        } else if (date.isAfter(clock.today())) {
            errors.add(FieldError.of("date", "funds.error.date-after-today", clock.today().toString()));
        } else if (r != null) {
            r.dates().entrySet().stream().filter(e -> e.getKey() != FundStage.RESERVE)
                    .filter(e -> e.getValue().isBefore(date)).findFirst()
                    .ifPresent(e -> errors.add(FieldError.of("date", "funds.error.date-after-stage",
                            e.getKey().label(), e.getValue().toString())));
        }
    }

    // ---- reading -------------------------------------------------------------------------------------------

    private FundStore.Row existing(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("fund application " + id));
    }

    /** The application for whoever reads it: 404 when unknown, 403 otherwise. */
    public FundApplication get(long id, CurrentUser user) {
        FundApplication a = views.of(existing(id));
        if (!access.canRead(user, a)) {
            throw new ForbiddenException("fund application " + id);
        }
        return a;
    }

    /** The filters of a list; each may be null. {@code regionCode}: that region's subtree (unknown: none). */
    public record Filter(Integer year, FundStage stage, Programme programme, Long unitId, String regionCode,
            String q) {
        public static final Filter NONE = new Filter(null, null, null, null, null, null);
    }

    /** The applications the user reads that match the filter, newest first. */
    public List<FundApplication> list(Filter f, CurrentUser user) {
        if (!FundAccess.readsAny(user)) {
            throw new ForbiddenException("no role reads fund applications");
        }
        RegionTree tree = organisation.regionTree();
        String region = blankToNull(f.regionCode());
        if (region != null && !tree.contains(region)) {
            return List.of();
        }
        String q = blankToNull(f.q()) == null ? null : f.q().strip().toLowerCase(Locale.ROOT);
        List<FundApplication> out = new ArrayList<>();
        for (FundApplication a : views.of(store.ofYear(f.year()))) {
            if (access.canRead(user, a) && (f.stage() == null || a.stage() == f.stage())
                    && (f.programme() == null || a.programme() == f.programme())
                    && (f.unitId() == null || a.responsibleUnitId() == f.unitId())
                    && (region == null || (a.regionCode() != null && tree.isWithin(a.regionCode(), region)))
                    && (q == null || contains(a.name(), q) || contains(a.projectName(), q)
                            || contains(a.responsibleUnitName(), q))) {
                out.add(a);
            }
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static boolean contains(String s, String q) {
        return s != null && s.toLowerCase(Locale.ROOT).contains(q);
    }

    /** A project's applications for whoever reads them (the project page's section). */
    public List<FundApplication> ofProject(long projectId, CurrentUser user) {
        if (!FundAccess.readsAny(user)) {
            return List.of();
        }
        return views.of(store.ofProject(projectId)).stream().filter(a -> access.canRead(user, a)).toList();
    }

    /** Whether the user may write the application (the pages show their forms accordingly). */
    public boolean mayWrite(CurrentUser user, FundApplication a) {
        return access.canWrite(user, a);
    }
}
