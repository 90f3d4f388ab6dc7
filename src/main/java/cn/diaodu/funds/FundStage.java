package cn.diaodu.funds;

/**
 * The stages of a fund application, in order: 储备（开展前期） → 具备申报条件 → 已申报 → 已下达 or 未获批. The last two end
 * the application; {@link FundTransition} says which step may go where.
 */
public enum FundStage {
    /** 储备, 开展前期工作. */
    RESERVE("储备"),
    /** 具备申报条件. */
    READY("具备申报条件"),
    /** 已申报. */
    SUBMITTED("已申报"),
    /** 已下达: the funds were granted ({@code obtained}). */
    APPROVED("已下达"),
    /** 未获批. */
    REJECTED("未获批");

    private final String label;

    FundStage(String label) {
        this.label = label;
    }

    /** The Chinese name, as the offices' lists write it (the pages show the message {@code fundStage.CODE}). */
    public String label() {
        return label;
    }

    /** Whether the application ends here. */
    public boolean terminal() {
        return this == APPROVED || this == REJECTED;
    }

    /** Whether the application has reached 已申报 (and so counts among those submitted, docs/figures.md §13). */
    public boolean submitted() {
        return this == SUBMITTED || this == APPROVED || this == REJECTED;
    }

    /** A stage by its code or its Chinese name (also 开展前期 and 已获批), or null. */
    public static FundStage parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (FundStage s : values()) {
            if (s.name().equalsIgnoreCase(t) || s.label.equals(t)) {
                return s;
            }
        }
        return switch (t) {
            case "开展前期", "开展前期工作", "前期", "储备项目" -> RESERVE;
            case "具备上报条件", "具备条件" -> READY;
            case "已上报", "申报中" -> SUBMITTED;
            case "已获批", "已批复", "已到位" -> APPROVED;
            case "未通过", "未获得" -> REJECTED;
            default -> null;
        };
    }
}
