package cn.diaodu.assessment;

import cn.diaodu.analysis.GroupBy;

/** Who a round assesses: the counties and districts (REGION groups of the summary) or the units (UNIT groups). */
public enum SubjectKind {
    REGION(GroupBy.REGION), UNIT(GroupBy.UNIT);

    private final GroupBy groupBy;

    SubjectKind(GroupBy groupBy) {
        this.groupBy = groupBy;
    }

    public GroupBy groupBy() {
        return groupBy;
    }
}
