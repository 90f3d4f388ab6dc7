package cn.diaodu.procedure;

/** The state of one procedure of a project; a kind not recorded is {@link #PENDING}. */
public enum ProcedureStatus {
    PENDING, IN_PROGRESS, DONE, NOT_NEEDED;

    /** Still to be done: overdue when its planned date has passed. */
    public boolean open() {
        return this == PENDING || this == IN_PROGRESS;
    }

    /** Done or not needed: nothing stands in the way of the start. */
    public boolean settled() {
        return this == DONE || this == NOT_NEEDED;
    }
}
