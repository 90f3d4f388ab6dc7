package cn.diaodu.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import cn.diaodu.common.AuditRecord;

/**
 * The filtered log as an XLSX (streaming, opens in Excel and WPS): one row per entry, newest first, the changes in
 * words. Every value is a text cell; text that a spreadsheet could take for a formula (= + - @ …) is quote-prefixed.
 */
@Component
class AuditExport {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int BATCH = 500;
    private static final String[] HEADERS = {"audit.id", "audit.at", "audit.actor", "audit.ip", "audit.action",
        "audit.objectType", "audit.objectId", "audit.objectName", "audit.changes", "audit.note", "audit.hash"};
    private final AuditService audit;
    private final AuditWords words;
    private final ApplicationEventPublisher events;

    AuditExport(AuditService audit, AuditWords words, ApplicationEventPublisher events) {
        this.audit = audit;
        this.words = words;
        this.events = events;
    }

    /** The download: recorded first (AUDIT_EXPORT, with the filter), then written. */
    void download(AuditFilter filter, HttpServletResponse response) throws IOException {
        events.publishEvent(AuditRecord.of("AUDIT_EXPORT", "AUDIT_LOG", null, null).withNote(filter.describe()));
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-log.xlsx\"; "
                + "filename*=UTF-8''%E5%AE%A1%E8%AE%A1%E6%97%A5%E5%BF%97.xlsx");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        write(filter, response.getOutputStream());
    }

    void write(AuditFilter filter, OutputStream out) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        wb.setCompressTempFiles(true);
        try {
            CellStyle plain = wb.createCellStyle();
            CellStyle quoted = wb.createCellStyle();
            quoted.setQuotePrefixed(true);
            Sheet sheet = wb.createSheet(words.message("audit.title", locale));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                header.createCell(c).setCellValue(words.message(HEADERS[c], locale));
            }
            int r = 1;
            for (int page = 0;; page++) {
                List<AuditEntry> batch = audit.find(filter, page, BATCH);
                for (AuditEntry e : batch) {
                    Row row = sheet.createRow(r++);
                    String[] v = {String.valueOf(e.id()), e.at() == null ? null : AuditWords.time(e.at()), e.actor(),
                        e.clientIp(), words.action(e.action(), locale), e.objectType(), e.objectId(), e.objectName(),
                        words.changes(e, locale), e.note(), e.hash()};
                    for (int c = 0; c < v.length; c++) {
                        text(row, c, v[c], plain, quoted);
                    }
                }
                if (batch.size() < BATCH) {
                    break;
                }
            }
            sheet.setColumnWidth(1, 20 * 256);
            sheet.setColumnWidth(8, 60 * 256);
            wb.write(out);
            out.flush();
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void text(Row row, int col, String value, CellStyle plain, CellStyle quoted) {
        var cell = row.createCell(col);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(formulaLike(value) ? quoted : plain);
    }

    static boolean formulaLike(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0;
    }
}
