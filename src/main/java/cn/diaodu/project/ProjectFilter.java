package cn.diaodu.project;

/** Filters of the project list; null means any. */
public record ProjectFilter(Integer year, String regionCode, Long leadUnitId, Long leaderId, Category category,
        ProjectLevel level) {
    public static ProjectFilter ofYear(Integer year) {
        return new ProjectFilter(year, null, null, null, null, null);
    }

    /** The same filter within a region's subtree (null: anywhere in scope). */
    public ProjectFilter withRegion(String code) {
        return new ProjectFilter(year, code, leadUnitId, leaderId, category, level);
    }
}
