package cn.diaodu.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

import cn.diaodu.support.ApiTest;

/**
 * The bulletin's DOCX opens in an office suite: LibreOffice converts it to PDF (A4, the title in the text). Without
 * {@code soffice} the test is skipped with that reason, unless {@code DIAODU_TEST_REQUIRE_SOFFICE=true} (set by
 * .ci/run), which makes its absence a failure.
 */
class BulletinPdfTest extends ApiTest {

    static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path p = Path.of(dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    static String run(List<String> command, Path dir, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command.get(0) + " did not finish in " + seconds + " s");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s: %s", command, out).isZero();
        return out;
    }

    @Test
    void docxConvertsToPdfThroughLibreOffice() throws Exception {
        String soffice = onPath("soffice");
        if (soffice == null) {
            if ("true".equalsIgnoreCase(System.getenv("DIAODU_TEST_REQUIRE_SOFFICE"))) {
                throw new AssertionError("LibreOffice (soffice) is required (DIAODU_TEST_REQUIRE_SOFFICE) but not "
                        + "on the PATH: apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils");
            }
            Assumptions.abort("soffice (LibreOffice) is not installed: the PDF conversion of the bulletin is not "
                    + "checked (apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils)");
        }
        World w = world();
        var disp = as(w.dispatcher);
        var body = project("丙县新能源电池项目", w.countyA, w.unitA, w.leader1, "100000");
        long id = created(disp.post("/api/projects", body)).id();
        ok(as(w.reporterA).put("/api/projects/" + id + "/reports/2024-06", report("30000")));

        Download res = fetch(w.dispatcher, "/api/bulletins/2024-06.docx?regionCode=" + w.city);
        assertThat(res.status()).isEqualTo(200);

        Path dir = Files.createTempDirectory("diaodu-bulletin-pdf");
        try {
            Path docx = dir.resolve("bulletin.docx");
            Files.write(docx, res.body());
            // a profile of its own, so that a running LibreOffice or a parallel test does not lock it
            run(List.of(soffice, "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                    "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString()), dir, 180);
            Path pdf = dir.resolve("bulletin.pdf");
            assertThat(pdf).exists();
            assertThat(Files.size(pdf)).isGreaterThan(1000);

            String pdftotext = onPath("pdftotext");
            if (pdftotext != null) {
                run(List.of(pdftotext, "-enc", "UTF-8", pdf.toString(), dir.resolve("bulletin.txt").toString()), dir,
                        60);
                String text = Files.readString(dir.resolve("bulletin.txt"), StandardCharsets.UTF_8)
                        .replaceAll("\\s+", "");
                assertThat(text).contains("2024年1—6月测试市" + w.province.substring(0, 2) + "重点项目建设情况通报");
                assertThat(text).contains("一、各县（市、区）推进情况").contains("四、预警项目");
                assertThat(text).contains("—1—");
            }
            String pdfinfo = onPath("pdfinfo");
            if (pdfinfo != null) {
                assertThat(run(List.of(pdfinfo, pdf.toString()), dir, 60)).contains("(A4)");
            }
        } finally {
            FileSystemUtils.deleteRecursively(dir);
        }
    }
}
