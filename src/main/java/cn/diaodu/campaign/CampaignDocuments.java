package cn.diaodu.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.DocumentHeader;
import cn.diaodu.common.Messages;
import cn.diaodu.common.OfficialDocument;
import cn.diaodu.identity.CurrentUser;

/**
 * The day's report of a campaign as a DOCX on {@link OfficialDocument}, ready to send upward: the title, the sentence
 * of who reported (应报、已报、零报告、迟报、未报 and which units are missing), the table of every unit's figures with
 * the totals, the units' notes, and the signature.
 */
@Component
class CampaignDocuments {
    private final CampaignService campaigns;
    private final DailyReports reports;

    CampaignDocuments(CampaignService campaigns, DailyReports reports) {
        this.campaigns = campaigns;
        this.reports = reports;
    }

    byte[] day(long campaignId, LocalDate day, CurrentUser user) {
        Campaign c = campaigns.get(campaignId, user);
        if (!c.covers(day)) {
            throw cn.diaodu.common.ValidationException.of("date", "campaign.error.day-outside", day.toString());
        }
        Map<Long, DailyReport> byUnit = reports.reportsOf(c, day);
        DaySummary s = DailyReports.summary(c, byUnit);
        List<CampaignField> numbers = c.fields().stream().filter(f -> f.type() == FieldType.NUMBER).toList();
        List<CampaignField> texts = c.fields().stream().filter(f -> f.type() == FieldType.TEXT).toList();
        try (OfficialDocument doc = new OfficialDocument(DocumentHeader.NONE)) {
            doc.title(c.name() + "（" + OfficialDocument.chineseDate(day) + "）");
            String missing = s.missingUnits().isEmpty() ? Messages.text("campaign.doc.noneMissing")
                    : Messages.text("campaign.doc.missing", List.of(String.join("、", s.missingUnits().stream()
                            .map(UnitRef::unitName).toList())));
            doc.body(Messages.text("campaign.doc.sentence", List.of(OfficialDocument.chineseDate(day), c.deadline(),
                    String.valueOf(s.units()), String.valueOf(s.reported()), String.valueOf(s.zero()),
                    String.valueOf(s.late()), String.valueOf(s.missing()))) + missing);
            if (!numbers.isEmpty()) {
                List<String> header = new ArrayList<>(List.of(Messages.text("campaign.unit"),
                        Messages.text("campaign.state")));
                numbers.forEach(f -> header.add(f.name()));
                List<List<String>> rows = new ArrayList<>();
                for (UnitRef u : c.units()) {
                    DailyReport r = byUnit.get(u.unitId());
                    List<String> row = new ArrayList<>(List.of(u.unitName(), state(r)));
                    numbers.forEach(f -> row.add(r == null || r.values().get(f.code()) == null ? "—"
                            : String.valueOf(r.values().get(f.code()))));
                    rows.add(row);
                }
                List<String> total = new ArrayList<>(List.of(Messages.text("campaign.totals"), ""));
                numbers.forEach(f -> total.add(s.totals().getOrDefault(f.code(), BigDecimal.ZERO).toPlainString()));
                rows.add(total);
                List<Integer> widths = new ArrayList<>(List.of(4, 2));
                List<Boolean> numeric = new ArrayList<>(List.of(false, false));
                numbers.forEach(f -> {
                    widths.add(2);
                    numeric.add(true);
                });
                doc.table(header, rows, widths, numeric, true);
            }
            for (CampaignField f : texts) {
                List<String> lines = new ArrayList<>();
                for (UnitRef u : c.units()) {
                    DailyReport r = byUnit.get(u.unitId());
                    Object v = r == null ? null : r.values().get(f.code());
                    if (v != null) {
                        lines.add(u.unitName() + "：" + v);
                    }
                }
                if (!lines.isEmpty()) {
                    doc.heading(1, f.name());
                    lines.forEach(doc::body);
                }
            }
            doc.signature(Messages.text("campaign.doc.issuer"), OfficialDocument.chineseDate(day));
            return doc.bytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String state(DailyReport r) {
        if (r == null) {
            return Messages.text("campaign.state.missing");
        }
        String s = Messages.text(r.zero() ? "campaign.state.zero" : "campaign.state.reported");
        return r.late() ? s + "（" + Messages.text("campaign.state.late") + "）" : s;
    }
}
