package cn.diaodu.investment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.diaodu.common.ListExport;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUsers;

/**
 * The Excel round trip of the attraction pipeline: {@code GET /api/investments/template.xlsx},
 * {@code POST /api/investments/import} (multipart {@code file}) → 200 {@code {"imported":n}} or 422 with every bad
 * cell by {@code row} and {@code column}, nothing written; {@code GET /api/investments/export.xlsx} (the list's
 * filters).
 */
@RestController
class InvestmentExcelApi {
    private final InvestmentExcel excel;
    private final InvestmentImport imports;
    private final InvestmentQueries queries;

    InvestmentExcelApi(InvestmentExcel excel, InvestmentImport imports, InvestmentQueries queries) {
        this.excel = excel;
        this.imports = imports;
        this.queries = queries;
    }

    @GetMapping("/api/investments/template.xlsx")
    void template(HttpServletResponse response) throws IOException {
        response.setContentType(ListExport.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ListExport.attachment("招商项目导入模板.xlsx",
                "investment-template.xlsx"));
        excel.writeTemplate(CurrentUsers.get(), response.getOutputStream());
    }

    @PostMapping("/api/investments/import")
    Map<String, Object> importFile(@RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        return Map.of("imported", withFile(file, p -> imports.importFile(p, CurrentUsers.get())));
    }

    @GetMapping("/api/investments/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year,
            @RequestParam(required = false) String stage, @RequestParam(required = false) String unitId,
            @RequestParam(required = false) String regionCode, @RequestParam(required = false) String q) {
        return excel.export(queries.list(InvestmentApi.filter(year, stage, unitId, regionCode, q),
                CurrentUsers.get()));
    }

    /** What an import does with the upload, kept in a temporary file (the reader needs random access). */
    interface Work {
        int run(Path file);
    }

    static int withFile(MultipartFile file, Work work) throws IOException {
        if (file == null || file.isEmpty()) {
            throw ValidationException.of("file", "reporting.error.file-empty");
        }
        if (file.getSize() > XlsxSheetReader.MAX_FILE_BYTES) {
            throw ValidationException.of("file", "reporting.error.file-too-large",
                    XlsxSheetReader.MAX_FILE_BYTES / 1024 / 1024);
        }
        Path tmp = Files.createTempFile("diaodu-investments-", ".xlsx");
        try {
            file.transferTo(tmp);
            return work.run(tmp);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
