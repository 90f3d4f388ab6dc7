package cn.diaodu.analysis;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** The answer of GET /api/analysis/summary (CONTRACT §6). */
/** {@code rules} are the warning thresholds the figures were computed with. */
public record Summary(int year, int month, BigDecimal expectedRate, Total total, List<Group> groups, WarningRules rules) {

    /** The figures of all projects in scope. */
    public record Total(int projects, BigDecimal annualPlan, BigDecimal completed, BigDecimal completionRate,
            BigDecimal expectedRate, BigDecimal gap, int started, BigDecimal startRate, int red, int yellow,
            int green, @JsonIgnore GroupFigures figures) {
        static Total of(GroupFigures f) {
            return new Total(f.projects(), f.annualPlan(), f.completed(), f.completionRate(), f.expectedRate(),
                    f.gap(), f.started(), f.startRate(), f.red(), f.yellow(), f.green(), f);
        }

        /** The completion rate, gap and start rate rounded once to one decimal, as the bulletin states them. */
        public BigDecimal completionRate1() {
            return Figures.completionRate(figures, 1);
        }

        public BigDecimal gap1() {
            return Figures.gap(figures, 1);
        }

        public BigDecimal startRate1() {
            return Figures.startRate(figures, 1);
        }
    }

    /** One group with its rank; {@code key} is a region code, unit id, category or leader id (null: no leader). */
    public record Group(Object key, String name, int projects, BigDecimal annualPlan, BigDecimal completed,
            BigDecimal completionRate, BigDecimal expectedRate, BigDecimal gap, int started, BigDecimal startRate,
            int red, int yellow, int green, int rank) {
        static Group of(Object key, String name, GroupFigures f, int rank) {
            return new Group(key, name, f.projects(), f.annualPlan(), f.completed(), f.completionRate(),
                    f.expectedRate(), f.gap(), f.started(), f.startRate(), f.red(), f.yellow(), f.green(), rank);
        }
    }
}
