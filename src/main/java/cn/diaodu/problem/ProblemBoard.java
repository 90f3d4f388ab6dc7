package cn.diaodu.problem;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The problem board (问题看板): open (the unit still at work), overdue, awaiting verification (RESOLVED) and closed
 * problems by category and by assignee unit, and each unit's on-time closure rate = closed problems the unit resolved
 * on or before the due date / closed problems × 100, ranked highest first (equal rates share a rank: 1, 2, 2, 4;
 * units with nothing closed yet are listed after, unranked).
 */
public record ProblemBoard(Counts total, List<Counts> byCategory, List<Counts> byUnit, List<UnitRate> onTime) {

    /** The counts of one group; key: the category or the unit id. */
    public record Counts(String key, String name, int open, int overdue, int resolved, int closed) {
    }

    /** A unit's on-time closure rate in percent (two decimals), or null when it has closed nothing yet. */
    public record UnitRate(long unitId, String unitName, int closed, int closedOnTime, BigDecimal rate,
            Integer rank) {
    }

    private static final class Acc {
        int open;
        int overdue;
        int resolved;
        int closed;
        int onTime;

        void add(Problem p) {
            if (p.status().open()) {
                open++;
            }
            if (p.overdue()) {
                overdue++;
            }
            if (p.status() == ProblemStatus.RESOLVED) {
                resolved++;
            }
            if (p.status() == ProblemStatus.CLOSED) {
                closed++;
                if (p.closedOnTime()) {
                    onTime++;
                }
            }
        }

        Counts counts(String key, String name) {
            return new Counts(key, name, open, overdue, resolved, closed);
        }
    }

    public static ProblemBoard of(List<Problem> problems, Map<Long, String> unitNames) {
        Acc total = new Acc();
        Map<ProblemCategory, Acc> cats = new TreeMap<>();
        for (ProblemCategory c : ProblemCategory.values()) {
            cats.put(c, new Acc());
        }
        Map<Long, Acc> units = new TreeMap<>();
        for (Problem p : problems) {
            total.add(p);
            cats.get(p.category()).add(p);
            units.computeIfAbsent(p.assigneeUnitId(), k -> new Acc()).add(p);
        }
        List<Counts> byCategory = new ArrayList<>();
        cats.forEach((c, a) -> byCategory.add(a.counts(c.name(), c.label())));
        List<Counts> byUnit = new ArrayList<>();
        units.forEach((id, a) -> byUnit.add(a.counts(String.valueOf(id), unitNames.getOrDefault(id, "#" + id))));
        byUnit.sort(Comparator.comparingInt(Counts::overdue).thenComparingInt(Counts::open).reversed());

        List<UnitRate> rated = new ArrayList<>();
        List<UnitRate> unrated = new ArrayList<>();
        units.forEach((id, a) -> {
            String name = unitNames.getOrDefault(id, "#" + id);
            if (a.closed == 0) {
                unrated.add(new UnitRate(id, name, 0, 0, null, null));
            } else {
                BigDecimal rate = BigDecimal.valueOf(a.onTime * 100L)
                        .divide(BigDecimal.valueOf(a.closed), 2, RoundingMode.HALF_UP);
                rated.add(new UnitRate(id, name, a.closed, a.onTime, rate, null));
            }
        });
        rated.sort(Comparator.comparing(UnitRate::rate).reversed().thenComparing(UnitRate::unitId));
        List<UnitRate> onTime = new ArrayList<>();
        for (int i = 0; i < rated.size(); i++) {
            UnitRate r = rated.get(i);
            int rank = i > 0 && r.rate().compareTo(rated.get(i - 1).rate()) == 0 ? onTime.get(i - 1).rank() : i + 1;
            onTime.add(new UnitRate(r.unitId(), r.unitName(), r.closed(), r.closedOnTime(), r.rate(), rank));
        }
        onTime.addAll(unrated);
        return new ProblemBoard(total.counts("TOTAL", "合计"), byCategory, byUnit, onTime);
    }
}
