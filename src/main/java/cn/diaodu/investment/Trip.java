package cn.diaodu.investment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An outbound trip as the API shows it; {@code status} is as of today, {@code leads} the leads it concerns. */
public record Trip(long id, long unitId, String unitName, String regionCode, String leader, String members,
        LocalDate from, LocalDate to, String destination, String meetWith, String purpose,
        boolean lateRegistration, String registeredBy, OffsetDateTime registeredAt, String result, String resultBy,
        OffsetDateTime resultAt, TripStatus status, List<Lead> leads) {

    /** A lead the trip concerns. */
    public record Lead(long id, String name, InvestmentStage stage) {
    }
}
