package cn.diaodu.assessment.economy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUsers;

/** Economic indicators (经济运行): entered per region and month, listed ranked by growth. */
@RestController
class EconomyApi {
    private final EconomyService economy;

    EconomyApi(EconomyService economy) {
        this.economy = economy;
    }

    /** Enters (or replaces) a region's indicator for months 1..M; answers it with its figures. */
    @PostMapping("/api/economy")
    EconomicValue put(@RequestBody(required = false) EconomicInput in) {
        return economy.put(in, CurrentUsers.get());
    }

    /** {@code ?period=YYYY-MM&indicator=GDP}: the regions in scope, ranked by growth. */
    @GetMapping("/api/economy")
    List<EconomicValue> list(@RequestParam(required = false) String period,
            @RequestParam(required = false) String indicator) {
        List<FieldError> errors = new ArrayList<>();
        EconomicIndicator i = Checks.parseEnum(EconomicIndicator.class, indicator, "indicator", errors);
        Checks.throwIfAny(errors);
        return economy.list(Period.parse(period, "period"), i, CurrentUsers.get());
    }
}
