package cn.diaodu.procedure;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ListPage;
import cn.diaodu.common.Messages;
import cn.diaodu.common.Uploads;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.project.Project;
import cn.diaodu.reporting.ReportingMonth;

/**
 * The pages of the procedures: the row forms of the project page's section, the scan's download, the page
 * {@code /procedures} for the project office (the overview of docs/figures.md §10 (前期手续), the ready projects, the overdue
 * procedures with search and paging, the approving units' ranking). Every rule is the services', as for the API.
 */
@Controller
class ProcedurePages {
    private final ProcedureService procedures;
    private final ProcedureFigures figures;
    private final ReportingMonth reportingMonth;
    private final ApplicationEventPublisher events;

    ProcedurePages(ProcedureService procedures, ProcedureFigures figures, ReportingMonth reportingMonth,
            ApplicationEventPublisher events) {
        this.procedures = procedures;
        this.figures = figures;
        this.reportingMonth = reportingMonth;
        this.events = events;
    }

    /** The row form of the project page: the record and, when a file is chosen, the scan, both or nothing. */
    @PostMapping("/projects/{id}/procedures/{code}")
    String save(@PathVariable long id, @PathVariable String code, @RequestParam(required = false) String status,
            @RequestParam(required = false) String plannedDate, @RequestParam(required = false) String appliedDate,
            @RequestParam(required = false) String actualDate, @RequestParam(required = false) String documentNo,
            @RequestParam(required = false) String approvingUnitId, @RequestParam(required = false) String note,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash) {
        List<FieldError> errors = new ArrayList<>();
        ProcedureInput in = new ProcedureInput(status, date(plannedDate, "plannedDate", errors),
                date(appliedDate, "appliedDate", errors), date(actualDate, "actualDate", errors), documentNo,
                unitId(approvingUnitId, errors), note);
        try {
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            procedures.putWithScan(id, code, in, file, CurrentUsers.get());
            flash.addFlashAttribute("procedureSaved", code);
        } catch (ValidationException e) {
            flash.addFlashAttribute("procedureErrorCode", code);
            flash.addFlashAttribute("procedureErrors", e.errors().stream()
                    .map(fe -> Messages.text("procedure.field." + fe.field()) + "：" + fe.message()).toList());
        }
        return "redirect:/projects/" + id + "#procedure-" + code;
    }

    private static LocalDate date(String text, String field, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "procedure.error.date-format"));
            return null;
        }
    }

    private static Long unitId(String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(FieldError.of("approvingUnitId", "procedure.error.unknown-unit", text));
            return null;
        }
    }

    @GetMapping("/projects/{id}/procedures/{code}/scan")
    ResponseEntity<byte[]> scan(@PathVariable long id, @PathVariable String code) {
        ProcedureStore.ScanContent s = procedures.scan(id, code, CurrentUsers.get());
        return Uploads.download(s.scan().filename(), s.contentType(), s.content());
    }

    /** The filters of the overdue list as typed, kept in its links. */
    record Query(String ym, String regionCode, String q) {
        Map<String, String> params() {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("ym", ym);
            m.put("regionCode", regionCode);
            m.put("q", q);
            return m;
        }
    }

    private static final Map<String, Comparator<ProcedureAnalysis.Overdue>> SORTS = Map.of(
            "project", Comparator.comparing(ProcedureAnalysis.Overdue::projectCode),
            "kind", Comparator.comparing(ProcedureAnalysis.Overdue::kindCode),
            "plannedDate", Comparator.comparing(ProcedureAnalysis.Overdue::plannedDate),
            "days", Comparator.comparingLong(ProcedureAnalysis.Overdue::daysOverdue));

    /** The project office's page: the month defaults to the reporting month. */
    @GetMapping("/procedures")
    String overview(Query query, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, Model model) {
        CurrentUser user = CurrentUsers.get();
        YearMonth m = month(query.ym());
        List<Project> ps = figures.projectsOf(m.getYear(), query.regionCode(), user);
        ProcedureAnalysis a = figures.analysis(m.getYear(), m.getMonthValue(), ps);
        Set<Long> ready = figures.readyProjectIds(m.getYear(), m.getMonthValue(), ps);
        List<ProcedureAnalysis.Overdue> overdue = new ArrayList<>(figures.overdue(ps));
        if (query.q() != null && !query.q().isBlank()) {
            String k = query.q().strip().toLowerCase(Locale.ROOT);
            overdue.removeIf(o -> !(contains(o.projectName(), k) || contains(o.projectCode(), k)
                    || contains(o.kindName(), k) || contains(o.approvingUnitName(), k)
                    || contains(o.leadUnitName(), k)));
        }
        Map<String, String> kept = query.params();
        kept.put("ym", m.toString());
        ListPage<ProcedureAnalysis.Overdue> list = ListPage.of("/procedures", kept, overdue, SORTS, sort, dir, page,
                size);
        model.addAttribute("a", a);
        model.addAttribute("ym", m.toString());
        model.addAttribute("f", query);
        model.addAttribute("readyProjects", ps.stream().filter(p -> ready.contains(p.id())).toList());
        model.addAttribute("list", list);
        model.addAttribute("approvers", figures.approvers(ps));
        return "procedure/overview";
    }

    private static boolean contains(String text, String k) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(k);
    }

    private YearMonth month(String ym) {
        if (ym != null && ym.matches("\\d{4}-\\d{2}")) {
            try {
                YearMonth m = YearMonth.parse(ym);
                if (m.getYear() >= 2000 && m.getYear() <= 2100) {
                    return m;
                }
            } catch (DateTimeParseException e) {
                // falls back to the reporting month
            }
        }
        return reportingMonth.current();
    }
}
