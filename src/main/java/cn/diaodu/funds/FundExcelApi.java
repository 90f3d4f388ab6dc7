package cn.diaodu.funds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.Checks;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ListExport;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.CurrentUsers;

/**
 * The Excel round trip of the funds pipeline, for the API and the pages alike: {@code GET
 * /api/fund-applications/template.xlsx}, {@code POST /api/fund-applications/import?year=Y} (multipart {@code file}) →
 * {@code {"imported":n}} or 422 with every bad cell ({@code row}, {@code column}, {@code field}, {@code message}) and
 * nothing written, {@code GET /api/fund-applications/export.xlsx} (the list's filters); the same under {@code /funds}
 * for the page session.
 */
@RestController
class FundExcelApi {
    private final FundService funds;
    private final FundImport importer;
    private final FundExcel excel;

    FundExcelApi(FundService funds, FundImport importer, FundExcel excel) {
        this.funds = funds;
        this.importer = importer;
        this.excel = excel;
    }

    @GetMapping({ "/api/fund-applications/template.xlsx", "/funds/template.xlsx" })
    void template(HttpServletResponse response) throws IOException {
        if (!FundAccess.writesAny(CurrentUsers.get())) {
            throw new ForbiddenException("fund applications template");
        }
        response.setContentType(ListExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ListExport.attachment("向上争取资金项目清单模板.xlsx", "fund-applications-template.xlsx"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        excel.writeTemplate(response.getOutputStream());
    }

    @PostMapping(path = "/api/fund-applications/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> importFile(@RequestParam(required = false) Integer year,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return Map.of("imported", run(year, file, CurrentUsers.get()));
    }

    /** Runs the import on the upload kept in a temporary file, deleted afterwards; 422 on an empty or huge one. */
    int run(Integer year, MultipartFile file, CurrentUser user) throws IOException {
        if (!FundAccess.writesAny(user)) {
            throw new ForbiddenException("fund applications import");
        }
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "reporting.error.file-empty");
        }
        if (file.getSize() > XlsxSheetReader.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "reporting.error.file-too-large",
                    XlsxSheetReader.MAX_FILE_BYTES / 1024 / 1024);
        }
        Path tmp = Files.createTempFile("diaodu-funds-", ".xlsx");
        try {
            file.transferTo(tmp);
            return importer.importFile(year, tmp, user);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @GetMapping({ "/api/fund-applications/export.xlsx", "/funds/export.xlsx" })
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String programme,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) String regionCode,
            @RequestParam(required = false) String q) {
        List<FieldError> errors = new ArrayList<>();
        FundService.Filter f = new FundService.Filter(year, FundApi.optional(FundStage.class, stage, "stage", errors),
                FundApi.optional(Programme.class, programme, "programme", errors), unitId, regionCode, q);
        Checks.throwIfAny(errors);
        return excel.export(funds.list(f, CurrentUsers.get()));
    }
}
