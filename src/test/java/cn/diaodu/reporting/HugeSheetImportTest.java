package cn.diaodu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A spreadsheet made to exhaust the server (a row of six million cells, data far to the right, too many rows) is
 * refused quickly with a 422 naming the row and column, before memory grows, and the server keeps answering.
 */
class HugeSheetImportTest extends ExcelTestSupport {
    private static final String IMPORT = "/api/periods/2024-05/import";

    /** Writes the rows of sheetData. */
    interface Rows {
        void write(OutputStream out) throws IOException;
    }

    @Test
    void aRowOfSixMillionCellsIsRefusedQuickly() throws IOException {
        World w = world();
        byte[] file = sheet(out -> {
            out.write("<row r=\"5\">".getBytes(StandardCharsets.US_ASCII));
            byte[] cell = "<c><v>1</v></c>".getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 6_000_000; i++) {
                out.write(cell);
            }
            out.write("</row>".getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(file.length).as("small on disk").isLessThan(20 * 1024 * 1024);
        long start = System.nanoTime();
        Bin r = upload(tokenOf(w.reporterA), IMPORT, file, "huge.xlsx");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertThat(r.status()).as("%s", r).isEqualTo(422);
        // it used to take two minutes and kill the HTTP poller; the reader alone now stops within a second (the bound
        // leaves room for a machine shared by several builds)
        assertThat(seconds).as("refused quickly").isLessThan(60);
        var error = r.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("file");
        assertThat(error.get("row").asInt()).isEqualTo(5);
        assertThat(error.has("column")).isTrue();
        assertThat(error.get("message").asText()).contains("IV");
        assertThat(fetch(null, "/actuator/health").status()).as("the server still answers").isEqualTo(200);
        assertThat(as(w.reporterA).get("/api/projects").status()).isEqualTo(200);
    }

    @Test
    void dataBeyondColumnIvAndTooManyRowsAreRefused() throws IOException {
        World w = world();
        Bin wide = upload(tokenOf(w.reporterA), IMPORT, sheet(out -> out.write(
                "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"IW3\"><v>2</v></c></row>"
                        .getBytes(StandardCharsets.US_ASCII))), "wide.xlsx");
        assertThat(wide.status()).as("%s", wide).isEqualTo(422);
        var e = wide.json().get("errors").get(0);
        assertThat(e.get("row").asInt()).isEqualTo(3);
        assertThat(e.get("column").asText()).isEqualTo("IW");

        Bin tall = upload(tokenOf(w.reporterA), IMPORT, sheet(out -> {
            for (int i = 3; i < 120_000; i++) {
                out.write(("<row r=\"" + i + "\"/>").getBytes(StandardCharsets.US_ASCII));
            }
        }), "tall.xlsx");
        assertThat(tall.status()).as("%s", tall).isEqualTo(422);
        assertThat(tall.json().get("errors").get(0).get("message").asText()).contains("行数过多");

        Bin nul = upload(tokenOf(w.reporterA), IMPORT, sheet(out -> out.write(
                "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>X_x0000_Y</t></is></c></row>"
                        .getBytes(StandardCharsets.US_ASCII))), "nul.xlsx");
        assertThat(nul.status()).as("%s", nul).isEqualTo(422);
        assertThat(nul.json().get("errors").get(0).get("column").asText()).isEqualTo("A");
        assertThat(fetch(null, "/actuator/health").status()).isEqualTo(200);
    }

    /** A template workbook whose sheet data is replaced by the given rows (after the header row). */
    private static byte[] sheet(Rows rows) throws IOException {
        XSSFWorkbook wb = new XSSFWorkbook();
        templateSheet(wb, "月报");
        byte[] normal = bytes(wb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(normal));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                z.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int end = xml.indexOf("</sheetData>");
                    z.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    rows.write(z);
                    z.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    z.write(data);
                }
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
