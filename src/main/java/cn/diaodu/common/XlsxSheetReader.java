package cn.diaodu.common;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;


/**
 * Reads one sheet of an XLSX file as a stream of rows with POI's event API: {@link XSSFReader} opens the parts of the
 * package (a zip read through {@code ZipSecureFile}, which refuses zip bombs), and SAX handlers read the workbook's
 * sheet list, the number formats, the shared strings and the sheet's rows one by one; the workbook is never built in
 * memory. Every cell keeps what the file says it is (text, number, date, formula, …) so that the caller can refuse a
 * formula or a date where a number belongs.
 *
 * <p>Which sheet: a visible sheet named 月报 when there is one, else the first visible sheet; hidden sheets are never
 * read. Limits (a refused file is a 422 naming {@code file}, with the row and column where there is one), checked
 * as the file is read so that memory never grows with the file: the upload's size, the size of every part once
 * unzipped, the number of rows of the sheet ({@link #MAX_SHEET_ROWS}), of cell elements in a row
 * ({@link #MAX_CELLS_IN_ROW}) and in the sheet, the columns holding data ({@link #MAX_COLUMNS}), the length of a text
 * ({@link #MAX_CELL_CHARS}, Excel's own limit), the memory the shared strings take. Only one row is held at a time,
 * and only its cells with data. A text holding a NUL or a bidirectional control is refused ({@link InputText}).
 */
public final class XlsxSheetReader implements Closeable {
    /** The largest upload accepted. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** The largest sheet part once unzipped. */
    static final long MAX_SHEET_XML_BYTES = 512L * 1024 * 1024;
    static final long MAX_SHARED_STRINGS_XML_BYTES = 64L * 1024 * 1024;
    /** What the shared strings may take on the heap (estimated: 48 bytes a string plus 2 a character). */
    static final long MAX_SHARED_STRINGS_HEAP = 48L * 1024 * 1024;
    static final long MAX_STYLES_XML_BYTES = 8L * 1024 * 1024;
    /** Rows of the sheet, blank ones included: the import's 100 000 data rows and room for headers and notes. */
    static final int MAX_SHEET_ROWS = 110_000;
    /** Cell elements in one row, blank (formatted) ones included. */
    static final int MAX_CELLS_IN_ROW = 1024;
    /** Columns A to IV: a cell with data beyond them is refused. */
    static final int MAX_COLUMNS = 256;
    static final long MAX_CELLS = 5_000_000L;
    /** Excel's own limit of a cell's text. */
    static final int MAX_CELL_CHARS = 32_767;
    public static final String PREFERRED_SHEET = "月报";

    /** What a cell holds, as the file says. */
    public enum Kind {
        TEXT, NUMBER, DATE, FORMULA, BOOLEAN, ERROR
    }

    /**
     * One cell: its column (0-based), kind, the value as stored (the text, the number as written, the formula with
     * its "=", TRUE/FALSE, the error code) and, for numbers and dates, the value as Excel would show it.
     */
    public record Cell(int col, Kind kind, String value, String shown) {
    }

    /** Receives the rows of the sheet, top to bottom; {@code cells} holds the non-blank cells by column. */
    public interface RowVisitor {
        void row(int rowNum, List<Cell> cells);

        /** The merged regions, reported after the last row (the file lists them after the data). */
        default void merged(List<CellRangeAddress> regions) {
        }
    }

    /** Thrown from a visitor to stop reading; its errors become the 422. */
    public static final class Refused extends RuntimeException {
        final transient ValidationException errors;

        public Refused(ValidationException errors) {
            super(errors.getMessage(), null, false, false);
            this.errors = errors;
        }
    }

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final String sheetId;
    private final String sheetName;
    private final Styles styles;
    private final List<String> strings;
    private final boolean date1904;

    private XlsxSheetReader(OPCPackage pkg, XSSFReader reader, String sheetId, String sheetName, Styles styles,
            List<String> strings, boolean date1904) {
        this.pkg = pkg;
        this.reader = reader;
        this.sheetId = sheetId;
        this.sheetName = sheetName;
        this.styles = styles;
        this.strings = strings;
        this.date1904 = date1904;
    }

    public static ValidationException fileError(String key, Object... args) {
        return ValidationException.of("file", key, args);
    }

    /** A refusal at a row (as the spreadsheet numbers it) and column (its letters, or null). */
    public static Refused refusedAt(int row, int col, String key, Object... args) {
        String column = col >= 0 ? CellReference.convertNumToColString(col) : null;
        Object reason = new DefaultMessageSourceResolvable(new String[] {key}, args, key);
        return new Refused(new ValidationException(List.of(column == null
                ? new FieldError("file", "reporting.error.import-at-row", row, null, List.of(String.valueOf(row), reason))
                : new FieldError("file", "reporting.error.import-at-cell", row, column,
                        List.of(String.valueOf(row), column, reason)))));
    }

    /** Opens the file and prepares its sheet, or refuses it (422 on {@code file}) with a clear reason. */
    public static XlsxSheetReader open(Path file) {
        long size;
        FileMagic magic;
        try {
            size = Files.size(file);
            if (size == 0) {
                throw fileError("reporting.error.file-empty");
            }
            if (size > MAX_FILE_BYTES) {
                throw fileError("reporting.error.file-too-large", MAX_FILE_BYTES / 1024 / 1024);
            }
            try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(file))) {
                magic = FileMagic.valueOf(in);
            }
        } catch (IOException e) {
            throw fileError("reporting.error.file-cannot-read");
        }
        if (magic == FileMagic.OLE2) {
            throw fileError("reporting.error.import-xls-encrypted");
        }
        if (magic != FileMagic.OOXML) {
            throw fileError("reporting.error.file-not-xlsx-spreadsheet");
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookInfo wb = workbook(reader);
            SheetRef chosen = null;
            for (SheetRef s : wb.sheets) {
                if (s.visible && PREFERRED_SHEET.equals(s.name.trim())) {
                    chosen = s;
                    break;
                }
            }
            if (chosen == null) {
                chosen = wb.sheets.stream().filter(s -> s.visible).findFirst().orElse(null);
            }
            if (chosen == null) {
                throw fileError("reporting.error.workbook-has-no-visible-sheet");
            }
            Styles styles = styles(reader);
            List<String> strings = sharedStrings(reader);
            XlsxSheetReader out = new XlsxSheetReader(pkg, reader, chosen.id, chosen.name, styles, strings,
                    wb.date1904);
            pkg = null;
            return out;
        } catch (ValidationException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e, "reporting.error.file-not-valid-xlsx-workbook");
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** True when the workbook counts dates from 1904 (old Mac files): a date's serial number depends on it. */
    public boolean date1904() {
        return date1904;
    }

    public String sheetName() {
        return sheetName;
    }

    /** Reads the sheet's rows in order and hands them to the visitor. */
    public void read(RowVisitor visitor) {
        try (InputStream sheet = new Limited(reader.getSheet(sheetId), MAX_SHEET_XML_BYTES)) {
            SheetHandler h = new SheetHandler(visitor);
            parse(sheet, h);
            visitor.merged(h.merged);
        } catch (ValidationException e) {
            throw e;
        } catch (Exception e) {
            throw refusal(e, "reporting.error.sheet-cannot-read-file-may-damaged");
        }
    }

    /** The 422 for a failure while reading: a limit reached, a zip bomb, or else the given reason. */
    private static ValidationException refusal(Exception e, String otherwise) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
            if (t instanceof Refused r) {
                return r.errors;
            }
            if (t instanceof SAXException sax && sax.getException() instanceof Refused r) {
                return r.errors;
            }
            if (t instanceof TooLarge) {
                return fileError("reporting.error.file-holds-too-much-data");
            }
            String msg = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (msg.contains("zip bomb")) {
                return fileError("reporting.error.file-expands-too-much-when-unzipped");
            }
        }
        return fileError(otherwise);
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static void parse(InputStream in, DefaultHandler handler)
            throws IOException, SAXException, ParserConfigurationException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    // ---- the workbook part: sheets and their visibility -------------------------------------------------------

    private record SheetRef(String name, String id, boolean visible) {
    }

    private record WorkbookInfo(List<SheetRef> sheets, boolean date1904) {
    }

    private static WorkbookInfo workbook(XSSFReader reader) throws Exception {
        List<SheetRef> sheets = new ArrayList<>();
        boolean[] date1904 = {false};
        try (InputStream in = new Limited(reader.getWorkbookData(), MAX_STYLES_XML_BYTES)) {
            parse(in, new DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    if ("sheet".equals(local)) {
                        String id = null;
                        for (int i = 0; i < a.getLength(); i++) {
                            if ("id".equals(a.getLocalName(i)) && a.getURI(i).contains("relationships")) {
                                id = a.getValue(i);
                            }
                        }
                        String state = a.getValue("state");
                        if (id != null) {
                            sheets.add(new SheetRef(String.valueOf(a.getValue("name")), id,
                                    state == null || "visible".equals(state)));
                        }
                    } else if ("workbookPr".equals(local)) {
                        String d = a.getValue("date1904");
                        date1904[0] = "1".equals(d) || "true".equals(d);
                    }
                }
            });
        }
        return new WorkbookInfo(sheets, date1904[0]);
    }

    // ---- number formats: which styles show dates --------------------------------------------------------------

    /** The number format of each cell style ({@code cellXfs}), enough to tell dates and to show numbers. */
    private static final class Styles {
        final List<Integer> xfFormat = new ArrayList<>();
        final Map<Integer, String> formats = new HashMap<>();
        private final Map<Integer, Boolean> dateCache = new HashMap<>();

        int formatId(int style) {
            return style >= 0 && style < xfFormat.size() ? xfFormat.get(style) : 0;
        }

        String formatString(int style) {
            int id = formatId(style);
            String custom = formats.get(id);
            if (custom != null) {
                return custom;
            }
            String builtin = BuiltinFormats.getBuiltinFormat(id);
            return builtin == null ? "General" : builtin;
        }

        boolean isDate(int style) {
            return dateCache.computeIfAbsent(style, s -> DateUtil.isADateFormat(formatId(s), formatString(s)));
        }
    }

    private static Styles styles(XSSFReader reader) throws Exception {
        Styles styles = new Styles();
        InputStream data;
        try {
            data = reader.getStylesData();
        } catch (Exception noStyles) {
            return styles;
        }
        if (data == null) {
            return styles;
        }
        try (InputStream in = new Limited(data, MAX_STYLES_XML_BYTES)) {
            parse(in, new DefaultHandler() {
                boolean inCellXfs;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    switch (local) {
                        case "numFmt" -> {
                            String id = a.getValue("numFmtId");
                            String code = a.getValue("formatCode");
                            if (id != null && code != null) {
                                styles.formats.put(parseInt(id, 0), code);
                            }
                        }
                        case "cellXfs" -> inCellXfs = true;
                        case "xf" -> {
                            if (inCellXfs) {
                                styles.xfFormat.add(parseInt(a.getValue("numFmtId"), 0));
                            }
                        }
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) {
                    if ("cellXfs".equals(local)) {
                        inCellXfs = false;
                    }
                }
            });
        }
        return styles;
    }

    // ---- shared strings, within a memory budget ---------------------------------------------------------------

    private static List<String> sharedStrings(XSSFReader reader) throws Exception {
        List<String> out = new ArrayList<>();
        InputStream data;
        try {
            data = reader.getSharedStringsData();
        } catch (Exception none) {
            return out;
        }
        if (data == null) {
            return out;
        }
        try (InputStream in = new Limited(data, MAX_SHARED_STRINGS_XML_BYTES)) {
            parse(in, new DefaultHandler() {
                final StringBuilder text = new StringBuilder();
                boolean inSi;
                boolean inT;
                int phonetic;
                long heap;

                @Override
                public void startElement(String uri, String local, String qName, Attributes a) {
                    switch (local) {
                        case "si" -> {
                            inSi = true;
                            text.setLength(0);
                        }
                        case "rPh" -> phonetic++;
                        case "t" -> inT = inSi && phonetic == 0;
                        default -> {
                        }
                    }
                }

                @Override
                public void endElement(String uri, String local, String qName) throws SAXException {
                    switch (local) {
                        case "si" -> {
                            inSi = false;
                            heap += 48 + 2L * text.length();
                            if (heap > MAX_SHARED_STRINGS_HEAP) {
                                throw new SAXException(new Refused(fileError(
                                        "reporting.error.file-holds-too-much-text")));
                            }
                            out.add(decode(text.toString()));
                        }
                        case "rPh" -> phonetic--;
                        case "t" -> inT = false;
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) throws SAXException {
                    if (inT) {
                        if (text.length() + length > MAX_CELL_CHARS) {
                            throw new SAXException(new Refused(fileError("reporting.error.import-text-too-long", String.valueOf(MAX_CELL_CHARS))));
                        }
                        text.append(ch, start, length);
                    }
                }
            });
        } catch (SAXException e) {
            if (e.getException() instanceof Refused r) {
                throw r.errors;
            }
            throw e;
        }
        return out;
    }

    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** Excel writes control characters as _xHHHH_. */
    static String decode(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        Matcher m = ESCAPED.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static int parseInt(String s, int otherwise) {
        if (s == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    // ---- the sheet -------------------------------------------------------------------------------------------

    private final class SheetHandler extends DefaultHandler {
        private final RowVisitor visitor;
        private final DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        final List<CellRangeAddress> merged = new ArrayList<>();
        private final List<Cell> cells = new ArrayList<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private int rowNum;
        private int rowCount;
        private int cellsInRow;
        private long cellCount;
        private int col;
        private String type;
        private int style;
        private boolean inCell;
        private boolean inV;
        private boolean inF;
        private boolean hasF;
        private boolean inIs;
        private boolean inT;
        private int phonetic;

        SheetHandler(RowVisitor visitor) {
            this.visitor = visitor;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    int r = parseInt(a.getValue("r"), -1);
                    rowNum = r > 0 ? r : rowNum + 1;
                    if (++rowCount > MAX_SHEET_ROWS) {
                        throw new SAXException(refusedAt(rowNum, -1, "reporting.error.import-too-many-rows", String.valueOf(MAX_SHEET_ROWS)));
                    }
                    cells.clear();
                    cellsInRow = 0;
                    col = -1;
                }
                case "c" -> {
                    String ref = a.getValue("r");
                    if (ref != null) {
                        col = new CellReference(ref).getCol();
                    } else {
                        col++;
                    }
                    if (++cellsInRow > MAX_CELLS_IN_ROW) {
                        throw new SAXException(refusedAt(rowNum, col, "reporting.error.import-too-many-cells-row", String.valueOf(MAX_CELLS_IN_ROW)));
                    }
                    if (++cellCount > MAX_CELLS) {
                        throw new SAXException(refusedAt(rowNum, col, "reporting.error.too-many-cells"));
                    }
                    type = a.getValue("t");
                    style = parseInt(a.getValue("s"), 0);
                    inCell = true;
                    hasF = false;
                    value.setLength(0);
                    formula.setLength(0);
                    inline.setLength(0);
                }
                case "v" -> inV = inCell;
                case "f" -> {
                    inF = inCell;
                    hasF |= inCell;
                }
                case "is" -> inIs = inCell;
                case "rPh" -> phonetic++;
                case "t" -> inT = inIs && phonetic == 0;
                case "mergeCell" -> {
                    String ref = a.getValue("ref");
                    if (ref != null && merged.size() < 100_000) {
                        try {
                            merged.add(CellRangeAddress.valueOf(ref));
                        } catch (RuntimeException ignored) {
                            // a malformed range merges nothing
                        }
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (inV) {
                append(value, ch, start, length);
            } else if (inF) {
                append(formula, ch, start, length);
            } else if (inT) {
                append(inline, ch, start, length);
            }
        }

        private void append(StringBuilder b, char[] ch, int start, int length) throws SAXException {
            if (b.length() + length > MAX_CELL_CHARS) {
                throw new SAXException(refusedAt(rowNum, col, "reporting.error.import-cell-too-long", String.valueOf(MAX_CELL_CHARS)));
            }
            b.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v" -> inV = false;
                case "f" -> inF = false;
                case "is" -> inIs = false;
                case "rPh" -> phonetic--;
                case "t" -> inT = false;
                case "c" -> {
                    inCell = false;
                    Cell c = cell();
                    if (c != null && col >= 0) {
                        keep(c);
                    }
                }
                case "row" -> {
                    cells.sort((x, y) -> Integer.compare(x.col(), y.col()));
                    visitor.row(rowNum, cells);
                }
                default -> {
                }
            }
        }

        /** Keeps a cell with data: within the columns, its text without NUL or bidirectional controls. */
        private void keep(Cell c) throws SAXException {
            if (col >= MAX_COLUMNS || cells.size() >= MAX_COLUMNS) {
                throw new SAXException(refusedAt(rowNum, col, "reporting.error.import-beyond-column", String.valueOf(MAX_COLUMNS)));
            }
            if (InputText.forbidden(c.value())) {
                throw new SAXException(refusedAt(rowNum, col, InputText.CONTROL_MESSAGE));
            }
            cells.add(c);
        }

        private Cell cell() {
            if (hasF) {
                return new Cell(col, Kind.FORMULA, "=" + formula, value.toString());
            }
            String v = value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    int idx = parseInt(v, -1);
                    String s = idx >= 0 && idx < strings.size() ? strings.get(idx) : null;
                    return s == null || s.isEmpty() ? null : new Cell(col, Kind.TEXT, s, s);
                }
                case "inlineStr" -> {
                    String s = decode(inline.length() > 0 ? inline.toString() : v);
                    return s.isEmpty() ? null : new Cell(col, Kind.TEXT, s, s);
                }
                case "str" -> {
                    String s = decode(v);
                    return s.isEmpty() ? null : new Cell(col, Kind.TEXT, s, s);
                }
                case "b" -> {
                    String s = "1".equals(v.trim()) ? "TRUE" : "FALSE";
                    return v.isEmpty() ? null : new Cell(col, Kind.BOOLEAN, s, s);
                }
                case "e" -> {
                    return new Cell(col, Kind.ERROR, v, v);
                }
                case "d" -> {
                    return v.isEmpty() ? null : new Cell(col, Kind.DATE, v, v);
                }
                default -> {
                    if (v.isBlank()) {
                        return null;
                    }
                    String shown = v;
                    boolean isDate = styles.isDate(style);
                    try {
                        double d = Double.parseDouble(v);
                        shown = formatter.formatRawCellContents(d, styles.formatId(style),
                                styles.formatString(style), date1904);
                    } catch (RuntimeException unreadable) {
                        // keep the stored text
                    }
                    return new Cell(col, isDate ? Kind.DATE : Kind.NUMBER, v.trim(), shown);
                }
            }
        }
    }

    // ---- a stream that refuses to go past a size ----------------------------------------------------------------

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("part too large");
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long read;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        private void count(long n) throws IOException {
            if (n > 0) {
                read += n;
                if (read > max) {
                    throw new TooLarge();
                }
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(n);
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count(s);
            return s;
        }
    }
}
