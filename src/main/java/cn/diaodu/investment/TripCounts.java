package cn.diaodu.investment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The year's outbound trips per unit: how many were registered, how many have their result, how many are back
 * without one (flagged) and how many were registered late (补报). Units without a trip are not listed; most trips first.
 */
public record TripCounts(long unitId, String unitName, int trips, int done, int resultOverdue, int lateRegistered) {

    static List<TripCounts> of(List<Trip> trips) {
        Map<Long, int[]> by = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        for (Trip t : trips) {
            int[] c = by.computeIfAbsent(t.unitId(), k -> new int[4]);
            names.put(t.unitId(), t.unitName());
            c[0]++;
            c[1] += t.status() == TripStatus.DONE ? 1 : 0;
            c[2] += t.status() == TripStatus.RESULT_OVERDUE ? 1 : 0;
            c[3] += t.lateRegistration() ? 1 : 0;
        }
        List<TripCounts> out = new ArrayList<>();
        by.forEach((unit, c) -> out.add(new TripCounts(unit, names.get(unit), c[0], c[1], c[2], c[3])));
        out.sort(Comparator.comparingInt(TripCounts::trips).reversed().thenComparing(TripCounts::unitName));
        return out;
    }
}
