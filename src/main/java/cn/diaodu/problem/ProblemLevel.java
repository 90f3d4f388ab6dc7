package cn.diaodu.problem;

/** Who coordinates the problem: the unit itself, the responsible leader (包抓领导), the city government. */
public enum ProblemLevel {
    UNIT, LEADER, GOVERNMENT;

    /** The level's name as the notifications and pages say it. */
    public String label() {
        return switch (this) {
            case UNIT -> "责任单位办理";
            case LEADER -> "包抓领导协调";
            case GOVERNMENT -> "市政府协调";
        };
    }

    /** The next level up, or null at GOVERNMENT. */
    public ProblemLevel next() {
        return this == GOVERNMENT ? null : values()[ordinal() + 1];
    }
}
