package cn.diaodu.investment;

import java.util.EnumSet;
import java.util.Set;

import cn.diaodu.common.StatusGuard;

/**
 * The workflow of a lead in one place (CONTRACT §12): each action, the stages it may start from, where it leads and
 * what it records. The service asks {@link #allows} for its 409 and writes with {@link #whereFrom} (a conditional
 * {@code update … where id = ? and version = ? and stage in (…)}), so that the check and the change are one
 * statement and of concurrent changes exactly one wins.
 *
 * <table>
 * <tr><th>action</th><th>from</th><th>to</th><th>records</th></tr>
 * <tr><td>ADVANCE</td><td>LEAD … STARTED</td><td>a later pipeline stage (one or more steps)</td><td>the date of
 * every stage passed; reaching SIGNED: the amount (&gt; 0) and the agreement; LANDED: registration and site</td></tr>
 * <tr><td>LOSE</td><td>LEAD … STARTED</td><td>LOST</td><td>the date and the reason</td></tr>
 * <tr><td>FUNDS</td><td>SIGNED … OPERATING</td><td>(stays)</td><td>funds in place, dated</td></tr>
 * <tr><td>CONVERT</td><td>SIGNED … OPERATING, no project yet</td><td>(stays)</td><td>the key project's id</td></tr>
 * <tr><td>NOTE</td><td>any</td><td>(stays)</td><td>a note on the timeline</td></tr>
 * </table>
 * Who may: a DISPATCHER or ATTRACTION user whose region covers the lead ({@link InvestmentAccess#mayWrite}).
 */
public enum InvestmentAction {
    ADVANCE(EnumSet.of(InvestmentStage.LEAD, InvestmentStage.NEGOTIATING, InvestmentStage.SIGNED,
            InvestmentStage.LANDED, InvestmentStage.STARTED)),
    LOSE(EnumSet.of(InvestmentStage.LEAD, InvestmentStage.NEGOTIATING, InvestmentStage.SIGNED,
            InvestmentStage.LANDED, InvestmentStage.STARTED)),
    FUNDS(EnumSet.of(InvestmentStage.SIGNED, InvestmentStage.LANDED, InvestmentStage.STARTED,
            InvestmentStage.OPERATING)),
    CONVERT(EnumSet.of(InvestmentStage.SIGNED, InvestmentStage.LANDED, InvestmentStage.STARTED,
            InvestmentStage.OPERATING)),
    NOTE(EnumSet.allOf(InvestmentStage.class));

    private final Set<InvestmentStage> from;

    InvestmentAction(Set<InvestmentStage> from) {
        this.from = from;
    }

    /** Whether the action may start from the stage. */
    public boolean allows(InvestmentStage stage) {
        return from.contains(stage);
    }

    /** Whether an advance from {@code current} may reach {@code target}: forward by one or more pipeline stages. */
    public static boolean mayAdvance(InvestmentStage current, InvestmentStage target) {
        return ADVANCE.allows(current) && target != null && target.after(current);
    }

    /** The stage an action leads to from {@code current}, given the target of an advance. */
    public InvestmentStage to(InvestmentStage current, InvestmentStage target) {
        return switch (this) {
            case ADVANCE -> target;
            case LOSE -> InvestmentStage.LOST;
            default -> current;
        };
    }

    /** The condition of the conditional write: {@code stage in ('LEAD',…)} (the enum's names, no input). */
    String whereFrom() {
        return StatusGuard.statusIn(from).replaceFirst("^status", "stage");
    }
}
