package cn.diaodu.investment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.diaodu.common.FieldError;
import cn.diaodu.common.Money;
import cn.diaodu.common.XlsxSheetReader;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;

/**
 * The rows of an imported list checked cell by cell, before anything is written: the fields of a lead as the API
 * takes them, the region by code or name, the unit by name, the stage by its Chinese name or code and the date of
 * every stage reached — the stage given needs its own date (the lead's date defaults to the earliest date given,
 * else today), a stage left without a date takes the next one's (as an advance's skipped stages do), the dates must
 * follow the stages' order and none lie after today; SIGNED needs the signed amount; LOST the date and the reason;
 * funds need a signed lead and a date not before the signing.
 */
@Component
class InvestmentRows {
    private final OrganisationService organisation;
    private final DataScope scope;

    InvestmentRows(OrganisationService organisation, DataScope scope) {
        this.organisation = organisation;
        this.scope = scope;
    }

    /** A row ready to write. {@code dates} holds the pipeline stages reached, in order, with their dates. */
    record Draft(int row, InvestmentInput input, Map<InvestmentStage, LocalDate> dates, BigDecimal signedAmount,
            Agreement agreement, String registration, String site, LocalDate lostOn, String lostReason,
            BigDecimal funds, LocalDate fundsDate) {
    }

    /** One row's cells and the errors they give, each with its row and column. */
    private static final class Line {
        final int row;
        final Map<String, XlsxSheetReader.Cell> cells;
        final InvestmentImport.Sheet sheet;
        final List<FieldError> errors;

        Line(int row, Map<String, XlsxSheetReader.Cell> cells, InvestmentImport.Sheet sheet, List<FieldError> errors) {
            this.row = row;
            this.cells = cells;
            this.sheet = sheet;
            this.errors = errors;
        }

        String text(String key) {
            String t = InvestmentColumns.text(cells.get(key));
            return t.isEmpty() ? null : t;
        }

        void error(String key, String message, Object... args) {
            errors.add(new FieldError(InvestmentColumns.ALL.get(key).field(), message, row, sheet.header(key),
                    List.of(args)));
        }

        BigDecimal amount(String key) {
            if (text(key) == null) {
                return null;
            }
            BigDecimal a = InvestmentColumns.amount(cells.get(key));
            if (a == null) {
                error(key, "investment.import.not-a-number", text(key));
            } else if (a.signum() <= 0) {
                error(key, "common.error.must-greater-than-0");
                return null;
            } else if (Money.tooPrecise(a)) {
                error(key, "common.error.at-most-2-decimals");
                return null;
            }
            return a;
        }

        LocalDate date(String key, LocalDate today) {
            if (text(key) == null) {
                return null;
            }
            LocalDate d = InvestmentColumns.date(cells.get(key), sheet.date1904());
            if (d == null || d.getYear() < 2000 || d.getYear() > 2100) {
                error(key, "investment.import.not-a-date", text(key));
                return null;
            }
            if (d.isAfter(today)) {
                error(key, "investment.error.after-today", today.toString());
                return null;
            }
            return d;
        }
    }

    List<Draft> read(InvestmentImport.Sheet sheet, CurrentUser user, LocalDate today, List<FieldError> errors) {
        RegionTree tree = organisation.regionTree();
        List<Unit> units = organisation.units();
        List<Draft> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, XlsxSheetReader.Cell>> e : sheet.lines().entrySet()) {
            Line l = new Line(e.getKey(), e.getValue(), sheet, errors);
            int before = errors.size();
            Draft d = draft(l, tree, units, user, today);
            if (errors.size() == before) {
                out.add(d);
            }
        }
        return out;
    }

    private Draft draft(Line l, RegionTree tree, List<Unit> units, CurrentUser user, LocalDate today) {
        for (String key : List.of("name", "investor", "origin", "planned", "region", "unit")) {
            if (l.text(key) == null) {
                l.error(key, "common.error.required");
            }
        }
        InvestmentOrigin origin = null;
        if (l.text("origin") != null) {
            origin = InvestmentColumns.named(l.text("origin"), InvestmentColumns.ORIGINS, InvestmentOrigin.class);
            if (origin == null) {
                l.error("origin", "investment.import.unknown-origin", l.text("origin"));
            }
        }
        BigDecimal planned = l.amount("planned");
        String region = l.text("region") == null ? null : region(l, tree, user);
        Long unit = l.text("unit") == null ? null : unit(l, units, tree, region);
        for (String[] t : new String[][] {{"name", "200"}, {"investor", "200"}, {"industry", "100"},
                {"negotiator", "100"}, {"informant", "100"}, {"registration", "500"}, {"site", "500"},
                {"lostReason", "500"}}) {
            String v = l.text(t[0]);
            if (v != null && v.length() > Integer.parseInt(t[1])) {
                l.error(t[0], "common.error.at-most-characters", t[1]);
            }
        }
        Map<InvestmentStage, LocalDate> given = new EnumMap<>(InvestmentStage.class);
        for (InvestmentStage s : InvestmentStage.values()) {
            LocalDate d = l.date(s.name(), today);
            if (d != null) {
                given.put(s, d);
            }
        }
        InvestmentStage stage = stage(l, given);
        Map<InvestmentStage, LocalDate> dates = stage == null ? new EnumMap<>(InvestmentStage.class)
                : dates(l, stage, given, today);
        BigDecimal signedAmount = l.amount("signedAmount");
        boolean signed = dates.containsKey(InvestmentStage.SIGNED);
        if (signed && signedAmount == null && l.text("signedAmount") == null) {
            l.error("signedAmount", "investment.import.signed-needs-amount");
        }
        Agreement agreement = null;
        if (l.text("agreement") != null) {
            agreement = InvestmentColumns.named(l.text("agreement"), InvestmentColumns.AGREEMENTS, Agreement.class);
            if (agreement == null) {
                l.error("agreement", "investment.import.unknown-agreement", l.text("agreement"));
            }
        }
        LocalDate lostOn = given.get(InvestmentStage.LOST);
        if (stage == InvestmentStage.LOST && l.text("lostReason") == null) {
            l.error("lostReason", "common.error.required");
        }
        BigDecimal funds = l.amount("funds");
        LocalDate fundsDate = l.date("fundsDate", today);
        if (funds != null) {
            if (!signed) {
                l.error("funds", "investment.import.funds-not-signed");
            } else if (fundsDate == null && l.text("fundsDate") == null) {
                l.error("fundsDate", "common.error.required");
            } else if (fundsDate != null && fundsDate.isBefore(dates.get(InvestmentStage.SIGNED))) {
                l.error("fundsDate", "investment.error.funds-before-signed",
                        dates.get(InvestmentStage.SIGNED).toString());
            }
        }
        LocalDate leadDate = dates.get(InvestmentStage.LEAD);
        InvestmentInput input = new InvestmentInput(l.text("name"), l.text("investor"),
                origin == null ? null : origin.name(), l.text("industry"), planned, region, unit, l.text("negotiator"),
                l.text("informant"), leadDate);
        return new Draft(l.row, input, dates, signedAmount, agreement, l.text("registration"), l.text("site"),
                stage == InvestmentStage.LOST ? lostOn : null, l.text("lostReason"), funds, fundsDate);
    }

    /** The stage given, or (blank) the furthest stage with a date. */
    private static InvestmentStage stage(Line l, Map<InvestmentStage, LocalDate> given) {
        if (l.text("stage") == null) {
            if (given.containsKey(InvestmentStage.LOST)) {
                return InvestmentStage.LOST;
            }
            InvestmentStage top = InvestmentStage.LEAD;
            for (InvestmentStage s : InvestmentStage.PIPELINE) {
                if (given.containsKey(s)) {
                    top = s;
                }
            }
            return top;
        }
        InvestmentStage s = InvestmentColumns.named(l.text("stage"), InvestmentColumns.STAGES, InvestmentStage.class);
        if (s == null) {
            l.error("stage", "investment.import.unknown-stage", l.text("stage"));
        }
        return s;
    }

    /** The pipeline stages reached, each with its date (the rules of the class comment). */
    private static Map<InvestmentStage, LocalDate> dates(Line l, InvestmentStage stage,
            Map<InvestmentStage, LocalDate> given, LocalDate today) {
        InvestmentStage top = stage;
        if (stage == InvestmentStage.LOST) {
            top = InvestmentStage.LEAD;
            for (InvestmentStage s : InvestmentStage.PIPELINE) {
                if (given.containsKey(s)) {
                    top = s;
                }
            }
            if (top == InvestmentStage.OPERATING) {
                l.error("LOST", "investment.import.lost-after-operating");
            }
            if (!given.containsKey(InvestmentStage.LOST)) {
                l.error("LOST", "investment.import.stage-needs-date", l.sheet.header("LOST"));
            }
        } else {
            if (top != InvestmentStage.LEAD && !given.containsKey(top)) {
                l.error(top.name(), "investment.import.stage-needs-date", l.sheet.header(top.name()));
            }
            for (InvestmentStage s : InvestmentStage.values()) {
                if (given.containsKey(s) && (s == InvestmentStage.LOST || s.after(top))) {
                    l.error(s.name(), "investment.import.date-beyond-stage");
                }
            }
        }
        Map<InvestmentStage, LocalDate> out = new EnumMap<>(InvestmentStage.class);
        LocalDate next = null;
        for (int i = top.ordinal(); i >= 0; i--) {
            InvestmentStage s = InvestmentStage.PIPELINE.get(i);
            LocalDate d = given.get(s);
            if (d == null) {
                d = next;
            }
            if (s == InvestmentStage.LEAD && d == null) {
                d = given.values().stream().min(LocalDate::compareTo).orElse(today);
            }
            if (d != null) {
                out.put(s, d);
                next = d;
            }
        }
        LocalDate previous = null;
        for (InvestmentStage s : InvestmentStage.PIPELINE) {
            LocalDate d = out.get(s);
            if (d != null && previous != null && d.isBefore(previous)) {
                l.error(s.name(), "investment.import.dates-out-of-order");
            }
            if (d != null) {
                previous = d;
            }
        }
        LocalDate lost = given.get(InvestmentStage.LOST);
        if (stage == InvestmentStage.LOST && lost != null && previous != null && lost.isBefore(previous)) {
            l.error("LOST", "investment.import.dates-out-of-order");
        }
        Map<InvestmentStage, LocalDate> ordered = new EnumMap<>(InvestmentStage.class);
        ordered.putAll(out);
        return ordered;
    }

    private String region(Line l, RegionTree tree, CurrentUser user) {
        String t = l.text("region");
        String code = null;
        if (tree.contains(t)) {
            code = t;
        } else {
            List<Region> named = tree.all().stream().filter(r -> r.name().equals(t)).toList();
            if (named.size() == 1) {
                code = named.get(0).code();
            } else if (named.size() > 1) {
                l.error("region", "investment.import.ambiguous-region", t);
                return null;
            }
        }
        if (code == null) {
            l.error("region", "investment.error.unknown-region", t);
            return null;
        }
        if (!scope.covers(user, tree, code)) {
            l.error("region", "investment.import.region-outside", t);
            return null;
        }
        return code;
    }

    private static Long unit(Line l, List<Unit> units, RegionTree tree, String region) {
        String t = l.text("unit");
        List<Unit> named = units.stream().filter(u -> u.name().equals(t)).toList();
        if (named.size() > 1 && region != null) {
            named = named.stream().filter(u -> tree.isWithin(region, u.regionCode())).toList();
        }
        if (named.size() == 1) {
            return named.get(0).id();
        }
        l.error("unit", named.isEmpty() ? "investment.error.unknown-unit" : "investment.import.ambiguous-unit", t);
        return null;
    }
}
