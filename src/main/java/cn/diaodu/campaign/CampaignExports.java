package cn.diaodu.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import cn.diaodu.common.ListExport;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;

/**
 * The reports of a range of days as XLSX (one row per day and unit, missing ones included, then every field of the
 * form), through {@link ListExport} so that it opens in Excel and WPS.
 */
@Component
class CampaignExports {
    /** At most a year of days in one file. */
    static final int MAX_DAYS = 366;
    private final CampaignService campaigns;
    private final DailyReports reports;

    CampaignExports(CampaignService campaigns, DailyReports reports) {
        this.campaigns = campaigns;
        this.reports = reports;
    }

    /** One row of the file. */
    record Row(LocalDate day, UnitRef unit, DailyReport report) {
    }

    ResponseEntity<byte[]> range(long campaignId, LocalDate from, LocalDate to, LocalDate today, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        LocalDate start = from == null || from.isBefore(c.from()) ? c.from() : from;
        LocalDate end = to == null ? today : to;
        if (c.to() != null && end.isAfter(c.to())) {
            end = c.to();
        }
        if (end.isAfter(today)) {
            end = today;
        }
        if (end.toEpochDay() - start.toEpochDay() >= MAX_DAYS) {
            throw ValidationException.of("to", "campaign.error.range-too-long", String.valueOf(MAX_DAYS));
        }
        List<Row> rows = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
            var byUnit = reports.reportsOf(c, d);
            for (UnitRef u : c.units()) {
                rows.add(new Row(d, u, byUnit.get(u.unitId())));
            }
        }
        ListExport<Row> export = ListExport.<Row>titled("campaign.export.title", c.name(), start.toString(),
                end.toString())
                .column("campaign.export.day", 12, r -> r.day().toString())
                .column("campaign.unit", 24, r -> r.unit().unitName())
                .column("campaign.state", 12, r -> CampaignDocuments.state(r.report()));
        for (CampaignField f : c.fields()) {
            export.column(f.name(), f.type() == FieldType.TEXT ? 40 : 12,
                    r -> r.report() == null ? null : r.report().values().get(f.code()));
        }
        return export.download(rows, "campaign-" + c.id() + ".xlsx");
    }
}
