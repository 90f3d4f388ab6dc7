package cn.diaodu.investment;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ConflictException;
import cn.diaodu.common.FieldError;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.ValidationException;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;

/**
 * The list an attraction office already keeps, from Excel (issue 13 point 5): every row read and checked first
 * ({@link InvestmentRows}: each refused cell with its row, as the spreadsheet numbers it, and its column, the header
 * as written); 422 with them all and nothing written; else each row goes through {@link InvestmentService} — the
 * lead, then one advance per stage with the dates given, the funds, the loss — in one transaction, so that every
 * rule and audit entry of the API holds and a refusal there rolls the whole file back.
 */
@Service
class InvestmentImport {
    static final int MAX_ROWS = 20_000;

    private final InvestmentService investments;
    private final InvestmentRows rows;
    private final AppClock clock;

    InvestmentImport(InvestmentService investments, InvestmentRows rows, AppClock clock) {
        this.investments = investments;
        this.rows = rows;
        this.clock = clock;
    }

    /** The sheet's header columns (key → header as written) and its data rows (row number → cells by key). */
    record Sheet(Map<String, String> headers, Map<Integer, Map<String, XlsxSheetReader.Cell>> lines, boolean date1904) {
        String header(String key) {
            return headers.getOrDefault(key, InvestmentColumns.ALL.get(key).header());
        }
    }

    static Sheet read(Path file) {
        Map<String, String> lookup = InvestmentColumns.lookup();
        try (XlsxSheetReader reader = XlsxSheetReader.open(file)) {
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            Map<Integer, String> keyOfCol = new HashMap<>();
            Map<Integer, Map<String, XlsxSheetReader.Cell>> lines = new java.util.LinkedHashMap<>();
            reader.read((rowNum, cells) -> {
                if (keyOfCol.isEmpty()) {
                    for (XlsxSheetReader.Cell c : cells) {
                        String key = c.kind() == XlsxSheetReader.Kind.TEXT
                                ? lookup.get(InvestmentColumns.normal(c.value())) : null;
                        if (key != null && !headers.containsKey(key)) {
                            keyOfCol.put(c.col(), key);
                            headers.put(key, c.value().trim());
                        }
                    }
                    return;
                }
                Map<String, XlsxSheetReader.Cell> kept = new HashMap<>();
                for (XlsxSheetReader.Cell c : cells) {
                    String key = keyOfCol.get(c.col());
                    if (key != null && !InvestmentColumns.text(c).isEmpty()) {
                        kept.put(key, c);
                    }
                }
                if (!kept.isEmpty()) {
                    if (lines.size() >= MAX_ROWS) {
                        throw new XlsxSheetReader.Refused(ValidationException.of("file",
                                "investment.import.too-many-rows", String.valueOf(MAX_ROWS)));
                    }
                    lines.put(rowNum, kept);
                }
            });
            List<FieldError> missing = new ArrayList<>();
            for (InvestmentColumns.Column c : InvestmentColumns.ALL.values()) {
                if (c.required() && !headers.containsKey(c.key())) {
                    missing.add(FieldError.of("file", "investment.import.missing-column", c.header()));
                }
            }
            if (!missing.isEmpty()) {
                throw new ValidationException(missing);
            }
            return new Sheet(headers, lines, reader.date1904());
        }
    }

    /** Imports the file: the number of leads created. */
    @Transactional
    public int importFile(Path file, CurrentUser user) {
        if (!InvestmentAccess.writes(user)) {
            throw new ForbiddenException("only the project and attraction offices import leads");
        }
        Sheet sheet = read(file);
        List<FieldError> errors = new ArrayList<>();
        List<InvestmentRows.Draft> drafts = rows.read(sheet, user, clock.today(), errors);
        throwIfAny(errors);
        int created = 0;
        for (InvestmentRows.Draft d : drafts) {
            try {
                write(d, user);
                created++;
            } catch (ValidationException e) {
                for (FieldError f : e.errors()) {
                    errors.add(new FieldError(f.field(), f.key(), d.row(), sheet.header(keyOf(f.field())), f.args()));
                }
            } catch (ConflictException e) {
                errors.add(new FieldError("stage", e.key(), d.row(), sheet.header("stage"), e.args()));
            }
        }
        throwIfAny(errors);
        return created;
    }

    private void write(InvestmentRows.Draft d, CurrentUser user) {
        long id = investments.create(d.input(), user).id();
        for (Map.Entry<InvestmentStage, LocalDate> e : d.dates().entrySet()) {
            InvestmentStage s = e.getKey();
            if (s == InvestmentStage.LEAD) {
                continue;
            }
            boolean signs = s == InvestmentStage.SIGNED;
            boolean lands = s == InvestmentStage.LANDED;
            investments.advance(id, new AdvanceInput(s.name(), e.getValue(), signs ? d.signedAmount() : null,
                    signs && d.agreement() != null ? d.agreement().name() : null,
                    lands ? d.registration() : null, lands ? d.site() : null, null, null, null), user);
        }
        if (d.funds() != null) {
            investments.funds(id, new FundsInput(d.fundsDate(), d.funds()), user);
        }
        if (d.lostOn() != null) {
            investments.lose(id, new LoseInput(d.lostOn(), d.lostReason(), null), user);
        }
    }

    /** The column of a field the services name. */
    private static String keyOf(String field) {
        for (InvestmentColumns.Column c : InvestmentColumns.ALL.values()) {
            if (c.field().equals(field)) {
                return c.key();
            }
        }
        return "name";
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            List<FieldError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparing((FieldError e) -> e.row() == null ? 0 : e.row()));
            throw new ValidationException(sorted);
        }
    }
}
