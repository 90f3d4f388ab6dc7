package cn.diaodu.reporting;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;

/**
 * 月报 Excel 导入导出: choose the month, download the template, upload the filled file (the refusals listed row by
 * row, with the file handed back with a 错误说明 column), download the month's 台账.
 */
@Controller
@PreAuthorize("hasAnyRole('REPORTER','DISPATCHER')")
class ExcelPages {
    @org.springframework.beans.factory.annotation.Autowired
    private ReportingMonth reportingMonth;

    /** Errors shown on the page; the 错误说明 file has them all. */
    static final int SHOWN_ERRORS = 500;
    private static final String REFUSED = "diaodu.excel.refused";

    private final ExcelService excel;
    private final OrganisationService organisation;
    private final AppClock clock;

    ExcelPages(ExcelService excel, OrganisationService organisation, AppClock clock) {
        this.excel = excel;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/reports/excel")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) Long unitId,
            Model model) {
        return show(model, CurrentUsers.get(), period(period), unitId);
    }

    @GetMapping("/reports/excel/template.xlsx")
    void template(@RequestParam(required = false) String period, @RequestParam(required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        Period p = period(period);
        ExcelService.Template t = excel.template(p, unitId, CurrentUsers.get());
        ExcelApi.download(response, ExcelService.templateName(p), "report-template-" + p + ".xlsx");
        excel.writeTemplate(t, response.getOutputStream());
    }

    @GetMapping("/reports/excel/reports.xlsx")
    void ledger(@RequestParam(required = false) String period, @RequestParam(required = false) String regionCode,
            HttpServletResponse response) throws IOException {
        Period p = period(period);
        ExcelService.Ledger l = excel.ledger(p, regionCode == null || regionCode.isBlank() ? null : regionCode,
                CurrentUsers.get());
        ExcelApi.download(response, ExcelService.ledgerName(p), "reports-" + p + ".xlsx");
        excel.writeLedger(l, response.getOutputStream());
    }

    @PostMapping("/reports/excel/import")
    String importFile(@RequestParam(required = false) String period,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, HttpSession session)
            throws IOException {
        CurrentUser user = CurrentUsers.get();
        Period p = period(period);
        forget(session);
        Path tmp = null;
        boolean keep = false;
        try {
            tmp = ExcelApi.upload(file);
            ExcelService.Outcome o = excel.importFile(p, tmp, user);
            model.addAttribute("imported", o.imported());
            model.addAttribute("written", o.written());
        } catch (ExcelService.SheetRefused refused) {
            session.setAttribute(REFUSED, new Refused(tmp, p.toString(), refused));
            keep = true;
            refusedModel(model, refused.errors(), true);
        } catch (ValidationException e) {
            refusedModel(model, e.errors(), false);
        } catch (ConflictException e) {
            model.addAttribute("conflict", e.getMessage());
        } finally {
            if (tmp != null && !keep) {
                Files.deleteIfExists(tmp);
            }
        }
        if (file != null && file.getOriginalFilename() != null) {
            model.addAttribute("fileName", file.getOriginalFilename());
        }
        return show(model, user, p, null);
    }

    /** The last refused upload of this session with its 错误说明 column. */
    @GetMapping("/reports/excel/errors.xlsx")
    void errors(HttpSession session, HttpServletResponse response) throws IOException {
        if (!(session.getAttribute(REFUSED) instanceof Refused r) || !Files.exists(r.file)) {
            throw new NotFoundException("no refused file");
        }
        Period p = Period.parse(r.period, "period");
        ExcelApi.download(response, ExcelService.errorsName(p), "import-errors-" + p + ".xlsx");
        excel.writeErrorsFile(r.file, r.refused, response.getOutputStream());
    }

    private static void refusedModel(Model model, List<FieldError> errors, boolean errorsFile) {
        model.addAttribute("errors", errors.size() > SHOWN_ERRORS ? errors.subList(0, SHOWN_ERRORS) : errors);
        model.addAttribute("errorCount", errors.size());
        model.addAttribute("rowCount", errors.stream().map(FieldError::row).filter(r -> r != null).distinct().count());
        model.addAttribute("errorsTruncated", errors.size() > SHOWN_ERRORS);
        model.addAttribute("errorsFile", errorsFile);
    }

    private String show(Model model, CurrentUser user, Period p, Long unitId) {
        model.addAttribute("period", p.toString());
        model.addAttribute("maxPeriod", Period.of(clock.currentMonth()).toString());
        model.addAttribute("unitId", unitId);
        boolean dispatcher = user.has(Role.DISPATCHER);
        model.addAttribute("chooseUnit", dispatcher);
        model.addAttribute("units", dispatcher ? organisation.units() : List.of());
        model.addAttribute("unitName", user.unitId() == null ? ""
                : organisation.unit(user.unitId()).map(u -> u.name()).orElse(""));
        model.addAttribute("maxRows", ExcelService.MAX_ROWS);
        model.addAttribute("maxMegabytes", XlsxSheetReader.MAX_FILE_BYTES / 1024 / 1024);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
            model.addAttribute("errorCount", 0);
        }
        return "reporting/excel";
    }

    private Period period(String text) {
        if (text != null && text.matches("\\d{4}-\\d{2}")) {
            try {
                return Period.parse(text, "period");
            } catch (ValidationException ignored) {
                // fall through to the current month
            }
        }
        return Period.of(reportingMonth.current());
    }

    private static void forget(HttpSession session) {
        session.removeAttribute(REFUSED);
    }

    /** A refused upload kept for its 错误说明 file; its temporary file goes when it leaves the session. */
    static final class Refused implements HttpSessionBindingListener, Serializable {
        private static final long serialVersionUID = 1L;
        final transient Path file;
        final String period;
        final transient ExcelService.SheetRefused refused;

        Refused(Path file, String period, ExcelService.SheetRefused refused) {
            this.file = file;
            this.period = period;
            this.refused = refused;
        }

        @Override
        public void valueUnbound(HttpSessionBindingEvent event) {
            try {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException ignored) {
                // a temporary file; the system cleans its temporary folder
            }
        }
    }
}
