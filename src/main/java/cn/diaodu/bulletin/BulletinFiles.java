package cn.diaodu.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import cn.diaodu.analysis.AnalysisService;
import cn.diaodu.analysis.ProjectFigures;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.DocumentHeader;
import cn.diaodu.document.DocumentHeaders;
import cn.diaodu.document.DocumentKind;
import cn.diaodu.common.Period;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.organisation.OrganisationService;

/**
 * The two downloads of a bulletin, for the API and the page alike: the DOCX and the XLSX annex, each with a
 * Content-Disposition that names the file in UTF-8 (RFC 5987/6266) and an ASCII fallback.
 */
@Component
class BulletinFiles {
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final BulletinService bulletins;
    private final AnalysisService analysis;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final DocumentHeaders headers;

    BulletinFiles(BulletinService bulletins, AnalysisService analysis, OrganisationService organisation,
            ApplicationEventPublisher events, DocumentHeaders headers) {
        this.events = events;
        this.headers = headers;
        this.bulletins = bulletins;
        this.analysis = analysis;
        this.organisation = organisation;
    }

    /** Checks everything first (role, period, region: 403 or 422 before a byte is written), then streams. */
    void docx(String periodText, String regionCode, CurrentUser user, HttpServletResponse res) throws IOException {
        BulletinService.requireReader(user);
        Period period = BulletinService.period(periodText);
        Bulletin b = bulletins.build(period, regionCode, user);
        // written in memory first (a bulletin is small): a failure answers 500, never a truncated file
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        // the same bulletin (month and region) keeps its number when downloaded again
        String key = period + "|" + (regionCode == null ? "" : regionCode.strip());
        DocumentHeader header = headers.of(DocumentKind.BULLETIN, key, user.username());
        new DocxBulletinWriter().write(b, header, buf);
        events.publishEvent(AuditRecord.of("EXPORT_BULLETIN", "BULLETIN", period, b.title())
                .withNote(regionCode == null || regionCode.isBlank() ? null : regionCode).by(user.username()));
        start(res, DOCX, b.title() + ".docx", "bulletin-" + b.period() + ".docx");
        res.setContentLength(buf.size());
        try (OutputStream out = res.getOutputStream()) {
            buf.writeTo(out);
        }
    }

    void xlsx(String periodText, String regionCode, CurrentUser user, HttpServletResponse res) throws IOException {
        BulletinService.requireReader(user);
        Period period = BulletinService.period(periodText);
        // the analysis checks the region: unknown → 422, outside the user's scope → 403
        List<ProjectFigures> figures = bulletins.annex(period, regionCode, user);
        String title = BulletinService.title(period.year(), period.month(), bulletins.root(regionCode, user));
        var names = new XlsxAnnexWriter.Names(analysis.unitNames(), analysis.leaderNames(),
                organisation.regionTree());
        String note = "共" + figures.size() + "个项目；数据截至" + period.month() + "月底，生成于" + bulletins.issued() + "。";
        events.publishEvent(AuditRecord.of("EXPORT_ANNEX", "BULLETIN", period, title)
                .withNote(figures.size() + " projects" + (regionCode == null || regionCode.isBlank() ? ""
                        : ", " + regionCode)).by(user.username()));
        start(res, XLSX, title + "（附件：项目明细）.xlsx", "bulletin-" + period + "-projects.xlsx");
        try (OutputStream out = res.getOutputStream()) {
            new XlsxAnnexWriter().write(title, figures, names, note, out);
        }
    }

    private static void start(HttpServletResponse res, String type, String filename, String ascii) {
        res.setStatus(200);
        res.setContentType(type);
        res.setHeader("Content-Disposition", contentDisposition(filename, ascii));
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Content-Type-Options", "nosniff");
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''percent-encoded} (RFC 6266, RFC 5987). */
    static String contentDisposition(String filename, String ascii) {
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + rfc5987(filename);
    }

    static String rfc5987(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
