package cn.diaodu.investment;

import static cn.diaodu.common.Checks.*;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.Db;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.InputText;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;

/**
 * Outbound attraction trips (外出招商报备, issue 13 point 3): registered before leaving, by the unit's reporter or the
 * project or attraction office; the result recorded once the trip has begun. A trip registered on or after its first
 * day is kept and marked as registered late (补报); a trip back without a result is flagged ({@link TripStatus}).
 * Every write is audited.
 */
@Service
public class TripService {
    static final int MAX_RESULT = 2000;
    private final TripStore store;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final ApplicationEventPublisher events;
    private final AppClock clock;

    TripService(TripStore store, OrganisationService organisation, DataScope scope, ApplicationEventPublisher events,
            AppClock clock) {
        this.store = store;
        this.organisation = organisation;
        this.scope = scope;
        this.events = events;
        this.clock = clock;
    }

    /** Registers and writes trips of the unit: the offices in their region, the unit's own reporter. */
    boolean mayWrite(CurrentUser u, Unit unit) {
        return (InvestmentAccess.writes(u) && scope.covers(u, unit.regionCode()))
                || (u.has(Role.REPORTER) && u.unitId() != null && u.unitId().equals(unit.id()));
    }

    boolean mayRead(CurrentUser u, Unit unit) {
        return mayWrite(u, unit) || (InvestmentAccess.readsRegion(u) && scope.covers(u, unit.regionCode()));
    }

    @Transactional
    public Trip register(TripInput in, CurrentUser user) {
        return registerAsOf(in, user, clock.now());
    }

    /**
     * A trip entered from a register kept elsewhere (the paper 报备 book, the demo city), with the moment it was
     * registered there; late ⇔ that moment's day (Beijing time) is on or after the trip's first day.
     */
    @Transactional
    public Trip registerAsOf(TripInput in, CurrentUser user, OffsetDateTime registeredAt) {
        TripInput t = in == null ? new TripInput(null, null, null, null, null, null, null, null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        Unit unit = null;
        if (t.unitId() == null) {
            errors.add(new FieldError("unitId", "common.error.required"));
        } else {
            unit = organisation.unit(t.unitId()).orElse(null);
            if (unit == null) {
                errors.add(FieldError.of("unitId", "investment.error.unknown-unit", String.valueOf(t.unitId())));
            }
        }
        requireText(t.leader(), "leader", InvestmentRules.MAX_PERSON, errors);
        InvestmentRules.optionalText(t.members(), "members", InvestmentRules.MAX_TEXT, errors);
        requireText(t.destination(), "destination", InvestmentRules.MAX_NAME, errors);
        requireText(t.meetWith(), "meetWith", InvestmentRules.MAX_TEXT, errors);
        InvestmentRules.optionalText(t.purpose(), "purpose", InvestmentRules.MAX_NOTE, errors);
        for (String[] f : new String[][] { { t.leader(), "leader" }, { t.destination(), "destination" },
                { t.meetWith(), "meetWith" } }) {
            InputText.check(f[0], f[1], errors);
        }
        date(t.from(), "from", errors);
        date(t.to(), "to", errors);
        if (t.from() != null && t.to() != null && t.to().isBefore(t.from())) {
            errors.add(FieldError.of("to", "trip.error.back-before-leaving", t.from().toString()));
        }
        Set<Long> leads = leads(t.investmentIds(), errors);
        throwIfAny(errors);
        if (!mayWrite(user, unit)) {
            throw new ForbiddenException("trips of unit " + unit.id());
        }
        LocalDate today = clock.today();
        OffsetDateTime now = registeredAt;
        boolean late = !t.from().isAfter(registeredAt.atZoneSameInstant(AppClock.ZONE).toLocalDate());
        long id = Db.insert(store.jdbc().sql("insert into investment_trip(unit_id, leader_name, members, depart_date, "
                + "return_date, destination, meet_with, purpose, late_registration, registered_by, registered_at) "
                + "values (?,?,?,?,?,?,?,?,?,?,?)")
                .params(unit.id(), t.leader().trim(), blankToNull(t.members()), t.from(), t.to(),
                        t.destination().trim(), t.meetWith().trim(), blankToNull(t.purpose()), late,
                        user.username(), now));
        store.link(id, leads);
        Trip created = store.find(id, today).orElseThrow();
        events.publishEvent(AuditRecord.of("TRIP_REGISTER", "INVESTMENT_TRIP", id, created.destination())
                .withNote(unit.name() + " " + t.from() + "—" + t.to() + (late ? " 补报" : "")).by(user.username()));
        return created;
    }

    /** The result after the trip (from its first day on); recording it again replaces it. */
    @Transactional
    public Trip recordResult(long id, TripResultInput in, CurrentUser user) {
        Trip trip = get(id, user);
        Unit unit = organisation.unit(trip.unitId()).orElseThrow();
        if (!mayWrite(user, unit)) {
            throw new ForbiddenException("trip " + id);
        }
        TripResultInput r = in == null ? new TripResultInput(null, null) : in;
        List<FieldError> errors = new ArrayList<>();
        requireText(r.result(), "result", MAX_RESULT, errors);
        InputText.check(r.result(), "result", errors);
        Set<Long> leads = leads(r.investmentIds(), errors);
        throwIfAny(errors);
        LocalDate today = clock.today();
        if (today.isBefore(trip.from())) {
            throw new ConflictException("trip.error.not-begun", trip.from().toString());
        }
        store.jdbc().sql("update investment_trip set result = ?, result_by = ?, result_at = ? where id = ?")
                .params(r.result().trim(), user.username(), clock.now(), id).update();
        store.link(id, leads);
        events.publishEvent(AuditRecord.of("TRIP_RESULT", "INVESTMENT_TRIP", id, trip.destination())
                .withNote(r.result().trim()).by(user.username()));
        return store.find(id, today).orElseThrow();
    }

    public Trip get(long id, CurrentUser user) {
        Trip t = store.find(id, clock.today()).orElseThrow(() -> new NotFoundException("trip " + id));
        Unit unit = organisation.unit(t.unitId()).orElseThrow();
        if (!mayRead(user, unit)) {
            throw new ForbiddenException("trip " + id);
        }
        return t;
    }

    /** The trips of the year (by first day) the user may read, newest first; optionally one unit's or status's. */
    public List<Trip> list(int year, Long unitId, TripStatus status, CurrentUser user) {
        if (!InvestmentAccess.readsAny(user)) {
            throw new ForbiddenException("trips");
        }
        var units = new java.util.HashMap<Long, Unit>();
        organisation.units().forEach(u -> units.put(u.id(), u));
        return store.ofYear(year, unitId, clock.today()).stream()
                .filter(t -> mayRead(user, units.get(t.unitId())))
                .filter(t -> status == null || t.status() == status)
                .toList();
    }

    private static void date(LocalDate d, String field, List<FieldError> errors) {
        if (d == null) {
            errors.add(new FieldError(field, "common.error.required"));
        } else if (!InputText.inRange(d)) {
            errors.add(new FieldError(field, InputText.DATE_MESSAGE));
        }
    }

    private Set<Long> leads(List<Long> ids, List<FieldError> errors) {
        if (ids == null || ids.isEmpty()) {
            return Set.of();
        }
        Set<Long> wanted = new LinkedHashSet<>(ids);
        if (wanted.contains(null)) {
            errors.add(new FieldError("investmentIds", "common.error.required"));
            return Set.of();
        }
        Set<Long> known = store.existingLeads(wanted);
        for (Long id : wanted) {
            if (!known.contains(id)) {
                errors.add(FieldError.of("investmentIds", "trip.error.unknown-lead", String.valueOf(id)));
            }
        }
        return wanted;
    }
}
