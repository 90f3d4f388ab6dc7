package cn.diaodu.campaign;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUsers;

/** CONTRACT §15: campaigns, their daily reports and days, and their ledger items. */
@RestController
class CampaignApi {
    private final CampaignService campaigns;
    private final DailyReports reports;
    private final CampaignItems items;
    private final CampaignReminders reminders;
    private final CampaignRankings rankings;
    private final CampaignDocuments documents;
    private final CampaignExports exports;
    private final cn.diaodu.common.AppClock clock;

    CampaignApi(CampaignService campaigns, DailyReports reports, CampaignItems items, CampaignReminders reminders,
            CampaignRankings rankings, CampaignDocuments documents, CampaignExports exports,
            cn.diaodu.common.AppClock clock) {
        this.documents = documents;
        this.exports = exports;
        this.clock = clock;
        this.rankings = rankings;
        this.campaigns = campaigns;
        this.reports = reports;
        this.items = items;
        this.reminders = reminders;
    }

    /** 催报: reminds every unit still missing on the day; answers how many were reminded. */
    @PostMapping("/api/campaigns/{id}/days/{day}/remind")
    Map<String, Integer> remind(@PathVariable long id, @PathVariable String day) {
        return Map.of("reminded", reminders.remindNow(id, day(day), CurrentUsers.get()));
    }

    @PostMapping("/api/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    Campaign create(@RequestBody(required = false) CampaignInput in) {
        return campaigns.create(in, CurrentUsers.get());
    }

    @GetMapping("/api/campaigns")
    List<Campaign> list() {
        return campaigns.list(CurrentUsers.get());
    }

    @GetMapping("/api/campaigns/{id}")
    Campaign get(@PathVariable long id) {
        return campaigns.get(id, CurrentUsers.get());
    }

    @PutMapping("/api/campaigns/{id}/reports/{day}")
    DailyReport put(@PathVariable long id, @PathVariable String day,
            @RequestBody(required = false) DailyReportInput in) {
        return reports.put(id, day(day), in, CurrentUsers.get());
    }

    /** The units ranked by on-time reporting and items closed on time over from..to (default: the campaign so far). */
    @GetMapping("/api/campaigns/{id}/rankings")
    CampaignRankings.Ranking rankings(@PathVariable long id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return rankings.of(id, from == null || from.isBlank() ? null : day(from),
                to == null || to.isBlank() ? null : day(to), CurrentUsers.get());
    }

    /** The day's report as DOCX, ready to send upward. */
    @GetMapping({ "/api/campaigns/{id}/days/{day}/report.docx", "/campaigns/{id}/days/{day}/report.docx" })
    org.springframework.http.ResponseEntity<byte[]> dayDocx(@PathVariable long id, @PathVariable String day) {
        LocalDate d = day(day);
        byte[] body = documents.day(id, d, CurrentUsers.get());
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .header("Content-Disposition", cn.diaodu.common.ListExport.attachment("专项工作日报-" + d + ".docx",
                        "campaign-" + id + "-" + d + ".docx"))
                .body(body);
    }

    /** The reports of from..to (default: the campaign so far) as XLSX. */
    @GetMapping({ "/api/campaigns/{id}/reports.xlsx", "/campaigns/{id}/reports.xlsx" })
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable long id,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return exports.range(id, from == null || from.isBlank() ? null : day(from),
                to == null || to.isBlank() ? null : day(to), clock.today(), CurrentUsers.get());
    }

    @GetMapping("/api/campaigns/{id}/days/{day}")
    DaySummary day(@PathVariable long id, @PathVariable String day) {
        return reports.day(id, day(day), CurrentUsers.get());
    }

    @PostMapping("/api/campaigns/{id}/items")
    @ResponseStatus(HttpStatus.CREATED)
    CampaignItem register(@PathVariable long id, @RequestBody(required = false) ItemInput in) {
        return items.register(id, in, CurrentUsers.get());
    }

    @GetMapping("/api/campaigns/{id}/items")
    List<CampaignItem> items(@PathVariable long id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String overdue) {
        List<FieldError> errors = new ArrayList<>();
        ItemStatus s = Checks.blankToNull(status) == null ? null
                : Checks.parseEnum(ItemStatus.class, status, "status", errors);
        Boolean o = null;
        if (Checks.blankToNull(overdue) != null) {
            String v = overdue.trim();
            if ("true".equalsIgnoreCase(v) || "false".equalsIgnoreCase(v)) {
                o = Boolean.parseBoolean(v);
            } else {
                errors.add(FieldError.of("overdue", "common.error.unknown-value", overdue));
            }
        }
        Checks.throwIfAny(errors);
        return items.list(id, s, o, CurrentUsers.get());
    }

    @PostMapping("/api/campaign-items/{id}/{action}")
    CampaignItem act(@PathVariable long id, @PathVariable String action,
            @RequestBody(required = false) Map<String, Object> body) {
        Object note = body == null ? null : body.get("note");
        return items.act(id, action, note == null ? null : String.valueOf(note), CurrentUsers.get());
    }

    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ValidationException.of("date", "campaign.error.day-format", text);
        }
    }
}
