package cn.diaodu.onboarding;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;

/**
 * The first visible sheet of an uploaded list, read once with {@link XlsxSheetReader}: the header row (the first row
 * that names one of the known columns) and the data rows below it, blank rows left out. Columns are found by their
 * header text whatever their order ({@link Headers#normal}); a row keeps only the cells of known columns.
 */
final class ImportSheet {
    /** Data rows an onboarding list may hold: a city's projects, units or users, with room to spare. */
    static final int MAX_ROWS = 20_000;

    /** One data row: its number as the spreadsheet numbers it, and its cells by column key. */
    record Line(int row, Map<String, XlsxSheetReader.Cell> cells) {
        XlsxSheetReader.Cell cell(String key) {
            return cells.get(key);
        }

        boolean has(String key) {
            XlsxSheetReader.Cell c = cells.get(key);
            return c != null && !Cells.text(c).isEmpty();
        }
    }

    final List<Line> lines = new ArrayList<>();
    /** The header of each column key as written in the file. */
    final Map<String, String> headers = new LinkedHashMap<>();
    final boolean date1904;

    private ImportSheet(boolean date1904) {
        this.date1904 = date1904;
    }

    /**
     * Reads the file; {@code columns} maps each normalised header (and alias) to its column key. Refuses (422 on
     * {@code file}) a file without a header row, with a required column missing, or with too many rows.
     */
    static ImportSheet read(Path file, Map<String, String> columns, Collection<String> required,
            Map<String, String> requiredHeaders) {
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            ImportSheet sheet = new ImportSheet(reader.date1904());
            Map<Integer, String> keyOfCol = new HashMap<>();
            reader.read((rowNum, cells) -> {
                if (keyOfCol.isEmpty()) {
                    for (XlsxSheetReader.Cell c : cells) {
                        String key = c.kind() == XlsxSheetReader.Kind.TEXT ? columns.get(Headers.normal(c.value()))
                                : null;
                        if (key != null && !sheet.headers.containsKey(key)) {
                            keyOfCol.put(c.col(), key);
                            sheet.headers.put(key, c.value().trim());
                        }
                    }
                    return;
                }
                Map<String, XlsxSheetReader.Cell> kept = new HashMap<>();
                for (XlsxSheetReader.Cell c : cells) {
                    String key = keyOfCol.get(c.col());
                    if (key != null && !Cells.text(c).isEmpty()) {
                        kept.put(key, c);
                    }
                }
                if (!kept.isEmpty()) {
                    if (sheet.lines.size() >= MAX_ROWS) {
                        throw new XlsxSheetReader.Refused(
                                ValidationException.of("file", "onboarding.error.too-many-rows", String.valueOf(MAX_ROWS)));
                    }
                    sheet.lines.add(new Line(rowNum, kept));
                }
            });
            List<FieldError> missing = new ArrayList<>();
            for (String key : required) {
                if (!sheet.headers.containsKey(key)) {
                    missing.add(FieldError.of("file", "onboarding.error.missing-column", requiredHeaders.get(key)));
                }
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            return sheet;
        }
    }

    /** The header of a column as written in the file, else its template header. */
    String header(String key, String otherwise) {
        return headers.getOrDefault(key, otherwise);
    }

    boolean hasColumn(String key) {
        return headers.containsKey(key);
    }
}
