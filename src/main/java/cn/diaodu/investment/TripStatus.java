package cn.diaodu.investment;

import java.time.LocalDate;

/**
 * Where a trip stands on a day: registered and not yet left, under way, back without a result (flagged from the day
 * after its last day), or done with its result recorded.
 */
public enum TripStatus {
    PLANNED, TRAVELLING, RESULT_OVERDUE, DONE;

    static TripStatus of(LocalDate from, LocalDate to, boolean hasResult, LocalDate today) {
        if (hasResult) {
            return DONE;
        }
        if (today.isBefore(from)) {
            return PLANNED;
        }
        return today.isAfter(to) ? RESULT_OVERDUE : TRAVELLING;
    }
}
