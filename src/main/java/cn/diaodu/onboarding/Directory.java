package cn.diaodu.onboarding;

import java.util.List;
import java.util.regex.Pattern;

import cn.diaodu.organisation.Leader;
import cn.diaodu.organisation.OrganisationService;
import cn.diaodu.organisation.Region;
import cn.diaodu.organisation.RegionTree;
import cn.diaodu.organisation.Unit;

/**
 * The organisation as one import sees it, read once: the region tree, the units and the leaders, each looked up by
 * code or name in memory. A lookup answers the one match, or why there is none ({@link Match}).
 */
final class Directory {
    private static final Pattern CODE = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    /** The one thing found, or the message key (and argument) of why not. */
    record Match<T>(T found, String error, String detail) {
        static <T> Match<T> of(T found) {
            return new Match<>(found, null, null);
        }

        static <T> Match<T> refused(String error, String detail) {
            return new Match<>(null, error, detail);
        }
    }

    final RegionTree tree;
    final List<Unit> units;
    final List<Leader> leaders;
    private final Names<Region> regionNames;
    private final Names<Unit> unitNames;
    private final Names<Leader> leaderNames;

    Directory(OrganisationService organisation) {
        this.tree = organisation.regionTree();
        this.units = organisation.units();
        this.leaders = organisation.leaders();
        this.regionNames = new Names<>(tree.all(), Region::name);
        this.unitNames = new Names<>(units, Unit::name);
        this.leaderNames = new Names<>(leaders, Leader::name);
    }

    /** A region by its code, or by its name when that name is held by one region of the tree only. */
    Match<Region> region(String text) {
        String t = text.trim();
        if (CODE.matcher(t).matches()) {
            Region r = tree.get(t);
            return r == null ? Match.refused("onboarding.error.unknown-region", t) : Match.of(r);
        }
        List<Region> found = regionNames.find(t);
        if (found.size() == 1) {
            return Match.of(found.get(0));
        }
        if (found.isEmpty()) {
            return Match.refused("onboarding.error.unknown-region", t);
        }
        return Match.refused("onboarding.error.ambiguous-region", t + ": " + String.join("、",
                found.stream().map(r -> r.code() + " " + tree.path(r.code())).toList()));
    }

    /**
     * A unit by its name; when several units share it, the one placed on the row's region or above it (the county's
     * 住建局 for a project of the county).
     */
    Match<Unit> unit(String name, String regionCode) {
        List<Unit> found = unitNames.find(name);
        if (found.size() > 1 && regionCode != null) {
            List<Unit> near = found.stream().filter(u -> tree.isWithin(regionCode, u.regionCode())).toList();
            found = near.isEmpty() ? found : near;
        }
        if (found.size() == 1) {
            return Match.of(found.get(0));
        }
        return found.isEmpty() ? Match.refused("onboarding.error.unknown-unit", name.trim())
                : Match.refused("onboarding.error.ambiguous-unit", name.trim());
    }

    Match<Leader> leader(String name) {
        List<Leader> found = leaderNames.find(name);
        if (found.size() == 1) {
            return Match.of(found.get(0));
        }
        return found.isEmpty() ? Match.refused("onboarding.error.unknown-leader", name.trim())
                : Match.refused("onboarding.error.ambiguous-leader", name.trim());
    }

    boolean unitNameTaken(String name, String regionCode) {
        return unitNames.find(name).stream().anyMatch(u -> u.regionCode().equals(regionCode));
    }

    boolean leaderNameTaken(String name) {
        return !leaderNames.find(name).isEmpty();
    }

    /** True when a user bounded to {@code scope} (null: everything) may place data on the region. */
    boolean covers(String scope, String regionCode) {
        return tree.covers(scope, regionCode);
    }

    /** The regions a user bounded to {@code scope} may pick, in the tree's order. */
    List<Region> regionsWithin(String scope) {
        return tree.within(scope);
    }

    List<Unit> unitsWithin(String scope) {
        return units.stream().filter(u -> tree.covers(scope, u.regionCode())).toList();
    }
}
