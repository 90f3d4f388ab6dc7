package cn.diaodu.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A snapshot of the whole region tree, for subtree and ancestor questions. */
public final class RegionTree {
    private final Map<String, Region> byCode = new LinkedHashMap<>();
    private final Map<String, List<Region>> children = new LinkedHashMap<>();
    private final List<Region> roots = new ArrayList<>();

    public RegionTree(Collection<Region> regions) {
        regions.stream().sorted(Comparator.comparing(Region::code)).forEach(r -> byCode.put(r.code(), r));
        for (Region r : byCode.values()) {
            if (r.parentCode() == null || !byCode.containsKey(r.parentCode())) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentCode(), k -> new ArrayList<>()).add(r);
            }
        }
    }

    public Region get(String code) {
        return byCode.get(code);
    }

    public boolean contains(String code) {
        return code != null && byCode.containsKey(code);
    }

    public List<Region> roots() {
        return roots;
    }

    public List<Region> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The regions a user bounded to {@code scope} may pick (null: every region): the scope and below, in the tree's
     * order; a county leader's picker shows only the county and its towns.
     */
    public List<Region> within(String scope) {
        if (scope == null || scope.isBlank()) {
            return all();
        }
        Set<String> mine = subtree(scope);
        return byCode.values().stream().filter(r -> mine.contains(r.code())).toList();
    }

    public List<Region> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** The code itself and every code below it. */
    public Set<String> subtree(String code) {
        Set<String> out = new HashSet<>();
        if (!byCode.containsKey(code)) {
            return out;
        }
        List<String> todo = new ArrayList<>(List.of(code));
        while (!todo.isEmpty()) {
            String c = todo.remove(todo.size() - 1);
            if (out.add(c)) {
                children(c).forEach(ch -> todo.add(ch.code()));
            }
        }
        return out;
    }

    /** True when {@code code} is {@code ancestor} or lies below it. */
    public boolean isWithin(String code, String ancestor) {
        String c = code;
        while (c != null) {
            if (c.equals(ancestor)) {
                return true;
            }
            Region r = byCode.get(c);
            c = r == null ? null : r.parentCode();
        }
        return false;
    }

    /**
     * True when a view bounded to {@code scope} includes data placed on {@code code}: an unbounded view (scope null)
     * includes everything, a bounded one the scope and what lies below it, never data placed on no region.
     */
    public boolean covers(String scope, String code) {
        return scope == null || isWithin(code, scope);
    }

    /** The child of {@code root} on the way down to {@code code}, or null when code is root or not below it. */
    public String childOnPath(String root, String code) {
        String c = code;
        while (c != null) {
            Region r = byCode.get(c);
            if (r == null) {
                return null;
            }
            if (root.equals(r.parentCode())) {
                return c;
            }
            c = r.parentCode();
        }
        return null;
    }

    /**
     * Where a view of the tree starts for a user bounded to {@code regionCode} (null: the whole tree): that region,
     * else the single top region, descending while a region has a single child (a province holding one city starts at
     * the city, so that its counties are ranked). Null when the tree has several tops.
     */
    public String startingPoint(String regionCode) {
        String code = regionCode;
        if (code == null) {
            if (roots.size() != 1) {
                return null;
            }
            code = roots.get(0).code();
        }
        while (children(code).size() == 1) {
            code = children(code).get(0).code();
        }
        return code;
    }

    /** The names from the top down to the region, joined: 示范省 / 示范市 / 东城区. */
    public String path(String code) {
        List<String> names = new ArrayList<>();
        Region r = byCode.get(code);
        while (r != null) {
            names.add(0, r.name());
            r = r.parentCode() == null ? null : byCode.get(r.parentCode());
        }
        return String.join(" / ", names);
    }
}
