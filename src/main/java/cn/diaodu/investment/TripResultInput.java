package cn.diaodu.investment;

import java.util.List;

/** {@code POST /api/investment-trips/{id}/result}: what the trip brought; the leads it found may be added. */
public record TripResultInput(String result, List<Long> investmentIds) {
}
