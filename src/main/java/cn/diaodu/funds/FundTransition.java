package cn.diaodu.funds;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.diaodu.common.StatusGuard;

/**
 * The workflow of a fund application in one place (CONTRACT §13): each step, named by the stage it leads to, and the
 * stages it may start from. Forward only, skipping allowed (a stage skipped takes the date of the step):
 * RESERVE → READY; RESERVE, READY → SUBMITTED; RESERVE, READY, SUBMITTED → APPROVED; SUBMITTED → REJECTED. Nothing
 * leaves APPROVED or REJECTED, nothing goes back: refused with 409. The service asks {@link #allows} for its 409 and
 * writes with {@link #whereFrom}, so that the check and the change are one conditional {@code update}.
 */
public enum FundTransition {
    TO_READY(FundStage.READY, EnumSet.of(FundStage.RESERVE)),
    TO_SUBMITTED(FundStage.SUBMITTED, EnumSet.of(FundStage.RESERVE, FundStage.READY)),
    TO_APPROVED(FundStage.APPROVED, EnumSet.of(FundStage.RESERVE, FundStage.READY, FundStage.SUBMITTED)),
    TO_REJECTED(FundStage.REJECTED, EnumSet.of(FundStage.SUBMITTED));

    private final FundStage to;
    private final Set<FundStage> from;

    FundTransition(FundStage to, Set<FundStage> from) {
        this.to = to;
        this.from = from;
    }

    /** The step to {@code stage}, or null for RESERVE (no step leads back to the start). */
    public static FundTransition to(FundStage stage) {
        for (FundTransition t : values()) {
            if (t.to == stage) {
                return t;
            }
        }
        return null;
    }

    /** Whether an application at {@code stage} may be moved to {@code target}. */
    public static boolean allowed(FundStage stage, FundStage target) {
        FundTransition t = to(target);
        return t != null && t.allows(stage);
    }

    public boolean allows(FundStage stage) {
        return from.contains(stage);
    }

    public FundStage to() {
        return to;
    }

    /** The stages an application at {@code stage} may be moved to (the advance form's choices). */
    public static List<FundStage> targets(FundStage stage) {
        return java.util.Arrays.stream(values()).filter(t -> t.allows(stage)).map(FundTransition::to).toList();
    }

    /**
     * The stages whose date the step sets: its target and the stages it skips on the way (never REJECTED on the way
     * to APPROVED, nor the stages already reached).
     */
    public List<FundStage> datedStages(FundStage from) {
        if (to == FundStage.REJECTED) {
            return List.of(FundStage.REJECTED);
        }
        return java.util.Arrays.stream(FundStage.values())
                .filter(s -> s.ordinal() > from.ordinal() && s.ordinal() <= to.ordinal()).toList();
    }

    /** The condition of the conditional write: {@code status in (…)} on the column {@code stage}. */
    String whereFrom() {
        return StatusGuard.statusIn(from).replaceFirst("^status", "stage");
    }
}
