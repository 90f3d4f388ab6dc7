package cn.diaodu.investment;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Unit;

/**
 * The pages of outbound trips (外出招商报备): the year's list with the counts per unit and the trips back without a
 * result flagged ({@code /investments/trips}), the registration form, and a trip's page with its result form.
 */
@Controller
class TripPages {
    private final TripService trips;
    private final InvestmentQueries leads;
    private final OrganisationService organisation;
    private final AppClock clock;

    TripPages(TripService trips, InvestmentQueries leads, OrganisationService organisation, AppClock clock) {
        this.trips = trips;
        this.leads = leads;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The filters as typed. */
    public record Filter(String year, String unitId, String status, String q) {
        Map<String, String> params() {
            Map<String, String> kept = new LinkedHashMap<>();
            kept.put("year", year);
            kept.put("unitId", unitId);
            kept.put("status", status);
            kept.put("q", q);
            return kept;
        }
    }

    static final Map<String, Comparator<Trip>> SORTS = Map.of(
            "from", Comparator.comparing(Trip::from),
            "unit", Comparator.comparing(Trip::unitName),
            "destination", Comparator.comparing(Trip::destination),
            "status", Comparator.comparing(Trip::status));

    @GetMapping("/investments/trips")
    String list(Filter filter, @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        int year = year(filter.year());
        Long unit = ListPage.filterId(filter.unitId());
        TripStatus status = parse(filter.status());
        List<Trip> all = trips.list(year, null, null, user);
        List<Trip> shown = all.stream().filter(t -> unit == null || t.unitId() == unit)
                .filter(t -> status == null || t.status() == status)
                .filter(t -> matches(t, filter.q())).toList();
        Map<String, String> kept = filter.params();
        kept.put("year", String.valueOf(year));
        ListPage<Trip> list = ListPage.of("/investments/trips", kept, shown, SORTS,
                sort == null ? "from" : sort, sort == null ? "desc" : dir, page, size);
        model.addAttribute("list", list);
        model.addAttribute("items", list.items());
        model.addAttribute("counts", TripCounts.of(all));
        model.addAttribute("overdue", all.stream().filter(t -> t.status() == TripStatus.RESULT_OVERDUE).count());
        model.addAttribute("year", year);
        model.addAttribute("f", filter);
        model.addAttribute("filtered", unit != null || status != null || (filter.q() != null && !filter.q().isBlank()));
        model.addAttribute("statuses", TripStatus.values());
        model.addAttribute("units", organisation.units());
        model.addAttribute("mayRegister", InvestmentAccess.writes(user) || user.has(Role.REPORTER));
        return "investment/trips";
    }

    @GetMapping("/investments/trips/new")
    String form(Model model) {
        CurrentUser user = CurrentUsers.get();
        TripForm f = new TripForm();
        if (user.unitId() != null) {
            f.setUnitId(user.unitId());
        }
        f.setFrom(clock.today().plusDays(1).toString());
        f.setTo(clock.today().plusDays(3).toString());
        model.addAttribute("form", f);
        return formPage(model, user);
    }

    @PostMapping("/investments/trips")
    String register(@ModelAttribute("form") TripForm form, BindingResult result, Model model,
            RedirectAttributes flash) {
        CurrentUser user = CurrentUsers.get();
        TripInput in = form.input(result);
        if (in != null) {
            try {
                Trip t = trips.register(in, user);
                flash.addFlashAttribute("tripFlash", Messages.text(t.lateRegistration() ? "trip.flash.late"
                        : "trip.flash.registered"));
                return "redirect:/investments/trips/" + t.id();
            } catch (ValidationException e) {
                e.errors().forEach(err -> result.rejectValue(err.field().startsWith("investmentIds") ? "investmentIds"
                        : err.field(), "invalid", err.message()));
            }
        }
        return formPage(model, user);
    }

    private String formPage(Model model, CurrentUser user) {
        List<Unit> units = organisation.units().stream()
                .filter(u -> trips.mayWrite(user, u)).toList();
        model.addAttribute("units", units);
        model.addAttribute("leads", leads.list(InvestmentFilter.ALL, user).stream()
                .filter(i -> i.stage() != InvestmentStage.LOST).toList());
        return "investment/trip-form";
    }

    @GetMapping("/investments/trips/{id}")
    String detail(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUsers.get();
        Trip t = trips.get(id, user);
        model.addAttribute("t", t);
        model.addAttribute("mayWrite", trips.mayWrite(user, organisation.unit(t.unitId()).orElseThrow()));
        model.addAttribute("begun", !clock.today().isBefore(t.from()));
        return "investment/trip";
    }

    @PostMapping("/investments/trips/{id}/result")
    String result(@PathVariable long id, @RequestParam(required = false) String result, RedirectAttributes flash) {
        try {
            trips.recordResult(id, new TripResultInput(result, null), CurrentUsers.get());
            flash.addFlashAttribute("tripFlash", Messages.text("trip.flash.result"));
        } catch (ValidationException e) {
            flash.addFlashAttribute("resultError", e.errors().get(0).message());
            flash.addFlashAttribute("resultTyped", result);
        } catch (ConflictException e) {
            flash.addFlashAttribute("resultError", e.getMessage());
            flash.addFlashAttribute("resultTyped", result);
        }
        return "redirect:/investments/trips/" + id;
    }

    private int year(String s) {
        try {
            int y = Integer.parseInt(s.trim());
            return y >= 2000 && y <= 2100 ? y : clock.today().getYear();
        } catch (RuntimeException e) {
            return clock.today().getYear();
        }
    }

    private static TripStatus parse(String s) {
        try {
            return s == null || s.isBlank() ? null : TripStatus.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean matches(Trip t, String q) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String k = q.strip().toLowerCase(Locale.ROOT);
        return (t.destination() + " " + t.meetWith() + " " + t.leader() + " " + t.unitName())
                .toLowerCase(Locale.ROOT).contains(k);
    }
}
