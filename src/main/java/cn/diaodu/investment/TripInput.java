package cn.diaodu.investment;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /api/investment-trips}: a trip registered before leaving (外出招商报备). */
public record TripInput(Long unitId, String leader, String members, LocalDate from, LocalDate to,
        String destination, String meetWith, String purpose, List<Long> investmentIds) {
}
