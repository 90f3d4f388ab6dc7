package cn.diaodu.campaign;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;

/**
 * The campaign's units ranked (docs/figures.md, 专项工作) over a range of days (a day, a week, the campaign so far):
 * the days due (the range's days within the campaign, up to today), the reports sent and those on time, the on-time
 * rate = on time ÷ days due × 100; the items due in the range (due date within it) and those closed on or before
 * their due date, the on-time closure rate = closed on time ÷ items due × 100 (null without items). Ranked by the
 * on-time rate, highest first, equal rates sharing a rank (1, 2, 2, 4); rates rounded half-up to 2 decimals.
 */
@Component
public class CampaignRankings {
    private final CampaignService campaigns;
    private final JdbcClient jdbc;
    private final AppClock clock;

    CampaignRankings(CampaignService campaigns, JdbcClient jdbc, AppClock clock) {
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One unit's line of the ranking. */
    public record Line(long unitId, String unitName, int daysDue, int reported, int onTime, BigDecimal onTimeRate,
            int itemsDue, int itemsClosedOnTime, BigDecimal itemsOnTimeRate, int rank) {
    }

    /** The ranking over {@code from}..{@code to} (null: the campaign's first day; today). */
    public record Ranking(LocalDate from, LocalDate to, List<Line> units) {
    }

    public Ranking of(long campaignId, LocalDate from, LocalDate to, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        LocalDate today = clock.today();
        LocalDate start = from == null || from.isBefore(c.from()) ? c.from() : from;
        LocalDate end = to == null ? today : to;
        if (c.to() != null && end.isAfter(c.to())) {
            end = c.to();
        }
        if (end.isAfter(today)) {
            end = today;
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("to", "campaign.error.to-before-from", from.toString());
        }
        int days = end.isBefore(start) ? 0 : (int) (end.toEpochDay() - start.toEpochDay() + 1);
        Map<Long, int[]> reports = new HashMap<>();
        jdbc.sql("select unit_id, count(*), sum(case when late then 0 else 1 end) from campaign_report "
                + "where campaign_id = ? and report_date between ? and ? group by unit_id")
                .params(c.id(), start, end)
                .query((rs, i) -> reports.put(rs.getLong(1), new int[] { rs.getInt(2), rs.getInt(3) })).list();
        Map<Long, int[]> items = new HashMap<>();
        jdbc.sql("select unit_id, due_date, status, closed_at from campaign_item where campaign_id = ? "
                + "and due_date between ? and ?").params(c.id(), start, end)
                .query((rs, i) -> {
                    int[] n = items.computeIfAbsent(rs.getLong(1), k -> new int[2]);
                    n[0]++;
                    var closed = rs.getObject(4, java.time.OffsetDateTime.class);
                    if (closed != null && !closed.atZoneSameInstant(AppClock.ZONE).toLocalDate()
                            .isAfter(rs.getObject(2, LocalDate.class))) {
                        n[1]++;
                    }
                    return n;
                }).list();
        List<Line> lines = new ArrayList<>();
        for (UnitRef u : c.units()) {
            int[] r = reports.getOrDefault(u.unitId(), new int[2]);
            int[] it = items.getOrDefault(u.unitId(), new int[2]);
            lines.add(new Line(u.unitId(), u.unitName(), days, r[0], r[1], rate(r[1], days), it[0], it[1],
                    rate(it[1], it[0]), 0));
        }
        lines.sort(Comparator.comparing((Line l) -> l.onTimeRate() == null ? BigDecimal.valueOf(-1) : l.onTimeRate())
                .reversed());
        List<Line> ranked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            int rank = i > 0 && java.util.Objects.equals(lines.get(i - 1).onTimeRate(), l.onTimeRate())
                    ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Line(l.unitId(), l.unitName(), l.daysDue(), l.reported(), l.onTime(), l.onTimeRate(),
                    l.itemsDue(), l.itemsClosedOnTime(), l.itemsOnTimeRate(), rank));
        }
        return new Ranking(start, end, ranked);
    }

    static BigDecimal rate(int part, int whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
