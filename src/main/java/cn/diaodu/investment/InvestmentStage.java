package cn.diaodu.investment;

import java.util.List;

/**
 * The stages of a lead in their order (CONTRACT §12): LEAD 线索, NEGOTIATING 在谈, SIGNED 签约, LANDED 落地,
 * STARTED 开工, OPERATING 投产; LOST 终止 stands apart (it is reached from any stage before OPERATING).
 */
public enum InvestmentStage {
    LEAD, NEGOTIATING, SIGNED, LANDED, STARTED, OPERATING, LOST;

    /** The stages of the pipeline in order, LOST left out. */
    public static final List<InvestmentStage> PIPELINE = List.of(LEAD, NEGOTIATING, SIGNED, LANDED, STARTED,
            OPERATING);

    /** Whether this pipeline stage comes after {@code other} (never for LOST on either side). */
    public boolean after(InvestmentStage other) {
        return this != LOST && other != LOST && ordinal() > other.ordinal();
    }

    /** Whether this pipeline stage is {@code other} or a later one. */
    public boolean atLeast(InvestmentStage other) {
        return this != LOST && other != LOST && ordinal() >= other.ordinal();
    }

    /** The stages from the one after {@code from} up to and including {@code to}: what an advance passes. */
    public static List<InvestmentStage> between(InvestmentStage from, InvestmentStage to) {
        return PIPELINE.subList(from.ordinal() + 1, to.ordinal() + 1);
    }
}
