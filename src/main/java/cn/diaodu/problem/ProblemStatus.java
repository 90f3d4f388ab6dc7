package cn.diaodu.problem;

/** ASSIGNED 已交办, ACCEPTED 办理中, RESOLVED 已办结 (awaiting verification), CLOSED 已销号. */
public enum ProblemStatus {
    ASSIGNED, ACCEPTED, RESOLVED, CLOSED;

    /** The unit is still at work on it: the deadline runs. */
    public boolean open() {
        return this == ASSIGNED || this == ACCEPTED;
    }
}
