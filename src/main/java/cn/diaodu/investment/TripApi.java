package cn.diaodu.investment;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.identity.CurrentUsers;

/** Outbound attraction trips (外出招商报备): register, record the result, list, and the counts per unit. */
@RestController
class TripApi {
    private final TripService trips;
    private final AppClock clock;

    TripApi(TripService trips, AppClock clock) {
        this.trips = trips;
        this.clock = clock;
    }

    @PostMapping("/api/investment-trips")
    @ResponseStatus(HttpStatus.CREATED)
    Trip register(@RequestBody(required = false) TripInput in) {
        return trips.register(in, CurrentUsers.get());
    }

    @PostMapping("/api/investment-trips/{id}/result")
    Trip result(@PathVariable long id, @RequestBody(required = false) TripResultInput in) {
        return trips.recordResult(id, in, CurrentUsers.get());
    }

    @GetMapping("/api/investment-trips/{id}")
    Trip get(@PathVariable long id) {
        return trips.get(id, CurrentUsers.get());
    }

    @GetMapping("/api/investment-trips")
    List<Trip> list(@RequestParam(required = false) String year, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String status) {
        List<FieldError> errors = new ArrayList<>();
        int y = year(year, errors);
        Long unit = null;
        if (Checks.blankToNull(unitId) != null) {
            try {
                unit = Long.parseLong(unitId.trim());
            } catch (NumberFormatException e) {
                errors.add(FieldError.of("unitId", "common.error.wrong-type-format"));
            }
        }
        TripStatus s = Checks.blankToNull(status) == null ? null
                : Checks.parseEnum(TripStatus.class, status, "status", errors);
        Checks.throwIfAny(errors);
        return trips.list(y, unit, s, CurrentUsers.get());
    }

    @GetMapping("/api/analysis/investment-trips")
    List<TripCounts> counts(@RequestParam(required = false) String year) {
        List<FieldError> errors = new ArrayList<>();
        int y = year(year, errors);
        Checks.throwIfAny(errors);
        return TripCounts.of(trips.list(y, null, null, CurrentUsers.get()));
    }

    private int year(String year, List<FieldError> errors) {
        if (Checks.blankToNull(year) == null) {
            return clock.today().getYear();
        }
        try {
            int y = Integer.parseInt(year.trim());
            if (y >= 2000 && y <= 2100) {
                return y;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(FieldError.of("year", "project.error.year-must-2000-2100"));
        return 0;
    }
}
