package cn.diaodu.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.diaodu.analysis.Summary;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.RegionTree;

/**
 * What a source needs to give its values for a round: the year, the last month, the kind of subjects, the region the
 * round is taken at ({@code root}, null: the whole tree), the subjects in the summary's order, and how a region or a
 * unit falls into a subject (as the summary groups: a REGION subject holds its whole subtree; the root's own key
 * holds what sits on the root itself). {@code viewer} reads with the round's scope (a dispatcher at {@code root}).
 */
public final class RoundScope {
    private final int year;
    private final int month;
    private final SubjectKind kind;
    private final String root;
    private final List<Subject> subjects;
    private final Map<String, Subject> byKey = new LinkedHashMap<>();
    private final RegionTree tree;
    private final CurrentUser viewer;
    private final Summary summary;

    RoundScope(int year, int month, SubjectKind kind, String root, RegionTree tree, CurrentUser viewer,
            Summary summary) {
        this.year = year;
        this.month = month;
        this.kind = kind;
        this.root = root;
        this.tree = tree;
        this.viewer = viewer;
        this.summary = summary;
        this.subjects = summary.groups().stream().map(g -> Subject.of(g.key(), g.name())).toList();
        subjects.forEach(s -> byKey.put(s.key(), s));
    }

    public int year() {
        return year;
    }

    public int month() {
        return month;
    }

    public SubjectKind kind() {
        return kind;
    }

    public String root() {
        return root;
    }

    public List<Subject> subjects() {
        return subjects;
    }

    public CurrentUser viewer() {
        return viewer;
    }

    Summary summary() {
        return summary;
    }

    public boolean has(String subjectKey) {
        return byKey.containsKey(subjectKey);
    }

    public Subject subject(String key) {
        return byKey.get(key);
    }

    /** The REGION subject a region falls into, or null (not below the root, or the round assesses units). */
    public String subjectOfRegion(String regionCode) {
        if (kind != SubjectKind.REGION || regionCode == null) {
            return null;
        }
        String key;
        if (root == null) {
            key = tree.roots().stream().filter(r -> tree.isWithin(regionCode, r.code())).map(r -> r.code())
                    .findFirst().orElse(null);
        } else {
            key = regionCode.equals(root) ? root : tree.childOnPath(root, regionCode);
        }
        return key != null && has(key) ? key : null;
    }

    /** The subject a unit (on its region) belongs to: the unit itself, or the REGION subject of its region. */
    public String subjectOfUnit(long unitId, String unitRegion) {
        if (kind == SubjectKind.UNIT) {
            String key = String.valueOf(unitId);
            return has(key) ? key : null;
        }
        return subjectOfRegion(unitRegion);
    }

    /** The subject a project falls into: its lead unit, or the REGION subject of its region. */
    public String subjectOfProject(cn.diaodu.project.Project p) {
        return kind == SubjectKind.UNIT ? (has(String.valueOf(p.leadUnitId())) ? String.valueOf(p.leadUnitId()) : null)
                : subjectOfRegion(p.regionCode());
    }
}
