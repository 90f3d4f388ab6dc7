package cn.diaodu.suspension;

/**
 * The project office's opinion on approve and reject (required for reject); {@code version}, when given, must be
 * current.
 */
public record DecisionInput(String note, Integer version) {
    static final DecisionInput NONE = new DecisionInput(null, null);
}
