package cn.diaodu.investment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;

import cn.diaodu.common.AppClock;
import cn.diaodu.common.ForbiddenException;
import cn.diaodu.common.Messages;
import cn.diaodu.common.ValidationException;
import cn.diaodu.identity.CurrentUser;
import cn.diaodu.identity.DataScope;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;

/**
 * The figures of the attraction pipeline (CONTRACT §12, docs/figures.md "Investment attraction"), defined once in
 * {@link InvestmentFigures} and read here for the API, the pages and the other modules: the assessment's
 * INVESTMENT_LANDING ({@link #landingRates}), the units with no signed investment ({@link #unitsWithoutSigning}),
 * the totals a dashboard card or a bulletin paragraph shows ({@link #total}). The methods without a user answer for
 * the whole subtree of the region given (the caller has scoped it).
 */
@Service
public class InvestmentFacts {
    private final InvestmentStore store;
    private final InvestmentAccess access;
    private final OrganisationService organisation;
    private final DataScope scope;
    private final AppClock clock;

    InvestmentFacts(InvestmentStore store, InvestmentAccess access, OrganisationService organisation,
            DataScope scope, AppClock clock) {
        this.store = store;
        this.access = access;
        this.organisation = organisation;
        this.scope = scope;
        this.clock = clock;
    }

    /** How leads are grouped: UNIT by responsible unit, REGION as CONTRACT §6, INDUSTRY by industry chain. */
    public enum GroupBy {
        UNIT, REGION, INDUSTRY
    }

    /** {@code GET /api/analysis/investments}. */
    public record Analysis(int year, GroupBy groupBy, String regionCode, InvestmentFigures.Figures total,
            List<InvestmentFigures.Group> groups) {
    }

    /** A unit with leads but no investment signed in the year (招商引资无签约). */
    public record UnitWithoutSigning(long unitId, String unitName, int leads) {
    }

    /** The leads of a root region's subtree that a predicate keeps, with their funds. */
    private record Scoped(String root, RegionTree tree, List<Investment> leads,
            Map<Long, List<Investment.Funds>> funds) {
    }

    private Scoped scoped(String root, Predicate<Investment> keep) {
        RegionTree tree = organisation.regionTree();
        Set<String> within = root == null ? null : tree.subtree(root);
        List<Investment> leads = store.assemble(store.rows()).stream()
                .filter(i -> within == null || within.contains(i.regionCode())).filter(keep).toList();
        return new Scoped(root, tree, leads, store.funds(leads.stream().map(Investment::id).toList()));
    }

    /** The root of a user's analysis as CONTRACT §6 takes it: the region asked for, the user's, the single top. */
    private String root(RegionTree tree, String regionCode, CurrentUser user) {
        if (regionCode != null && !regionCode.isBlank()) {
            String code = regionCode.strip();
            if (!tree.contains(code)) {
                throw ValidationException.of("regionCode", "investment.error.unknown-region", code);
            }
            if (!scope.covers(user, tree, code)) {
                throw new ForbiddenException("region " + code);
            }
            return code;
        }
        if (user.regionCode() != null) {
            return user.regionCode();
        }
        return tree.roots().size() == 1 ? tree.roots().get(0).code() : null;
    }

    private Scoped forUser(int year, String regionCode, CurrentUser user) {
        if (!InvestmentAccess.readsRegion(user)) {
            throw new ForbiddenException("investment figures");
        }
        if (year < 2000 || year > 2100) {
            throw ValidationException.of("year", "investment.error.out-of-range", "2000", "2100");
        }
        RegionTree tree = organisation.regionTree();
        return scoped(root(tree, regionCode, user),
                i -> access.mayRead(user, i.regionCode(), i.responsibleUnitId()));
    }

    public Analysis analysis(int year, GroupBy groupBy, String regionCode, CurrentUser user) {
        Scoped s = forUser(year, regionCode, user);
        return new Analysis(year, groupBy, s.root(), total(s, year), groups(s, year, groupBy));
    }

    /** Everything the analysis page shows: the groups of every kind, the bands, the funnel, the units not signing. */
    public record Overview(Analysis byUnit, List<InvestmentFigures.Group> byRegion,
            List<InvestmentFigures.Group> byIndustry, InvestmentFigures.Bands bands,
            List<InvestmentFigures.FunnelStep> funnel, List<UnitWithoutSigning> unitsWithoutSigning) {
    }

    public Overview overview(int year, String regionCode, CurrentUser user) {
        Scoped s = forUser(year, regionCode, user);
        return new Overview(new Analysis(year, GroupBy.UNIT, s.root(), total(s, year), groups(s, year, GroupBy.UNIT)),
                groups(s, year, GroupBy.REGION), groups(s, year, GroupBy.INDUSTRY),
                InvestmentFigures.bands(s.leads(), year), InvestmentFigures.funnel(s.leads(), year),
                withoutSigning(s, year));
    }

    // ---- for other modules (assessment, dashboard, bulletin): the whole subtree of the region given ----------

    /** The total of §12 over the leads of the region's subtree (null: every lead). */
    public InvestmentFigures.Figures total(int year, String regionCode) {
        return total(scoped(regionCode, i -> true), year);
    }

    /** landingRate of §12 for each group (a unit's id, or a region's code below {@code regionCode}), as shown. */
    public Map<Object, BigDecimal> landingRates(int year, GroupBy groupBy, String regionCode) {
        Map<Object, BigDecimal> out = new LinkedHashMap<>();
        groups(scoped(regionCode, i -> true), year, groupBy).forEach(g -> out.put(g.key(), g.landingRate()));
        return out;
    }

    /**
     * The units with no investment signed in year Y, among the units responsible for at least one lead of the
     * region's subtree (of any year): a unit that never had a lead is not judged here (docs/figures.md).
     */
    public List<UnitWithoutSigning> unitsWithoutSigning(int year, String regionCode) {
        return withoutSigning(scoped(regionCode, i -> true), year);
    }

    // ---- the computations ------------------------------------------------------------------------------------

    private InvestmentFigures.Figures total(Scoped s, int year) {
        return InvestmentFigures.of(s.leads(), year, s.funds(), clock.today());
    }

    private List<InvestmentFigures.Group> groups(Scoped s, int year, GroupBy by) {
        Map<Object, String> names = new LinkedHashMap<>();
        Map<Object, List<Investment>> members = new LinkedHashMap<>();
        switch (by) {
            case UNIT -> {
                Map<Long, String> units = new LinkedHashMap<>();
                organisation.units().forEach(u -> units.put(u.id(), u.name()));
                group(s.leads(), Investment::responsibleUnitId, members);
                members.keySet().forEach(k -> names.put(k, units.getOrDefault((Long) k, "")));
            }
            case REGION -> {
                RegionTree tree = s.tree();
                String root = s.root();
                List<Region> tops = root == null ? tree.roots() : tree.children(root);
                tops.forEach(r -> {
                    names.put(r.code(), r.name());
                    members.put(r.code(), new ArrayList<>());
                });
                for (Investment i : s.leads()) {
                    String code = i.regionCode();
                    Object key;
                    if (root == null) {
                        key = tree.roots().stream().filter(r -> tree.isWithin(code, r.code())).map(Region::code)
                                .findFirst().orElse(code);
                    } else if (code.equals(root)) {
                        key = root;
                        names.putIfAbsent(root, Messages.text("investment.analysis.ownLevel",
                                List.of(tree.get(root).name())));
                    } else {
                        key = tree.childOnPath(root, code);
                    }
                    members.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            case INDUSTRY -> {
                group(s.leads(), i -> i.industry() == null || i.industry().isBlank() ? "" : i.industry().strip(),
                        members);
                members.keySet().forEach(k -> names.put(k, "".equals(k)
                        ? Messages.text("investment.analysis.noIndustry") : (String) k));
            }
        }
        List<Map.Entry<Object, InvestmentFigures.Figures>> figures = new ArrayList<>();
        members.forEach((k, v) -> figures.add(Map.entry(k, InvestmentFigures.of(v, year, s.funds(),
                clock.today()))));
        List<InvestmentFigures.Group> out = new ArrayList<>();
        for (var r : InvestmentFigures.rank(figures, e -> e.getValue().landingRate())) {
            Object key = r.getKey().getKey();
            out.add(InvestmentFigures.Group.of(key, names.get(key), r.getKey().getValue(), r.getValue()));
        }
        return out;
    }

    private static <K> void group(List<Investment> leads, Function<Investment, K> key,
            Map<Object, List<Investment>> members) {
        for (Investment i : leads) {
            members.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i);
        }
    }

    private List<UnitWithoutSigning> withoutSigning(Scoped s, int year) {
        Map<Long, Integer> leads = new LinkedHashMap<>();
        Map<Long, Boolean> signed = new LinkedHashMap<>();
        for (Investment i : s.leads()) {
            leads.merge(i.responsibleUnitId(), 1, Integer::sum);
            signed.merge(i.responsibleUnitId(), InvestmentFigures.signedIn(i, year), Boolean::logicalOr);
        }
        Map<Long, String> names = new LinkedHashMap<>();
        for (Unit u : organisation.units()) {
            names.put(u.id(), u.name());
        }
        List<UnitWithoutSigning> out = new ArrayList<>();
        leads.forEach((unit, n) -> {
            if (!signed.get(unit)) {
                out.add(new UnitWithoutSigning(unit, names.getOrDefault(unit, ""), n));
            }
        });
        out.sort(java.util.Comparator.comparing(UnitWithoutSigning::unitName));
        return out;
    }
}
