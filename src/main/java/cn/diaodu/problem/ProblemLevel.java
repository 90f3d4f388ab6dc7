package cn.diaodu.problem;

/** Who coordinates the problem: the unit itself, the responsible leader (包抓领导), the city government. */
public enum ProblemLevel {
    UNIT, LEADER, GOVERNMENT;

    /** The next level up, or null at GOVERNMENT. */
    public ProblemLevel next() {
        return this == GOVERNMENT ? null : values()[ordinal() + 1];
    }
}
