package cn.diaodu.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.AuditRecord;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.NotFoundException;
import cn.diaodu.common.Period;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.identity.Role;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;
import cn.diaodu.project.Project;
import cn.diaodu.project.ProjectAccess;
import cn.diaodu.project.ProjectFilter;
import cn.diaodu.project.ProjectService;

/**
 * The Excel round trip of the monthly reports (月报): the template a unit fills in, the import of a filled template
 * (every row checked, nothing written unless the whole file is valid), the refused file handed back with a 错误说明
 * column, and the export of a month's reports (台账). Writing streams through SXSSF, reading through
 * {@link XlsxSheetReader}; the rules of a report stay in {@link ReportService#saveGrid} and
 * {@link ReportService#checkGrid}, whose errors ({@code rows[<projectId>].<field>}) are mapped back to the row and
 * column of the spreadsheet.
 */
@Service
class ExcelService {
    /** More data rows than this in one file are refused. */
    static final int MAX_ROWS = 100_000;
    /** What the kept cells may hold in all (characters): 100 000 rows of long progress texts fit. */
    static final long MAX_KEPT_CHARS = 32_000_000L;

    static final String H_CODE = "项目编号";
    static final String H_NAME = "项目名称";
    static final String H_UNIT = "牵头单位";
    static final String H_PLAN = "年度计划（万元）";
    static final String H_BEFORE = "截至上月累计完成（万元）";
    static final String H_INVESTMENT = "本月完成投资（万元）";
    static final String H_PROGRESS = "形象进度";
    static final String H_WORKERS = "施工人数";
    static final List<String> TEMPLATE_HEADERS = List.of(H_CODE, H_NAME, H_UNIT, H_PLAN, H_BEFORE, H_INVESTMENT,
            H_PROGRESS, H_WORKERS);
    static final List<String> LEDGER_HEADERS = List.of(H_CODE, H_NAME, "所属区划", H_UNIT, H_PLAN,
            "本年累计完成（万元）", H_INVESTMENT, H_PROGRESS, H_WORKERS, "状态", "迟报", "零报告", "更新人", "更新时间");
    static final String ERRORS_HEADER = "错误说明";

    static final String MSG_FORMULA = "reporting.error.formulas-not-accepted-paste-values";
    static final String MSG_DATE = "reporting.error.number-expected-not-date";
    static final String MSG_NOT_NUMBER = "reporting.error.number-expected";
    static final String MSG_NOT_INTEGER = "reporting.error.whole-number-expected";
    static final String MSG_ERROR_VALUE = "reporting.error.cell-holds-error-value";
    static final String MSG_NO_CODE = "reporting.error.project-code-missing";
    static final String MSG_BAD_CODE = "reporting.error.project-code-not-valid";
    static final String MSG_UNKNOWN_CODE = "reporting.error.no-project-has-code";
    static final String MSG_OUT_OF_SCOPE = "reporting.error.project-outside-your-reporting-scope";
    static final String MSG_MERGED = "reporting.error.merged-across-rows-unmerge-fill-each";
    static final String MSG_LOCKED = "reporting.error.approved-locked";

    private final ReportService reports;
    private final ProjectService projects;
    private final ProjectAccess access;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final AppClock clock;
    private final ApplicationEventPublisher events;

    ExcelService(ReportService reports, ProjectService projects, ProjectAccess access,
            OrganisationService organisation, DataScope scope, AppClock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.reports = reports;
        this.scope = scope;
        this.projects = projects;
        this.access = access;
        this.organisation = organisation;
        this.clock = clock;
    }

    private static void requireReporting(CurrentUser user) {
        boolean reporter = user.has(Role.REPORTER) && user.unitId() != null;
        if (!reporter && !user.has(Role.DISPATCHER)) {
            throw new ForbiddenException("monthly reports are filled in by reporters and the project office");
        }
    }

    static String templateName(Period period) {
        return "月报模板-" + period + ".xlsx";
    }

    static String ledgerName(Period period) {
        return "月报台账-" + period + ".xlsx";
    }

    static String errorsName(Period period) {
        return "月报导入错误说明-" + period + ".xlsx";
    }

    // ---- the template ------------------------------------------------------------------------------------------

    /** One row of the template: the project, its lead unit, what it completed before the month, the month's report. */
    record TemplateRow(Project project, String unitName, BigDecimal before, MonthlyReport report) {
    }

    /** What the template holds, gathered (and the caller's rights checked) before anything is written. */
    record Template(Period period, String scope, List<TemplateRow> rows) {
    }

    /**
     * The projects the caller reports for the period's year: a reporter's own unit, a dispatcher's region or the
     * unit asked for. 403 for other roles, another unit of a reporter or a unit outside the caller's region, 404 for an
     * unknown unit.
     */
    Template template(Period period, Long unitId, CurrentUser user) {
        requireReporting(user);
        Long unit = unitId;
        if (!user.has(Role.DISPATCHER)) {
            if (unitId != null && !unitId.equals(user.unitId())) {
                throw new ForbiddenException("unit " + unitId);
            }
            unit = user.unitId();
        }
        Map<Long, String> units = unitNames();
        if (unit != null && !units.containsKey(unit)) {
            throw new NotFoundException("unit " + unit);
        }
        if (unitId != null) {
            // a unit asked for by id: 403 when it lies outside the caller's region, not an empty template
            long asked = unitId;
            scope.require(user, organisation.unit(asked)
                    .orElseThrow(() -> new NotFoundException("unit " + asked)).regionCode());
        }
        List<Project> list = projects.list(new ProjectFilter(period.year(), null, unit, null, null, null), user)
                .stream().filter(p -> access.canReport(user, p)).toList();
        Map<Long, BigDecimal> before = period.month() == 1 ? Map.of()
                : reports.completedThrough(period.year(), period.month() - 1);
        Map<Long, MonthlyReport> current = reports.ofPeriod(period);
        List<TemplateRow> rows = new ArrayList<>(list.size());
        for (Project p : list) {
            rows.add(new TemplateRow(p, units.getOrDefault(p.leadUnitId(), ""),
                    before.getOrDefault(p.id(), BigDecimal.ZERO), current.get(p.id())));
        }
        String scope = unit != null ? units.get(unit) : user.regionCode() == null ? "全部项目"
                : organisation.region(user.regionCode()).map(Region::name).orElse(user.regionCode());
        events.publishEvent(AuditRecord.of("EXPORT_TEMPLATE", "PERIOD", period, scope)
                .withNote(rows.size() + " projects").by(user.username()));
        return new Template(period, scope, rows);
    }

    static String instructions(Template t) {
        return "填报说明：1. 本表为" + t.period().year() + "年" + t.period().month() + "月重点项目月报（" + t.scope()
                + "，共" + t.rows().size() + "个项目），每行一个项目；灰色列为只读，请勿修改项目编号。"
                + "2.「本月完成投资（万元）」填写当月新完成的投资额，单位万元，最多两位小数；每个项目都须填写，本月无新增投资请填 0。"
                + "3.「形象进度」填写文字说明，「施工人数」填写整数。"
                + "4. 请直接填写数值，不要使用公式；从其他表格复制时请用“选择性粘贴—数值”。"
                + "5. 已审核的月报不能修改，如需修改请联系项目办解锁。"
                + "6. 工作表已保护（无密码，只锁定灰色列）。填好后在“月报 Excel 导入导出”页面上传本文件：系统逐行检查，"
                + "有任何一行不符合要求时不保存任何数据，并列出每一处错误。";
    }

    void writeTemplate(Template t, OutputStream out) throws IOException {
        SXSSFWorkbook wb = ExcelSheets.workbook();
        ExcelSheets.Styles st = new ExcelSheets.Styles(wb);
        SXSSFSheet sheet = wb.createSheet(XlsxSheetReader.PREFERRED_SHEET);
        int[] widths = {18, 36, 22, 16, 20, 20, 36, 10};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row note = sheet.createRow(0);
        note.setHeightInPoints(96);
        note.createCell(0).setCellValue(instructions(t));
        note.getCell(0).setCellStyle(st.note());
        for (int i = 1; i < TEMPLATE_HEADERS.size(); i++) {
            note.createCell(i).setCellStyle(st.note());
        }
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, TEMPLATE_HEADERS.size() - 1));
        Row header = sheet.createRow(1);
        header.setHeightInPoints(32);
        for (int i = 0; i < TEMPLATE_HEADERS.size(); i++) {
            header.createCell(i).setCellValue(TEMPLATE_HEADERS.get(i));
            header.getCell(i).setCellStyle(st.header());
        }
        CellStyle lockedText = st.cell(true, null, false, true);
        CellStyle lockedQuoted = st.cell(true, null, true, true);
        CellStyle lockedMoney = st.cell(true, ExcelSheets.MONEY_FORMAT, false, true);
        CellStyle openMoney = st.cell(false, ExcelSheets.MONEY_FORMAT, false, false);
        CellStyle openText = st.cell(false, "@", false, false);
        CellStyle openQuoted = st.cell(false, "@", true, false);
        CellStyle openInteger = st.cell(false, "0", false, false);
        int r = 2;
        for (TemplateRow row : t.rows()) {
            Row x = sheet.createRow(r++);
            Project p = row.project();
            MonthlyReport m = row.report();
            ExcelSheets.text(x, 0, p.code(), lockedText, lockedQuoted);
            ExcelSheets.text(x, 1, p.name(), lockedText, lockedQuoted);
            ExcelSheets.text(x, 2, row.unitName(), lockedText, lockedQuoted);
            ExcelSheets.number(x, 3, p.annualPlan(), lockedMoney);
            ExcelSheets.number(x, 4, row.before(), lockedMoney);
            ExcelSheets.number(x, 5, m == null ? null : m.investment(), openMoney);
            ExcelSheets.text(x, 6, m == null ? null : m.progress(), openText, openQuoted);
            ExcelSheets.number(x, 7, m == null ? null : m.workersOnSite(), openInteger);
        }
        int last = Math.max(2, r - 1);
        if (!t.rows().isEmpty()) {
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidationConstraint money = dv.createDecimalConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation v = dv.createValidation(money, new CellRangeAddressList(2, last, 5, 5));
            v.setShowErrorBox(true);
            v.createErrorBox("本月完成投资", "请填写不小于0的数字（万元，最多两位小数）");
            sheet.addValidationData(v);
            DataValidationConstraint people = dv.createIntegerConstraint(
                    DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null);
            DataValidation w = dv.createValidation(people, new CellRangeAddressList(2, last, 7, 7));
            w.setShowErrorBox(true);
            w.createErrorBox("施工人数", "请填写不小于0的整数");
            sheet.addValidationData(w);
        }
        sheet.createFreezePane(2, 2);
        sheet.setAutoFilter(new CellRangeAddress(1, last, 0, TEMPLATE_HEADERS.size() - 1));
        sheet.enableLocking();
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockAutoFilter(false);
        ExcelSheets.finish(wb, out);
    }

    private Map<Long, String> unitNames() {
        Map<Long, String> out = new HashMap<>();
        for (Unit u : organisation.units()) {
            out.put(u.id(), u.name());
        }
        return out;
    }

    // ---- the ledger (台账) --------------------------------------------------------------------------------------

    record LedgerRow(Project project, String regionName, String unitName, BigDecimal completed, MonthlyReport report) {
    }

    record Ledger(Period period, List<LedgerRow> rows) {
    }

    /** The period's reports of every project of the year in the caller's scope (403 for a role that reads none). */
    Ledger ledger(Period period, String regionCode, CurrentUser user) {
        List<Project> list = projects.list(new ProjectFilter(period.year(), regionCode, null, null, null, null), user);
        events.publishEvent(AuditRecord.of("EXPORT_LEDGER", "PERIOD", period, null)
                .withNote(regionCode == null ? list.size() + " projects" : regionCode + ": " + list.size()
                        + " projects").by(user.username()));
        Map<Long, String> units = unitNames();
        RegionTree tree = organisation.regionTree();
        Map<Long, BigDecimal> completed = reports.completedThrough(period.year(), period.month());
        Map<Long, MonthlyReport> current = reports.ofPeriod(period);
        List<LedgerRow> rows = new ArrayList<>(list.size());
        for (Project p : list) {
            Region region = tree.contains(p.regionCode()) ? tree.get(p.regionCode()) : null;
            rows.add(new LedgerRow(p, region == null ? p.regionCode() : region.name(),
                    units.getOrDefault(p.leadUnitId(), ""), completed.getOrDefault(p.id(), BigDecimal.ZERO),
                    current.get(p.id())));
        }
        return new Ledger(period, rows);
    }

    static String statusText(MonthlyReport r) {
        if (r == null) {
            return "未报送";
        }
        return switch (r.status()) {
            case SUBMITTED -> "已报送";
            case RETURNED -> "已退回";
            case APPROVED -> "已审核";
        };
    }

    void writeLedger(Ledger l, OutputStream out) throws IOException {
        SXSSFWorkbook wb = ExcelSheets.workbook();
        ExcelSheets.Styles st = new ExcelSheets.Styles(wb);
        SXSSFSheet sheet = wb.createSheet("月报台账");
        int[] widths = {18, 36, 14, 22, 16, 18, 18, 36, 10, 10, 8, 8, 14, 18};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        for (int i = 0; i < LEDGER_HEADERS.size(); i++) {
            header.createCell(i).setCellValue(LEDGER_HEADERS.get(i));
            header.getCell(i).setCellStyle(st.header());
        }
        CellStyle text = st.cell(true, null, false, false);
        CellStyle quoted = st.cell(true, null, true, false);
        CellStyle money = st.cell(true, ExcelSheets.MONEY_FORMAT, false, false);
        CellStyle integer = st.cell(true, "0", false, false);
        CellStyle time = st.cell(true, "yyyy-mm-dd hh:mm", false, false);
        ZoneId zone = AppClock.ZONE;
        int r = 1;
        for (LedgerRow row : l.rows()) {
            Row x = sheet.createRow(r++);
            Project p = row.project();
            MonthlyReport m = row.report();
            ExcelSheets.text(x, 0, p.code(), text, quoted);
            ExcelSheets.text(x, 1, p.name(), text, quoted);
            ExcelSheets.text(x, 2, row.regionName(), text, quoted);
            ExcelSheets.text(x, 3, row.unitName(), text, quoted);
            ExcelSheets.number(x, 4, p.annualPlan(), money);
            ExcelSheets.number(x, 5, row.completed(), money);
            ExcelSheets.number(x, 6, m == null ? null : m.investment(), money);
            ExcelSheets.text(x, 7, m == null ? null : m.progress(), text, quoted);
            ExcelSheets.number(x, 8, m == null ? null : m.workersOnSite(), integer);
            ExcelSheets.text(x, 9, statusText(m), text, quoted);
            ExcelSheets.text(x, 10, m != null && m.late() ? "是" : "否", text, quoted);
            ExcelSheets.text(x, 11, m != null && m.zero() ? "是" : "否", text, quoted);
            ExcelSheets.text(x, 12, m == null ? null : m.updatedBy(), text, quoted);
            ExcelSheets.dateTime(x, 13, m == null || m.updatedAt() == null ? null
                    : m.updatedAt().atZoneSameInstant(zone).toLocalDateTime(), time);
        }
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, LEDGER_HEADERS.size() - 1));
        ExcelSheets.finish(wb, out);
    }

    // ---- the import ----------------------------------------------------------------------------------------------

    /** The columns the import reads, found by their header text. */
    enum Col {
        CODE("code"), INVESTMENT("investment"), PROGRESS("progress"), WORKERS("workersOnSite");

        final String field;

        Col(String field) {
            this.field = field;
        }
    }

    /** The header text of a column, without spaces, line breaks, marks of required fields or full-width forms. */
    static String normalise(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC);
        return s.replaceAll("[\\s*\u00a0\u3000]", "");
    }

    static Col headerOf(String text) {
        String s = normalise(text);
        if (s.startsWith("项目编号") || s.equals("项目代码")) {
            return Col.CODE;
        }
        if (s.startsWith("本月完成投资") || s.startsWith("本月投资")) {
            return Col.INVESTMENT;
        }
        if (s.startsWith("形象进度")) {
            return Col.PROGRESS;
        }
        if (s.startsWith("施工人数")) {
            return Col.WORKERS;
        }
        return null;
    }

    /** A data row as read: the cells of the four columns the import uses. */
    static final class RawRow {
        final int row;
        final EnumMap<Col, XlsxSheetReader.Cell> cells = new EnumMap<>(Col.class);

        RawRow(int row) {
            this.row = row;
        }
    }

    /** Reads the sheet: finds the header row, keeps the four columns of every non-empty row below it. */
    static final class ReportSheet implements XlsxSheetReader.RowVisitor {
        int headerRow = -1;
        final EnumMap<Col, Integer> cols = new EnumMap<>(Col.class);
        final EnumMap<Col, String> headers = new EnumMap<>(Col.class);
        final List<RawRow> rows = new ArrayList<>();
        List<CellRangeAddress> merged = List.of();
        int maxCol = -1;
        private int looked;
        /** The characters of the cells kept so far: bounded, so that no file can fill the heap. */
        private long kept;

        @Override
        public void row(int rowNum, List<XlsxSheetReader.Cell> cells) {
            if (cells.isEmpty()) {
                return;
            }
            maxCol = Math.max(maxCol, cells.get(cells.size() - 1).col());
            if (headerRow < 0) {
                header(rowNum, cells);
                return;
            }
            RawRow raw = null;
            for (XlsxSheetReader.Cell c : cells) {
                for (Map.Entry<Col, Integer> e : cols.entrySet()) {
                    if (e.getValue() == c.col() && !blank(c)) {
                        if (raw == null) {
                            raw = new RawRow(rowNum);
                        }
                        raw.cells.put(e.getKey(), c);
                        kept += c.value().length() + c.shown().length();
                    }
                }
            }
            if (raw == null) {
                return;
            }
            if (kept > MAX_KEPT_CHARS) {
                throw new XlsxSheetReader.Refused(XlsxSheetReader.fileError(
                        "reporting.error.file-holds-too-much-text"));
            }
            if (rows.size() >= MAX_ROWS) {
                throw new XlsxSheetReader.Refused(XlsxSheetReader.fileError("reporting.error.import-max-rows", String.valueOf(MAX_ROWS)));
            }
            rows.add(raw);
        }

        private static boolean blank(XlsxSheetReader.Cell c) {
            return c.kind() == XlsxSheetReader.Kind.TEXT && c.value().isBlank();
        }

        private void header(int rowNum, List<XlsxSheetReader.Cell> cells) {
            EnumMap<Col, Integer> found = new EnumMap<>(Col.class);
            EnumMap<Col, String> texts = new EnumMap<>(Col.class);
            for (XlsxSheetReader.Cell c : cells) {
                if (c.kind() != XlsxSheetReader.Kind.TEXT) {
                    continue;
                }
                Col col = headerOf(c.value());
                if (col != null && !found.containsKey(col)) {
                    found.put(col, c.col());
                    texts.put(col, c.value().replaceAll("\\s+", "").trim());
                }
            }
            if (found.containsKey(Col.CODE) && found.containsKey(Col.INVESTMENT)) {
                headerRow = rowNum;
                cols.putAll(found);
                headers.putAll(texts);
            } else if (++looked > 200) {
                throw new XlsxSheetReader.Refused(noHeader());
            }
        }

        @Override
        public void merged(List<CellRangeAddress> regions) {
            this.merged = regions;
        }
    }

    static ValidationException noHeader() {
        return XlsxSheetReader.fileError("reporting.error.import-no-header", H_CODE, H_INVESTMENT);
    }

    /** A refused import: every error, and where the file's header and last column are (for the 错误说明 file). */
    static final class SheetRefused extends ValidationException {
        final int headerRow;
        final int maxCol;

        SheetRefused(List<FieldError> errors, int headerRow, int maxCol) {
            super(errors);
            this.headerRow = headerRow;
            this.maxCol = maxCol;
        }
    }

    /** A row ready for the checks. */
    private static final class Line {
        final int row;
        String code;
        BigDecimal investment;
        String progress;
        Integer workers;
        Project project;
        final Set<Col> bad = java.util.EnumSet.noneOf(Col.class);

        Line(int row) {
            this.row = row;
        }
    }

    /** What the checks of a file found before the rules of ReportService are applied. */
    private final class Prepared {
        final ReportSheet sheet;
        final List<FieldError> errors = new ArrayList<>();
        final List<ReportService.GridRow> grid = new ArrayList<>();
        final Map<Long, Line> byProject = new HashMap<>();

        Prepared(ReportSheet sheet) {
            this.sheet = sheet;
        }

        void error(Line l, Col col, String key, Object... args) {
            l.bad.add(col);
            errors.add(new FieldError(col.field, key, l.row, sheet.headers.get(col), List.of(args)));
        }

        /** Maps {@code rows[<projectId>].<field>} back to the row and column; other errors stay as they are. */
        List<FieldError> map(List<FieldError> fromRules) {
            List<FieldError> out = new ArrayList<>();
            for (FieldError e : fromRules) {
                Matcher m = GRID_FIELD.matcher(e.field());
                if (!m.matches()) {
                    out.add(e);
                    continue;
                }
                Line l = byProject.get(Long.parseLong(m.group(1)));
                String field = m.group(2);
                Col col = switch (field) {
                    case "investment" -> Col.INVESTMENT;
                    case "progress" -> Col.PROGRESS;
                    case "workersOnSite" -> Col.WORKERS;
                    default -> Col.CODE;
                };
                if (l == null) {
                    out.add(new FieldError(field, e.message()));
                } else if (!l.bad.contains(col) || "period".equals(field)) {
                    out.add(new FieldError(field, e.message(), l.row, sheet.headers.get(col)));
                }
            }
            return out;
        }

        SheetRefused refused(List<FieldError> all) {
            List<FieldError> sorted = new ArrayList<>(all);
            sorted.sort(Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row())
                    .thenComparing(e -> columnIndex(e.column())));
            return new SheetRefused(sorted, sheet.headerRow, sheet.maxCol);
        }

        private int columnIndex(String header) {
            for (Map.Entry<Col, String> e : sheet.headers.entrySet()) {
                if (e.getValue().equals(header)) {
                    return sheet.cols.get(e.getKey());
                }
            }
            return -1;
        }
    }

    private static final Pattern GRID_FIELD = Pattern.compile("rows\\[(\\d+)]\\.(\\w+)");

    /** What an import did: the rows taken from the file and, of those, the reports written (others were unchanged). */
    record Outcome(int imported, int written) {
    }

    /**
     * Imports a filled template: every row is checked and, when any is refused, nothing is written and the 422 lists
     * every refused cell with its row and column ({@link SheetRefused}).
     */
    @Transactional
    Outcome importFile(Period period, Path file, CurrentUser user) {
        requireReporting(user);
        Prepared p = prepare(period, file, user);
        if (!p.errors.isEmpty()) {
            List<FieldError> all = new ArrayList<>(p.errors);
            all.addAll(p.map(reports.checkGrid(period, p.grid, user)));
            throw p.refused(all);
        }
        try {
            int written = reports.saveGrid(period, p.grid, user);
            events.publishEvent(AuditRecord.of("REPORT_IMPORT", "PERIOD", period, null)
                    .withChanges(List.of(new AuditRecord.Change("imported", null, String.valueOf(p.grid.size())),
                            new AuditRecord.Change("written", null, String.valueOf(written))))
                    .by(user.username()));
            return new Outcome(p.grid.size(), written);
        } catch (SheetRefused e) {
            throw e;
        } catch (ValidationException e) {
            throw p.refused(p.map(e.errors()));
        }
    }

    /** The refusals an import of the file would get, without writing anything (empty when it would be taken). */
    SheetRefused check(Period period, Path file, CurrentUser user) {
        requireReporting(user);
        Prepared p = prepare(period, file, user);
        List<FieldError> all = new ArrayList<>(p.errors);
        all.addAll(p.map(reports.checkGrid(period, p.grid, user)));
        return p.refused(all);
    }

    private Prepared prepare(Period period, Path file, CurrentUser user) {
        ReportSheet sheet = new ReportSheet();
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            reader.read(sheet);
        }
        if (sheet.headerRow < 0) {
            throw noHeader();
        }
        Prepared p = new Prepared(sheet);
        List<Line> lines = new ArrayList<>(sheet.rows.size());
        Map<Integer, Set<Col>> mergedBad = mergedAcrossRows(sheet);
        for (RawRow raw : sheet.rows) {
            Line l = new Line(raw.row);
            Set<Col> merged = mergedBad.getOrDefault(raw.row, Set.of());
            for (Col c : merged) {
                p.error(l, c, MSG_MERGED);
            }
            if (!merged.contains(Col.CODE)) {
                l.code = code(raw.cells.get(Col.CODE), l, p);
            }
            if (!merged.contains(Col.INVESTMENT)) {
                l.investment = amount(raw.cells.get(Col.INVESTMENT), l, p);
            }
            if (!merged.contains(Col.WORKERS)) {
                l.workers = workers(raw.cells.get(Col.WORKERS), l, p);
            }
            l.progress = progress(raw.cells.get(Col.PROGRESS), l, p);
            if (l.code == null && !l.bad.contains(Col.CODE)) {
                p.error(l, Col.CODE, MSG_NO_CODE);
            }
            lines.add(l);
        }
        sheet.rows.clear();
        Map<String, Integer> first = new HashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Line l : lines) {
            if (l.code == null) {
                continue;
            }
            Integer seen = first.putIfAbsent(l.code, l.row);
            if (seen != null) {
                p.error(l, Col.CODE, "reporting.error.import-duplicate-code", String.valueOf(seen));
                l.code = null;
            } else {
                codes.add(l.code);
            }
        }
        Map<String, Project> found = projects.byCodes(codes);
        Map<Long, MonthlyReport> current = reports.ofPeriod(period);
        boolean hasProgress = sheet.cols.containsKey(Col.PROGRESS);
        boolean hasWorkers = sheet.cols.containsKey(Col.WORKERS);
        for (Line l : lines) {
            if (l.code == null) {
                continue;
            }
            Project pr = found.get(l.code);
            if (pr == null) {
                p.error(l, Col.CODE, MSG_UNKNOWN_CODE);
                continue;
            }
            if (!access.canReport(user, pr)) {
                p.error(l, Col.CODE, MSG_OUT_OF_SCOPE);
                continue;
            }
            l.project = pr;
            MonthlyReport r = current.get(pr.id());
            // a column the file does not have keeps what the report says
            if (!hasProgress && r != null) {
                l.progress = r.progress();
            }
            if (!hasWorkers && r != null) {
                l.workers = r.workersOnSite();
            }
            if (r != null && r.status() == ReportStatus.APPROVED) {
                if (!l.bad.contains(Col.PROGRESS) && !Objects.equals(blank(l.progress), blank(r.progress()))) {
                    p.error(l, Col.PROGRESS, MSG_LOCKED);
                }
                if (!l.bad.contains(Col.WORKERS) && !Objects.equals(l.workers, r.workersOnSite())) {
                    p.error(l, Col.WORKERS, MSG_LOCKED);
                }
            }
            p.byProject.put(pr.id(), l);
            BigDecimal amount = l.bad.contains(Col.INVESTMENT) ? BigDecimal.ZERO : l.investment;
            p.grid.add(new ReportService.GridRow(pr.id(), new ReportInput(amount,
                    l.bad.contains(Col.PROGRESS) ? null : l.progress, l.bad.contains(Col.WORKERS) ? null : l.workers)));
        }
        return p;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /**
     * Cells merged across data rows: in 形象进度 the text of the first row applies to every row of the region (so
     * those rows get it too); in the code, investment and workers columns it is refused, as one amount cannot belong
     * to several projects.
     */
    private static Map<Integer, Set<Col>> mergedAcrossRows(ReportSheet sheet) {
        Map<Integer, Set<Col>> bad = new HashMap<>();
        if (sheet.merged.isEmpty()) {
            return bad;
        }
        Map<Integer, RawRow> byRow = null;
        for (CellRangeAddress m : sheet.merged) {
            int firstRow = m.getFirstRow() + 1;
            int lastRow = m.getLastRow() + 1;
            if (firstRow == lastRow || lastRow <= sheet.headerRow) {
                continue;
            }
            for (Map.Entry<Col, Integer> e : sheet.cols.entrySet()) {
                int col = e.getValue();
                if (col < m.getFirstColumn() || col > m.getLastColumn()) {
                    continue;
                }
                if (byRow == null) {
                    byRow = new HashMap<>();
                    for (RawRow r : sheet.rows) {
                        byRow.put(r.row, r);
                    }
                }
                int from = Math.max(firstRow, sheet.headerRow + 1);
                if (e.getKey() == Col.PROGRESS) {
                    RawRow top = byRow.get(firstRow);
                    XlsxSheetReader.Cell value = top == null || col != m.getFirstColumn() ? null
                            : top.cells.get(Col.PROGRESS);
                    if (value != null && firstRow > sheet.headerRow) {
                        for (int r = from + 1; r <= lastRow; r++) {
                            RawRow row = byRow.get(r);
                            if (row != null && !row.cells.containsKey(Col.PROGRESS)) {
                                row.cells.put(Col.PROGRESS, value);
                            }
                        }
                    }
                    continue;
                }
                for (int r = from; r <= lastRow; r++) {
                    if (byRow.containsKey(r)) {
                        bad.computeIfAbsent(r, k -> java.util.EnumSet.noneOf(Col.class)).add(e.getKey());
                    }
                }
            }
        }
        return bad;
    }

    // ---- reading one cell ------------------------------------------------------------------------------------------

    /** Refuses a formula, a date or an error where a value is expected; true when the cell may be read. */
    private static boolean plain(XlsxSheetReader.Cell c, Line l, Col col, Prepared p, boolean dateAllowed) {
        switch (c.kind()) {
            case FORMULA -> {
                p.error(l, col, MSG_FORMULA);
                return false;
            }
            case ERROR -> {
                p.error(l, col, MSG_ERROR_VALUE);
                return false;
            }
            case DATE -> {
                if (!dateAllowed) {
                    p.error(l, col, MSG_DATE);
                    return false;
                }
                return true;
            }
            default -> {
                return true;
            }
        }
    }

    private static String code(XlsxSheetReader.Cell c, Line l, Prepared p) {
        if (c == null || !plain(c, l, Col.CODE, p, false)) {
            return null;
        }
        switch (c.kind()) {
            case TEXT -> {
                String s = Normalizer.normalize(c.value(), Normalizer.Form.NFKC).strip();
                if (s.isEmpty()) {
                    return null;
                }
                if (s.length() > 32) {
                    p.error(l, Col.CODE, MSG_BAD_CODE);
                    return null;
                }
                return s;
            }
            case NUMBER -> {
                BigDecimal n = excelNumber(c.value());
                if (n == null) {
                    p.error(l, Col.CODE, MSG_BAD_CODE);
                    return null;
                }
                return n.toPlainString();
            }
            default -> {
                p.error(l, Col.CODE, MSG_BAD_CODE);
                return null;
            }
        }
    }

    /** A number cell (or a number typed as text); null, with the cell's error noted, when it is not one. */
    private static BigDecimal number(XlsxSheetReader.Cell c, Line l, Col col, Prepared p) {
        if (c == null || !plain(c, l, col, p, false)) {
            return null;
        }
        BigDecimal n = switch (c.kind()) {
            case NUMBER -> excelNumber(c.value());
            case TEXT -> textNumber(c.value());
            default -> null;
        };
        if (n == null) {
            p.error(l, col, MSG_NOT_NUMBER);
        }
        return n;
    }

    private static BigDecimal amount(XlsxSheetReader.Cell c, Line l, Prepared p) {
        return number(c, l, Col.INVESTMENT, p);
    }

    private static Integer workers(XlsxSheetReader.Cell c, Line l, Prepared p) {
        BigDecimal n = number(c, l, Col.WORKERS, p);
        if (n == null) {
            return null;
        }
        if (n.scale() > 0) {
            p.error(l, Col.WORKERS, MSG_NOT_INTEGER);
            return null;
        }
        if (n.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            p.error(l, Col.WORKERS, "reporting.error.too-large");
            return null;
        }
        return n.intValueExact();
    }

    private static String progress(XlsxSheetReader.Cell c, Line l, Prepared p) {
        if (c == null || !plain(c, l, Col.PROGRESS, p, true)) {
            return null;
        }
        String s = c.kind() == XlsxSheetReader.Kind.TEXT ? c.value() : c.shown();
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A number as the file stores it, to Excel's 15 significant digits (so that 1234.5599999999999, the binary
     * neighbour of 1234.56, is 1234.56), without trailing zeros; null when it is not a number.
     */
    static BigDecimal excelNumber(String stored) {
        try {
            BigDecimal n = new BigDecimal(stored.trim()).round(new MathContext(15, RoundingMode.HALF_UP));
            n = n.stripTrailingZeros();
            return n.scale() < 0 ? n.setScale(0) : n;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

    /** A number typed as text ("1,234.56", full-width digits, spaces); null when it is not one. */
    static BigDecimal textNumber(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s,\u00a0\u3000]", "");
        if (!PLAIN_NUMBER.matcher(s).matches()) {
            return null;
        }
        BigDecimal n = new BigDecimal(s.startsWith("+") ? s.substring(1) : s).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    // ---- the refused file handed back ------------------------------------------------------------------------------

    /**
     * Writes the uploaded sheet again, streaming, with a 错误说明 column after its last column: every row's errors,
     * and the errors of the whole file in the header row. Values are copied as values; a formula is shown as text.
     */
    void writeErrorsFile(Path file, SheetRefused refused, OutputStream out) throws IOException {
        Map<Integer, List<String>> byRow = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldError e : refused.errors()) {
            String text = (e.column() == null ? "" : e.column() + "：") + e.message();
            if (e.row() == null) {
                general.add(text);
            } else {
                byRow.computeIfAbsent(e.row(), k -> new ArrayList<>()).add(text);
            }
        }
        int errorCol = Math.max(refused.maxCol + 1, 0);
        int headerRow = refused.headerRow;
        SXSSFWorkbook wb = ExcelSheets.workbook();
        ExcelSheets.Styles st = new ExcelSheets.Styles(wb);
        SXSSFSheet sheet = wb.createSheet(XlsxSheetReader.PREFERRED_SHEET);
        for (int i = 0; i < errorCol; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.setColumnWidth(errorCol, 60 * 256);
        CellStyle text = st.cell(false, null, false, false);
        CellStyle quoted = st.cell(false, null, true, false);
        CellStyle number = st.cell(false, null, false, false);
        CellStyle date = st.cell(false, "yyyy-mm-dd", false, false);
        CellStyle error = st.error();
        CellStyle errorHeader = st.errorHeader();
        boolean[] headerWritten = {false};
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            reader.read(new XlsxSheetReader.RowVisitor() {
                @Override
                public void row(int rowNum, List<XlsxSheetReader.Cell> cells) {
                    List<String> errs = byRow.get(rowNum);
                    boolean isHeader = rowNum == headerRow;
                    if (cells.isEmpty() && errs == null && !isHeader) {
                        return;
                    }
                    Row x = sheet.createRow(rowNum - 1);
                    for (XlsxSheetReader.Cell c : cells) {
                        if (c.col() >= errorCol) {
                            continue;
                        }
                        org.apache.poi.ss.usermodel.Cell y = x.createCell(c.col());
                        switch (c.kind()) {
                            case NUMBER -> {
                                BigDecimal n = excelNumber(c.value());
                                if (n == null) {
                                    y.setCellValue(c.value());
                                    y.setCellStyle(text);
                                } else {
                                    y.setCellValue(n.doubleValue());
                                    y.setCellStyle(number);
                                }
                            }
                            case DATE -> {
                                BigDecimal n = excelNumber(c.value());
                                if (n == null) {
                                    y.setCellValue(c.value());
                                    y.setCellStyle(text);
                                } else {
                                    y.setCellValue(n.doubleValue());
                                    y.setCellStyle(date);
                                }
                            }
                            case BOOLEAN -> {
                                y.setCellValue("TRUE".equals(c.value()));
                                y.setCellStyle(text);
                            }
                            default -> {
                                y.setCellValue(c.value());
                                y.setCellStyle(ExcelSheets.formulaLike(c.value()) ? quoted : text);
                            }
                        }
                    }
                    if (isHeader) {
                        headerWritten[0] = true;
                        String head = ERRORS_HEADER + (general.isEmpty() ? "" : "（" + String.join("；", general) + "）");
                        org.apache.poi.ss.usermodel.Cell y = x.createCell(errorCol);
                        y.setCellValue(head);
                        y.setCellStyle(errorHeader);
                    } else if (errs != null) {
                        org.apache.poi.ss.usermodel.Cell y = x.createCell(errorCol);
                        y.setCellValue(String.join("；", errs));
                        y.setCellStyle(error);
                    }
                }

                @Override
                public void merged(List<CellRangeAddress> regions) {
                    int n = 0;
                    for (CellRangeAddress r : regions) {
                        if (r.getLastColumn() < errorCol && r.getNumberOfCells() > 1 && n++ < 10_000) {
                            sheet.addMergedRegionUnsafe(r);
                        }
                    }
                }
            });
        }
        if (headerRow > 0) {
            sheet.createFreezePane(0, headerRow);
        }
        ExcelSheets.finish(wb, out);
    }
}
