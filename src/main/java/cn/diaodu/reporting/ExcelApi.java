package cn.diaodu.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * CONTRACT §7, the Excel round trip: the month's template, the import of a filled one (200 {@code {"imported":n}}
 * or 422 with every refused cell and nothing written), the refused file with a 错误说明 column, and the month's
 * reports as a spreadsheet (台账).
 */
@RestController
@RequestMapping("/api/periods")
class ExcelApi {
    private final ExcelService excel;

    ExcelApi(ExcelService excel) {
        this.excel = excel;
    }

    /** The template for the caller's projects of the period's year (a reporter: the own unit's). */
    @GetMapping("/{period}/template.xlsx")
    void template(@PathVariable String period, @RequestParam(required = false) Long unitId,
            HttpServletResponse response) throws IOException {
        Period p = Period.parse(period, "period");
        ExcelService.Template t = excel.template(p, unitId, CurrentUsers.get());
        download(response, ExcelService.templateName(p), "report-template-" + p + ".xlsx");
        excel.writeTemplate(t, response.getOutputStream());
    }

    /** The period's reports of every project in the caller's scope (台账). */
    @GetMapping("/{period}/reports.xlsx")
    void ledger(@PathVariable String period, @RequestParam(required = false) String regionCode,
            HttpServletResponse response) throws IOException {
        Period p = Period.parse(period, "period");
        ExcelService.Ledger l = excel.ledger(p, regionCode, CurrentUsers.get());
        download(response, ExcelService.ledgerName(p), "reports-" + p + ".xlsx");
        excel.writeLedger(l, response.getOutputStream());
    }

    /**
     * Imports a filled template. With {@code errorsFile=true} a refused file comes back as the spreadsheet with a
     * 错误说明 column (still 422) instead of the JSON list.
     */
    @PostMapping(path = "/{period}/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> importFile(@PathVariable String period, @RequestPart("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean errorsFile, HttpServletResponse response)
            throws IOException {
        Period p = Period.parse(period, "period");
        CurrentUser user = CurrentUsers.get();
        Path tmp = upload(file);
        try {
            ExcelService.Outcome o = excel.importFile(p, tmp, user);
            return Map.of("imported", o.imported(), "written", o.written());
        } catch (ExcelService.SheetRefused refused) {
            if (!errorsFile) {
                throw refused;
            }
            response.setStatus(422);
            download(response, ExcelService.errorsName(p), "import-errors-" + p + ".xlsx");
            excel.writeErrorsFile(tmp, refused, response.getOutputStream());
            return null;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Checks a file without importing it and hands it back with a 错误说明 column (empty when every row would be
     * taken); a file that cannot be read as a spreadsheet is a 422.
     */
    @PostMapping(path = "/{period}/import/errors.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    void errorsFile(@PathVariable String period, @RequestPart("file") MultipartFile file,
            HttpServletResponse response) throws IOException {
        Period p = Period.parse(period, "period");
        CurrentUser user = CurrentUsers.get();
        Path tmp = upload(file);
        try {
            ExcelService.SheetRefused checked = excel.check(p, tmp, user);
            download(response, ExcelService.errorsName(p), "import-errors-" + p + ".xlsx");
            excel.writeErrorsFile(tmp, checked, response.getOutputStream());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The upload in a temporary file (the reader needs random access to the zip); refuses an empty or huge one. */
    static Path upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "reporting.error.file-empty");
        }
        if (file.getSize() > XlsxSheetReader.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "reporting.error.file-too-large",
                    XlsxSheetReader.MAX_FILE_BYTES / 1024 / 1024);
        }
        Path tmp = Files.createTempFile("diaodu-import-", ".xlsx");
        try {
            file.transferTo(tmp);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    static void download(HttpServletResponse response, String name, String asciiName) {
        response.setContentType(ExcelSheets.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ExcelSheets.attachment(name, asciiName));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
