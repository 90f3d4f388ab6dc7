package cn.diaodu.funds;

import java.util.Locale;

/** The programme (资金类别) from which a higher level grants funds (向上争取资金, CONTRACT §13). */
public enum Programme {
    /** 中央预算内投资. */
    CENTRAL_BUDGET("中央预算内投资"),
    /** 地方政府专项债券. */
    SPECIAL_BOND("地方政府专项债券"),
    /** 超长期特别国债. */
    TREASURY_BOND("超长期特别国债"),
    /** 省级专项资金. */
    PROVINCIAL("省级专项资金"),
    /** 其他. */
    OTHER("其他");

    private final String label;

    Programme(String label) {
        this.label = label;
    }

    /** The Chinese name, as the offices' lists write it (the pages show the message {@code fundProgramme.CODE}). */
    public String label() {
        return label;
    }

    /** A programme by its code or its Chinese name (also 省级专项 and 专项债 for short), or null. */
    public static Programme parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        for (Programme p : values()) {
            if (p.name().equals(t.toUpperCase(Locale.ROOT)) || p.label.equals(t)) {
                return p;
            }
        }
        return switch (t) {
            case "中央预算内", "中央预算内资金" -> CENTRAL_BUDGET;
            case "专项债", "专项债券", "地方专项债" -> SPECIAL_BOND;
            case "特别国债", "超长期国债" -> TREASURY_BOND;
            case "省级专项", "省级资金" -> PROVINCIAL;
            default -> null;
        };
    }
}
