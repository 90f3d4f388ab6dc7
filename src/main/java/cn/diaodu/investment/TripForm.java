package cn.diaodu.investment;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

/** The form of a new trip: the fields as typed; {@link #input} refuses dates that are not dates. */
public class TripForm {
    private Long unitId;
    private String leader;
    private String members;
    private String from;
    private String to;
    private String destination;
    private String meetWith;
    private String purpose;
    private List<Long> investmentIds = new ArrayList<>();

    TripInput input(BindingResult result) {
        LocalDate f = date(from, "from", result);
        LocalDate t = date(to, "to", result);
        if (result.hasErrors()) {
            return null;
        }
        return new TripInput(unitId, leader, members, f, t, destination, meetWith, purpose, investmentIds);
    }

    private static LocalDate date(String s, String field, BindingResult result) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            result.rejectValue(field, "invalid", cn.diaodu.common.Messages.text("common.error.wrong-type-format"));
            return null;
        }
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public String getLeader() { return leader; }
    public void setLeader(String leader) { this.leader = leader; }
    public String getMembers() { return members; }
    public void setMembers(String members) { this.members = members; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getDestination() { return destination; }
    public void setDestination(String destination) { this.destination = destination; }
    public String getMeetWith() { return meetWith; }
    public void setMeetWith(String meetWith) { this.meetWith = meetWith; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public List<Long> getInvestmentIds() { return investmentIds; }
    public void setInvestmentIds(List<Long> investmentIds) { this.investmentIds = investmentIds == null ? new ArrayList<>() : investmentIds; }
}
